import { RowProblem, type CsvRowMapper, type MappedRecord } from '@yardstick/contracts/records';
import type { Value } from '@yardstick/dsl';
import { cellTexts, decode, type ByteRow } from './csv-bytes';

// Typed records straight from a row's bytes, under the shared rules of @yardstick/contracts: the column plan is
// the shared mapper's (`columns`, `complete`), and every cell is read by its shared coercer, except the few
// forms whose value those coercers plainly give without looking further, read here from the bytes:
//   - numbers, counts, money, percentages and durations written as 1 to 15 plain digits: that integer
//     (`readNumber` gives Number(text), exact below 2^53; no sign, dot, space or leading `+` is taken here);
//   - booleans written as one of Y y 1 true / N n 0 false;
//   - texts whose first and last bytes are visible ASCII (so trimming changes nothing): the text as is.
// A row of the wrong width, and a plan that assembles occurred_at from date and time columns, go through the
// shared `map` with the row's cells as strings.

const Kind = { Text: 0, Number: 1, Boolean: 2, Other: 3 } as const;

const KIND: Readonly<Record<string, number>> = {
  string: Kind.Text, number: Kind.Number, count: Kind.Number, money: Kind.Number, percent: Kind.Number, duration: Kind.Number,
  boolean: Kind.Boolean,
};

export type ByteRowMapper = (row: ByteRow) => MappedRecord | RowProblem;

export function byteRowMapper(mapper: CsvRowMapper): ByteRowMapper {
  const columns = mapper.columns;
  const kinds = columns.map((c) => (Object.hasOwn(KIND, c.type) ? KIND[c.type] : Kind.Other));
  const width = mapper.width;
  const viaStrings = (row: ByteRow): MappedRecord | RowProblem => mapper.map(cellTexts(row.buf, row.starts, row.ends, row.count));
  if (mapper.assembles) return viaStrings;
  // every field set (to null) in the shared mapper's order, so each record is a copy of one shape
  const template: MappedRecord = {};
  for (const c of columns) template[c.field] = null;
  return (row) => {
    if (row.count !== width) return viaStrings(row);
    const { buf, starts, ends } = row;
    const record: MappedRecord = { ...template };
    for (let i = 0; i < columns.length; i++) {
      const c = columns[i];
      const s = starts[c.index];
      const e = ends[c.index];
      if (s === e) continue;
      let value: Value | undefined;
      const kind = kinds[i];
      if (kind === Kind.Number && e - s <= 15) value = digits(buf, s, e);
      else if (kind === Kind.Boolean && e - s <= 5) value = flag(buf, s, e);
      else if (kind === Kind.Text && visible(buf[s]) && visible(buf[e - 1])) {
        record[c.field] = decode(buf, s, e);
        continue;
      }
      if (value === undefined) {
        const text = decode(buf, s, e);
        value = c.coerce(text);
        if (value === undefined) return RowProblem.invalid(c.type, c.field, text);
      }
      record[c.field] = value;
    }
    return mapper.complete(record);
  };
}

/** The integer written as plain digits, or undefined. */
function digits(buf: Buffer, s: number, e: number): number | undefined {
  let n = 0;
  for (let i = s; i < e; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n;
}

/** Y y 1 true / N n 0 false, or undefined for the shared reader to decide. */
function flag(buf: Buffer, s: number, e: number): boolean | undefined {
  const c = buf[s];
  if (e - s === 1) {
    if (c === 0x59 || c === 0x79 || c === 0x31) return true;
    if (c === 0x4e || c === 0x6e || c === 0x30) return false;
    return undefined;
  }
  if (e - s === 4 && c === 0x74 && buf[s + 1] === 0x72 && buf[s + 2] === 0x75 && buf[s + 3] === 0x65) return true;
  if (e - s === 5 && c === 0x66 && buf[s + 1] === 0x61 && buf[s + 2] === 0x6c && buf[s + 3] === 0x73 && buf[s + 4] === 0x65) return false;
  return undefined;
}

const visible = (c: number): boolean => c > 0x20 && c < 0x7f;
