import { MAX_ROW_CHARS, readCsvBody, type CsvChunk } from './csv-body.reader';

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function read(text: string, size = 1 << 16): Promise<{ header?: string[]; rows: [number, string[]][]; bad: [number, string][] }> {
  const out: { header?: string[]; rows: [number, string[]][]; bad: [number, string][] } = { rows: [], bad: [] };
  for await (const chunk of readCsvBody(pieces(text, size)) as AsyncGenerator<CsvChunk>) {
    if (chunk.header) out.header = chunk.header;
    for (const row of chunk.rows) out.rows.push([row.line, row.cells]);
    for (const bad of chunk.malformed) out.bad.push([bad.line, bad.reason]);
  }
  return out;
}

describe('readCsvBody', () => {
  const tricky = 'id,text,n\r\n1,"a, quoted\r\nfield",2\r\n\r\n2,"say ""hi""",3\r\n3,"x"y",4\r\n4,plain,5';

  it('gives the header, rows with their first line, and malformed rows', async () => {
    await expect(read(tricky)).resolves.toEqual({
      header: ['id', 'text', 'n'],
      rows: [[2, ['1', 'a, quoted\r\nfield', '2']], [5, ['2', 'say "hi"', '3']], [7, ['4', 'plain', '5']]],
      bad: [[6, 'a quoted field has text after its closing quote']],
    });
  });

  it('reads the same rows whatever the chunk boundaries', async () => {
    const whole = await read(tricky);
    for (let size = 1; size <= tricky.length; size++) await expect(read(tricky, size)).resolves.toEqual(whole);
  });

  it('detects semicolons and tabs as delimiters', async () => {
    await expect(read('a;b\n1;2\n')).resolves.toMatchObject({ header: ['a', 'b'], rows: [[2, ['1', '2']]] });
    await expect(read('a\tb\n1\t2\n', 3)).resolves.toMatchObject({ header: ['a', 'b'], rows: [[2, ['1', '2']]] });
  });

  it('lets a stray quote run on to the next closing quote, as papaparse (and the CLI) read it', async () => {
    await expect(read('a,b\n1,"x"y\n2,3\n')).resolves.toMatchObject({ rows: [], bad: [[2, 'a quoted field has text after its closing quote']] });
  });

  it('reports a quote never closed at the end of the body', async () => {
    await expect(read('a,b\n1,"open\n2,3\n')).resolves.toMatchObject({ rows: [], bad: [[2, 'a quoted field is never closed']] });
  });

  it('refuses a row that grows past the limit instead of buffering the body', async () => {
    const runaway = `a,b\n1,"${'x'.repeat(MAX_ROW_CHARS + 10)}`;
    await expect(read(runaway, 1 << 16)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/^line 2 starts a row longer than/) });
  });

  it('gives nothing for an empty body and only the header for a header line', async () => {
    await expect(read('')).resolves.toEqual({ rows: [], bad: [] });
    await expect(read('a,b')).resolves.toEqual({ header: ['a', 'b'], rows: [], bad: [] });
  });
});
