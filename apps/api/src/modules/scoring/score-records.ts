import { BUILTIN_FIELDS, type CompiledScorecard, type ScoreRecord, type Value } from '@yardstick/dsl';
import { zoneClock, type Scorer } from '@yardstick/engine';
import type { Db, ScoringRepository } from './scoring.repository';

// The way round the SQL compiler, for the few scorecards it cannot take (it says which and why): the period's
// records are read page by page and fed to the engine's streaming scorer, exactly as the CLI feeds a file.

const PAGE = 20_000;
/** Read by every query anyway (as `agent`, `team`, `occurred_local`), never as plain columns. */
const IDENTITY = new Set(['agent', 'team', 'occurred_at']);

/** The built-in columns the scorecard's aggregates read. */
function builtinColumns(sc: CompiledScorecard): string[] {
  return sc.usedFields.filter((f) => Object.hasOwn(BUILTIN_FIELDS, f) && !IDENTITY.has(f));
}

/** A custom field's stored JSON value as the engine's value: timestamps (ISO instants) become org-local ms. */
function customValue(value: unknown, type: string, localOf: (utcMs: number) => number): Value {
  if (value === null || value === undefined) return null;
  if (type === 'timestamp') {
    const utc = typeof value === 'string' ? Date.parse(value) : NaN;
    return Number.isFinite(utc) ? localOf(utc) : null;
  }
  if (type === 'string') return typeof value === 'string' ? value : null;
  if (type === 'boolean') return typeof value === 'boolean' ? value : null;
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A stored record row (as `recordPage` reads it) as the engine sees it: the one mapping scoring and listings share. */
export function scoreRecordOf(
  row: Record<string, unknown>, columns: readonly string[], custom: readonly { name: string; type: string }[],
  localOf: (utcMs: number) => number,
): ScoreRecord {
  const record: Record<string, Value> = { agent: row.agent as string, team: (row.team as string | null) ?? null, occurred_at: row.occurred_local as number };
  for (const c of columns) record[c] = (row[c] as Value | undefined) ?? null;
  const stored = (row.custom ?? {}) as Record<string, unknown>;
  for (const f of custom) record[f.name] = customValue(stored[f.name], f.type, localOf);
  return record as ScoreRecord;
}

/** Every built-in column a record listing shows (all of them, not only those a scorecard reads). */
export const RECORD_COLUMNS: readonly string[] = Object.keys(BUILTIN_FIELDS).filter((f) => !IDENTITY.has(f));

export async function feedRecords(
  repository: ScoringRepository, db: Db, scorer: Scorer, sc: CompiledScorecard,
  period: { from: string; to: string; zone: string; endDay: string },
): Promise<void> {
  const columns = builtinColumns(sc);
  const custom = sc.fields.filter((f) => !f.builtin && sc.usedFields.includes(f.name));
  const clock = zoneClock(period.zone);
  const localOf = (utcMs: number) => clock.localOf(utcMs);
  const query = { columns, zone: period.zone, fromLocal: period.from, toLocal: period.endDay };
  let after = '0';
  for (;;) {
    const rows = await repository.recordPage(db, query, after, PAGE);
    for (const row of rows) {
      scorer.add(scoreRecordOf(row, columns, custom, localOf));
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1].id as string;
  }
}
