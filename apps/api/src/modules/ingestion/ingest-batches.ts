import type { DirectEncoder, NewKeys, StagedRecord } from './direct-rows';

// The first part of an ingest: validated records gathered into batches and, while every batch is new for certain
// (NewKeys), stored straight into interactions with one binary COPY each. The next batch is read, validated and
// encoded while the database stores the previous one. At the first batch that is not new for certain, the rest of
// the request (that batch included) is handed back for the staging table and the merge.

/** Records per direct COPY: about 2–4 MB of COPY data, so two batches in flight stay small beside the body. */
export const DIRECT_BATCH = 16_384;

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

export async function storeDirect(
  sink: DirectSink, chunks: AsyncIterable<readonly StagedRecord[]>, encoder: DirectEncoder, keys: NewKeys,
): Promise<DirectOutcome> {
  const outcome: DirectOutcome = { inserted: 0, firstMs: null, lastMs: null, rest: null };
  const iterator = chunks[Symbol.asyncIterator]();
  let batch: StagedRecord[] = [];
  let copying: Promise<void> | null = null;
  try {
    for (;;) {
      const next = await iterator.next();
      if (!next.done) {
        for (const record of next.value) batch.push(record);
        if (batch.length < DIRECT_BATCH) continue;
      }
      if (batch.length > 0) {
        if (!(await keys.allNew(batch, (record) => encoder.sourceOf(record)))) {
          await copying;
          copying = null;
          outcome.rest = prepend(batch, iterator, next.done === true);
          return outcome;
        }
        const data = encoder.encode(batch);
        count(outcome, batch);
        // one COPY at a time on the connection; this one runs while the next batch is read
        await copying;
        copying = sink.copyDirect(data, encoder.columns);
        batch = [];
      }
      if (next.done) {
        await copying;
        copying = null;
        return outcome;
      }
    }
  } finally {
    // a failure while a COPY runs: let it settle before the transaction is rolled back (its own error is moot)
    if (copying) await copying.catch(() => undefined);
  }
}

function count(outcome: DirectOutcome, batch: readonly StagedRecord[]): void {
  let first = outcome.firstMs ?? Infinity;
  let last = outcome.lastMs ?? -Infinity;
  for (const { record } of batch) {
    const at = record.occurred_at as number;
    if (at < first) first = at;
    if (at > last) last = at;
  }
  outcome.inserted += batch.length;
  outcome.firstMs = first;
  outcome.lastMs = last;
}

/** The batch, then whatever the iterator still holds. */
async function* prepend(
  batch: readonly StagedRecord[], rest: AsyncIterator<readonly StagedRecord[]>, done: boolean,
): AsyncGenerator<readonly StagedRecord[]> {
  yield batch;
  if (done) return;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}
