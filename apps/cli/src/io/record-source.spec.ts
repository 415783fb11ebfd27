import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { ScoreRecord } from '@yardstick/dsl';
import { BadRowReporter } from './bad-rows';
import { readRecords, recordFormatOf } from './record-source';
import type { MappingOptions } from './record-mapper';

const mapping: MappingOptions = {
  fields: [
    { name: 'agent', type: 'string' }, { name: 'team', type: 'string' },
    { name: 'occurred_at', type: 'timestamp' }, { name: 'rating', type: 'number' },
  ],
  maps: new Map(),
  readTimestamp: (t) => (/^\d{4}-\d{2}-\d{2}$/.test(t) ? Date.parse(`${t}T00:00:00Z`) : null),
};

describe('readRecords', () => {
  let dir: string;
  beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ys-src-')); });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function run(name: string, content: string) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    const records: ScoreRecord[] = [];
    const printed: string[] = [];
    const badRows = new BadRowReporter((t) => printed.push(t));
    const warnings: string[] = [];
    const counts = await readRecords({ path: file, display: name, mapping, badRows, onRecord: (r) => records.push(r), warn: (w) => warnings.push(w) });
    return { counts, records, printed, warnings };
  }

  it('reads good CSV rows and reports bad ones with their line', async () => {
    const out = await run('r.csv', 'agent,occurred_at,rating\nJim,2021-01-01,4\nJoe,2021-01-02,abc\nDan,2021-01-03\n\nAmy,2021-01-04,\n');
    expect(out.records).toEqual([
      { agent: 'Jim', occurred_at: Date.UTC(2021, 0, 1), rating: 4 },
      { agent: 'Amy', occurred_at: Date.UTC(2021, 0, 4), rating: null },
    ]);
    expect(out.printed).toEqual([
      'r.csv:3: rating: "abc" is not a number\n',
      'r.csv:4: expected 3 columns as in the header, found 2\n',
    ]);
    expect(out.counts).toEqual({ read: 4, rejected: 2 });
  });

  it('reads NDJSON with the same coercions', async () => {
    const out = await run('r.ndjson', '{"agent":"Jim","occurred_at":"2021-01-01","rating":"5"}\nnot json\n{"agent":"Joe","occurred_at":"2021-01-02","rating":true}\n');
    expect(out.records).toEqual([{ agent: 'Jim', occurred_at: Date.UTC(2021, 0, 1), rating: 5 }]);
    expect(out.printed[0]).toMatch(/^r\.ndjson:2: not valid JSON/);
    expect(out.printed[1]).toBe('r.ndjson:3: rating: "true" is not a number\n');
    expect(out.counts).toEqual({ read: 3, rejected: 2 });
  });

  it('is a usage error for an empty CSV', async () => {
    await expect(run('empty.csv', '')).rejects.toThrow('empty.csv is empty: expected a header line naming the columns');
  });

  it('chooses the format by extension', () => {
    expect(recordFormatOf('a.NDJSON')).toBe('ndjson');
    expect(recordFormatOf('a.jsonl')).toBe('ndjson');
    expect(recordFormatOf('a.csv')).toBe('csv');
    expect(recordFormatOf('a.txt')).toBe('csv');
  });
});
