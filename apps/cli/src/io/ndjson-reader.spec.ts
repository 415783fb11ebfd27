import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { streamNdjson } from './ndjson-reader';

describe('streamNdjson', () => {
  let dir: string;
  beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ys-ndjson-')); });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives objects with line numbers and reports lines that are not objects', async () => {
    const file = path.join(dir, 'r.ndjson');
    fs.writeFileSync(file, '{"agent":"Jim"}\n\n{"agent":\n[1,2]\n42\n  {"agent":"Joe"}  \r\n');
    const objects: [number, unknown][] = [];
    const bad: [number, string][] = [];
    await streamNdjson(file, { object: (v, line) => objects.push([line, v]), malformed: (line, m) => bad.push([line, m]) });
    expect(objects).toEqual([[1, { agent: 'Jim' }], [6, { agent: 'Joe' }]]);
    expect(bad.map(([line]) => line)).toEqual([3, 4, 5]);
    expect(bad[0][1]).toMatch(/^not valid JSON/);
    expect(bad[1][1]).toBe('expected a JSON object, found an array');
    expect(bad[2][1]).toBe('expected a JSON object, found 42');
  });

  it('rejects when the file cannot be read', async () => {
    await expect(streamNdjson(path.join(dir, 'missing.ndjson'), { object: () => undefined, malformed: () => undefined }))
      .rejects.toMatchObject({ code: 'ENOENT' });
  });
});
