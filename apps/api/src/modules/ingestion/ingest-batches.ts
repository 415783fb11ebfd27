import type { DirectEncoder, NewKeys, StagedRecord } from './direct-rows';

// The first part of an ingest: validated records, while they are new for certain (NewKeys), stored straight into
// interactions with one binary COPY per few megabytes. The next records are read, validated and encoded while the
// database stores the previous batch. From the first record that is not new for certain, the rest of the request is
// handed back for the staging table and the merge.

/** COPY data per direct COPY (binary rows of about 170 bytes: some 25,000 records), two in flight at most. */
export const DIRECT_BATCH_BYTES = 4 << 20;

export interface DirectSink {
  copyDirect(data: Buffer, columns: readonly string[]): Promise<void>;
}

export interface DirectOutcome {
  /** records inserted directly */
  inserted: number;
  /** their earliest and latest occurred_at (epoch ms), null when none */
  firstMs: number | null;
  lastMs: number | null;
  /** the records still to stage and merge; null when every record was inserted directly */
  rest: AsyncIterable<readonly StagedRecord[]> | null;
}

/**
 * Stores records straight into interactions while they are new for certain, a chunk at a time: each chunk's
 * records are encoded at once (so they die young), and a batch of COPY data goes to the database while the next
 * chunks are read. From the first record that is not new for certain, the rest is handed back for the merge.
 */
export async function storeDirect(
  sink: DirectSink, chunks: AsyncIterable<readonly StagedRecord[]>, encoder: DirectEncoder, keys: NewKeys,
): Promise<DirectOutcome> {
  const outcome: DirectOutcome = { inserted: 0, firstMs: null, lastMs: null, rest: null };
  const iterator = chunks[Symbol.asyncIterator]();
  let batch = encoder.writer();
  let copying: Promise<void> | null = null;
  const flush = async (): Promise<void> => {
    if (batch.rows === 0) return;
    const data = batch.finish();
    batch = encoder.writer();
    // one COPY at a time on the connection; this one runs while the next chunks are read
    await copying;
    copying = sink.copyDirect(data, encoder.columns);
  };
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const records = next.value;
      const n = await keys.prefix(records, (record) => encoder.sourceOf(record));
      encoder.append(batch, records, n);
      count(outcome, records, n);
      if (n < records.length) {
        await flush();
        outcome.rest = prepend(records.slice(n), iterator);
        break;
      }
      if (batch.bytes >= DIRECT_BATCH_BYTES) await flush();
    }
    if (!outcome.rest) await flush();
    await copying;
    copying = null;
    return outcome;
  } finally {
    // a failure while a COPY runs: let it settle before the transaction is rolled back (its own error is moot)
    if (copying) await (copying as Promise<void>).catch(() => undefined);
  }
}

function count(outcome: DirectOutcome, records: readonly StagedRecord[], n: number): void {
  if (n === 0) return;
  let first = outcome.firstMs ?? Infinity;
  let last = outcome.lastMs ?? -Infinity;
  for (let i = 0; i < n; i++) {
    const at = records[i].record.occurred_at as number;
    if (at < first) first = at;
    if (at > last) last = at;
  }
  outcome.inserted += n;
  outcome.firstMs = first;
  outcome.lastMs = last;
}

/** The records, then whatever the iterator still holds. */
async function* prepend(
  records: readonly StagedRecord[], rest: AsyncIterator<readonly StagedRecord[]>,
): AsyncGenerator<readonly StagedRecord[]> {
  yield records;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}
