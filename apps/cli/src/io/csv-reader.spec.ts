import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { streamCsv } from './csv-reader';

describe('streamCsv', () => {
  let dir: string;
  beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ys-csv-')); });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function read(content: string): Promise<{ header: string[]; rows: [number, string[]][]; bad: [number, string][] }> {
    const file = path.join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
    fs.writeFileSync(file, content);
    const out = { header: [] as string[], rows: [] as [number, string[]][], bad: [] as [number, string][] };
    await streamCsv(file, {
      header: (cells) => { out.header = cells; },
      row: (cells, line) => { out.rows.push([line, cells]); },
      malformed: (line, message) => { out.bad.push([line, message]); },
    });
    return out;
  }

  it('gives rows with their line numbers, skipping blank lines', async () => {
    const out = await read('a,b\n1,2\n\n3,4\n');
    expect(out.header).toEqual(['a', 'b']);
    expect(out.rows).toEqual([[2, ['1', '2']], [4, ['3', '4']]]);
  });

  it('drops a byte-order mark and reads CRLF files', async () => {
    const out = await read('\uFEFFagent,x\r\nBecky,1\r\n');
    expect(out.header).toEqual(['agent', 'x']);
    expect(out.rows).toEqual([[2, ['Becky', '1']]]);
  });

  it('keeps line numbers right after a quoted field with a newline', async () => {
    const out = await read('a,b\n"x\ny",1\n2,3\n');
    expect(out.rows).toEqual([[2, ['x\ny', '1']], [4, ['2', '3']]]);
  });

  it('reports malformed quotes at their line', async () => {
    const out = await read('a,b\n1,2\n3,"bad"x\n');
    expect(out.rows).toEqual([[2, ['1', '2']]]);
    expect(out.bad).toEqual([[3, 'a quoted field has text after its closing quote']]);
  });

  it('reads multi-byte text split across chunks', async () => {
    const name = '王'.repeat(40_000);
    const out = await read(`agent,x\n${name},1\n`);
    expect(out.rows[0][1][0]).toBe(name);
  });

  it('rejects with the error a header handler throws', async () => {
    const file = path.join(dir, 'h.csv');
    fs.writeFileSync(file, 'a\n1\n');
    await expect(streamCsv(file, { header: () => { throw new Error('no agent'); }, row: () => undefined, malformed: () => undefined }))
      .rejects.toThrow('no agent');
  });

  it('rejects when the file cannot be read', async () => {
    await expect(streamCsv(path.join(dir, 'missing.csv'), { header: () => undefined, row: () => undefined, malformed: () => undefined }))
      .rejects.toMatchObject({ code: 'ENOENT' });
  });
});
