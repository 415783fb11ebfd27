import { MAX_LINE_CHARS, readNdjsonBody, type NdjsonItem } from './ndjson-body.reader';

async function* pieces(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function read(text: string, size = 1 << 16): Promise<NdjsonItem[]> {
  const items: NdjsonItem[] = [];
  for await (const chunk of readNdjsonBody(pieces(text, size))) items.push(...chunk);
  return items;
}

describe('readNdjsonBody', () => {
  const text = '{"a":1}\r\n\n  {"a":"x\\ny"}  \n[1]\n{"a":\n{"a":3}';

  it('gives objects and problems with their line numbers, skipping blank lines', async () => {
    await expect(read(text)).resolves.toEqual([
      { line: 1, object: { a: 1 } },
      { line: 3, object: { a: 'x\ny' } },
      { line: 4, problem: 'expected a JSON object, found an array' },
      { line: 5, problem: expect.stringMatching(/^not valid JSON/) },
      { line: 6, object: { a: 3 } },
    ]);
  });

  it('reads the same items whatever the chunk boundaries', async () => {
    const whole = await read(text);
    for (let size = 1; size <= text.length; size++) await expect(read(text, size)).resolves.toEqual(whole);
  });

  it('rejects an over-long line alone and goes on with the next', async () => {
    const long = `{"a":"${'x'.repeat(MAX_LINE_CHARS)}"}`;
    for (const size of [1 << 16, MAX_LINE_CHARS * 2]) {
      await expect(read(`{"a":1}\n${long}\n{"a":2}\n`, size)).resolves.toEqual([
        { line: 1, object: { a: 1 } },
        { line: 2, problem: `the line is longer than ${MAX_LINE_CHARS} characters` },
        { line: 3, object: { a: 2 } },
      ]);
    }
  });
});
