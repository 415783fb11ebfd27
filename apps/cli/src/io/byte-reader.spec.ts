// The byte reader (csv-bytes.ts + byte-row-mapper.ts) must read every file exactly as papaparse and the shared
// mapper do (csv-reader.ts + @yardstick/contracts): the same records, the same bad rows at the same lines, on
// plain files and on files that hand over to papaparse part way (quotes, CRLF quirks, a BOM, odd bytes).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { byteRowMapper } from './byte-row-mapper';
import { streamCsvBytes } from './csv-bytes';
import { streamCsv } from './csv-reader';
import { csvRowMapper, RowProblem, type CsvRowMapper, type MappingOptions } from './record-mapper';
import { timestampReader } from '../scoring/engine-adapter';

const mapping: MappingOptions = {
  fields: [
    { name: 'agent', type: 'string' }, { name: 'team', type: 'string' }, { name: 'occurred_at', type: 'timestamp' },
    { name: 'rating', type: 'number' }, { name: 'handle_seconds', type: 'duration' }, { name: 'resolved', type: 'boolean' },
    { name: 'score', type: 'percent' }, { name: 'tickets', type: 'count' },
  ],
  maps: new Map(),
  readTimestamp: timestampReader('UTC'),
};

type Outcome = [number, unknown];

let dir: string;
beforeAll(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ys-bytes-')); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(content: string | Buffer): string {
  const file = path.join(dir, `f${Math.random().toString(36).slice(2)}.csv`);
  fs.writeFileSync(file, content);
  return file;
}

const outcome = (line: number, r: ReturnType<CsvRowMapper['map']>): Outcome => [line, r instanceof RowProblem ? r.toString() : r];

/** What papaparse and the shared mapper make of a file. */
async function viaPapaparse(file: string): Promise<{ header: string[]; out: Outcome[] }> {
  let mapper: CsvRowMapper | undefined;
  let header: string[] = [];
  const out: Outcome[] = [];
  await streamCsv(file, {
    header(cells) { header = cells; mapper = csvRowMapper(cells, mapping, 'f.csv'); },
    row(cells, line) { out.push(outcome(line, (mapper as CsvRowMapper).map(cells))); },
    malformed(line, message) { out.push([line, message]); },
  });
  return { header, out };
}

/** What the byte reader makes of it (with papaparse's string rows where it hands over). */
async function viaBytes(file: string): Promise<{ header: string[]; out: Outcome[]; plain: number }> {
  let mapper: CsvRowMapper | undefined;
  let fromBytes: ReturnType<typeof byteRowMapper> | undefined;
  let header: string[] = [];
  let plain = 0;
  const out: Outcome[] = [];
  await streamCsvBytes(file, {
    header(cells) { header = cells; mapper = csvRowMapper(cells, mapping, 'f.csv'); fromBytes = byteRowMapper(mapper); },
    bytes(row, line) { plain++; out.push(outcome(line, (fromBytes as ReturnType<typeof byteRowMapper>)(row))); },
    row(cells, line) { out.push(outcome(line, (mapper as CsvRowMapper).map(cells))); },
    malformed(line, message) { out.push([line, message]); },
  });
  return { header, out, plain };
}

async function same(content: string | Buffer): Promise<number> {
  const file = write(content);
  const [want, got] = await Promise.all([viaPapaparse(file), viaBytes(file)]);
  expect(got.header).toEqual(want.header);
  expect(got.out).toEqual(want.out);
  return got.plain;
}

const HEADER = ['agent', 'team', 'occurred_at', 'rating', 'handle_seconds', 'resolved', 'score', 'tickets', 'note'];

const CELLS = [
  '', ' ', '  ', '5', '05', '0', '+5', '-3', '1.5', '.5', '5.', '1e3', '1E-2', 'abc', '0x10', 'Infinity', 'NaN', '1e999',
  '123456789012345', '1234567890123456789', '9007199254740993', 'Y', 'y', 'N', 'n', '1', 'true', 'FALSE', 'False', 'yes', 'No', 'maybe',
  '00:01:35', '1:02:03', '00:61:00', '12:34:56.5', '2021-01-05T09:12:58', '2021-01-05 09:12:58', '2021-01-05', '2021-01-05T09:12:58Z',
  '2021-01-05T09:12:58+08:00', '2021-02-30T00:00:00', '85%', ' 85% ', '5 ', ' 5', '\t5', 'x\r', 'Zoë', '王', 'A00123', 'T7', ' padded ',
  '\u00a0nbsp\u00a0', '\ufeffbom', 'a\u2028b',
];
// need papaparse: a quote anywhere
const QUOTED = ['"quoted"', '"a,b"', '"a;b"', '"multi\nline"', '"multi\r\nline"', '"bad"x', '"unclosed', 'mid"quote', '""'];

const lineOf = (cells: string[], delimiter: string): string => cells.join(delimiter);

describe('the byte reader reads what papaparse and the shared mapper read', () => {
  it('reads plain rows itself, and every value the same', async () => {
    const rows = CELLS.map((c, i) => lineOf([`A${i % 7}`, 'T1', '2021-01-05T09:12:58', c, c, c, c, c, 'n'], ','));
    expect(await same(`${HEADER.join(',')}\n${rows.join('\n')}\n`)).toBe(rows.length);
    const agents = CELLS.map((c) => lineOf([c, c, c, '4', '60', 'Y', '0.5', '3', c], ','));
    expect(await same(`${HEADER.join(',')}\n${agents.join('\n')}\n`)).toBe(agents.length);
  });

  it.each([
    ['LF', '\n'], ['CRLF', '\r\n'],
  ])('agrees on %s files with blank lines, a BOM, short and long rows and no final line break', async (_name, nl) => {
    const body = ['A1,T1,2021-01-05T09:12:58,5,60,Y,0.5,1,x', '', 'A2,T1,2021-01-05T10:00:00,4', 'A3,T2,2021-01-06T10:00:00,3,1,N,1,2,x,extra',
      ' ', 'A4,,2021-01-07T00:00:00,,,,,,', ',T1,2021-01-07T00:00:00,1,1,Y,1,1,x', 'A5,T1,,1,1,Y,1,1,x', 'A6,T1,2021-01-08T00:00:00,1,1,Y,1,1,last'];
    expect(await same(`\ufeff${HEADER.join(',')}${nl}${body.join(nl)}`)).toBeGreaterThan(0);
    expect(await same(`${HEADER.join(',')}${nl}${body.join(nl)}${nl}${nl}`)).toBeGreaterThan(0);
  });

  it('hands over to papaparse at the first quoted row and keeps the line numbers', async () => {
    const plain = 'A1,T1,2021-01-05T09:12:58,5,60,Y,0.5,1,x';
    const content = `${HEADER.join(',')}\n${plain}\n${plain}\nA2,T1,2021-01-05T09:12:58,5,60,Y,0.5,1,"multi\nline"\n${plain}\nA3,T1,2021-01-05T09:12:58,"bad"x,60,Y,0.5,1,x\n${plain}\n`;
    expect(await same(content)).toBe(2);
  });

  it('hands over a CRLF file at a bare line feed, and a file of lone CRs whole', async () => {
    const plain = 'A1,T1,2021-01-05T09:12:58,5,60,Y,0.5,1,x';
    expect(await same(`${HEADER.join(',')}\r\n${plain}\r\n${plain}\nA2,T1,2021-01-05T09:12:58,4,60,Y,0.5,1,x\r\n${plain}\r\n`)).toBe(1);
    expect(await same(`${HEADER.join(',')}\r${plain}\r${plain}\r`)).toBe(0);
  });

  it('reads a quoted header through papaparse from the start', async () => {
    expect(await same(`"agent",team,occurred_at,rating\nA1,T1,2021-01-05T09:12:58,5\n`)).toBe(0);
  });

  it.each([[';'], ['\t'], ['|']])('guesses the delimiter %j as papaparse does', async (d) => {
    const rows = ['A1', 'T1', '2021-01-05T09:12:58', '1.5', '00:01:00', 'yes', '85%', '2', 'a,b'];
    expect(await same(`${HEADER.join(d)}\n${lineOf(rows, d)}\n${lineOf(rows, d)}\n`)).toBe(2);
  });

  it('decodes bytes that are not UTF-8 as papaparse\'s decoder does', async () => {
    const head = Buffer.from(`${HEADER.join(',')}\n`);
    const row = Buffer.concat([Buffer.from('A\xff'.slice(0, 1)), Buffer.from([0xff, 0xc3]), Buffer.from(',T1,2021-01-05T09:12:58,5,60,Y,0.5,1,'), Buffer.from([0xe2, 0x82]), Buffer.from('\n')]);
    expect(await same(Buffer.concat([head, row, row]))).toBe(2);
  });

  it('reads rows longer than its buffer and many rows across buffer refills', async () => {
    const long = 'x'.repeat(3 << 20);
    const rows = Array.from({ length: 30_000 }, (_, i) => `A${i % 97},T${i % 5},2021-01-05T09:12:58,${i % 6},${i},${i % 2 ? 'Y' : 'N'},0.${i % 10},${i},${i % 15_000 === 7 ? long : 'n'}`);
    expect(await same(`${HEADER.join(',')}\n${rows.join('\n')}\n`)).toBe(rows.length);
  }, 30_000);

  it('agrees on random files of tricky cells', async () => {
    const cell = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...CELLS) }, { weight: 1, arbitrary: fc.constantFrom(...QUOTED) });
    const row = fc.oneof({ weight: 10, arbitrary: fc.array(cell, { minLength: HEADER.length, maxLength: HEADER.length }) },
      { weight: 1, arbitrary: fc.array(cell, { maxLength: HEADER.length + 2 }) });
    await fc.assert(fc.asyncProperty(
      fc.array(row, { maxLength: 25 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), fc.constantFrom(',', ';'),
      async (rows, nl, bom, d) => {
        await same(`${bom ? '\ufeff' : ''}${HEADER.join(d)}${nl}${rows.map((r) => r.join(d)).join(nl)}${nl}`);
      }), { numRuns: 150 });
  });
});
