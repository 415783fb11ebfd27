// PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.4), written
// straight into one growing Buffer: no text per field, no join, and the server parses nothing (a number is its
// eight bytes, a timestamp its microseconds). Only the types ingestion writes: text, int4, float8, bool,
// timestamptz and jsonb.

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Microseconds between the Unix epoch and PostgreSQL's (2000-01-01 UTC), in milliseconds. */
const PG_EPOCH_MS = 946_684_800_000;
const TWO_32 = 4_294_967_296;

export class BinaryCopyWriter {
  private buffer: Buffer;
  private at = 0;

  constructor(capacity = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(Math.max(capacity, 64));
    this.buffer.set(SIGNATURE, 0);
    // flags, then the length of the header extension: both zero
    this.buffer.writeInt32BE(0, SIGNATURE.length);
    this.buffer.writeInt32BE(0, SIGNATURE.length + 4);
    this.at = SIGNATURE.length + 8;
  }

  /** rows started so far */
  rows = 0;

  /** bytes written so far */
  get bytes(): number {
    return this.at;
  }

  /** Starts a row of `fields` values. */
  row(fields: number): void {
    this.rows += 1;
    this.room(2);
    this.buffer.writeInt16BE(fields, this.at);
    this.at += 2;
  }

  null(): void {
    this.room(4);
    this.buffer.writeInt32BE(-1, this.at);
    this.at += 4;
  }

  text(value: string): void {
    const n = value.length;
    this.room(4 + n * 3);
    const start = this.at + 4;
    let i = 0;
    // short ASCII text (ids, channels, names) byte by byte: cheaper than a call into the UTF-8 encoder
    if (n <= 64) {
      for (; i < n; i++) {
        const c = value.charCodeAt(i);
        if (c >= 0x80) break;
        this.buffer[start + i] = c;
      }
    }
    const length = i === n ? n : i + this.buffer.write(value.slice(i), start + i, 'utf8');
    this.buffer.writeInt32BE(length, this.at);
    this.at = start + length;
  }

  int4(value: number): void {
    this.room(8);
    this.buffer.writeInt32BE(4, this.at);
    this.buffer.writeInt32BE(value, this.at + 4);
    this.at += 8;
  }

  float8(value: number): void {
    this.room(12);
    this.buffer.writeInt32BE(8, this.at);
    this.buffer.writeDoubleBE(value, this.at + 4);
    this.at += 12;
  }

  bool(value: boolean): void {
    this.room(5);
    this.buffer.writeInt32BE(1, this.at);
    this.buffer[this.at + 4] = value ? 1 : 0;
    this.at += 5;
  }

  /** An instant given as epoch milliseconds (whole or not: stored to the microsecond, as to_timestamp rounds). */
  timestamptz(epochMs: number): void {
    this.room(12);
    const micros = Math.round((epochMs - PG_EPOCH_MS) * 1000);
    const high = Math.floor(micros / TWO_32);
    this.buffer.writeInt32BE(8, this.at);
    this.buffer.writeInt32BE(high, this.at + 4);
    this.buffer.writeUInt32BE(micros - high * TWO_32, this.at + 8);
    this.at += 12;
  }

  /** A jsonb value from its JSON text (binary jsonb is a version byte, 1, and the text). */
  jsonb(json: string): void {
    this.room(5 + json.length * 3);
    const length = this.buffer.write(json, this.at + 5, 'utf8');
    this.buffer.writeInt32BE(length + 1, this.at);
    this.buffer[this.at + 4] = 1;
    this.at += 5 + length;
  }

  /** The whole COPY data, trailer included; the writer is spent. */
  finish(): Buffer {
    this.room(2);
    this.buffer.writeInt16BE(-1, this.at);
    this.at += 2;
    return this.buffer.subarray(0, this.at);
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.at + bytes));
    this.buffer.copy(grown, 0, 0, this.at);
    this.buffer = grown;
  }
}
