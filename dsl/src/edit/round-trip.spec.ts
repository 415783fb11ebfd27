import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from '@yardstick/dsl';
import { readTables, type ScorecardTables } from './read-tables';
import type { EditResult } from './source-edit';
import { setTarget } from './targets-edit';
import { setWeight } from './weights-edit';

// The table ⇄ source round trip: tables read from a source, edited, written back, read again give the edited
// tables; comments survive; and a change typed into the source shows in the tables.

const FIXTURE = readFileSync(join(__dirname, '__fixtures__/commented.kpi'), 'utf8');

const sourceOf = (result: EditResult): string => {
  if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
  return result.source;
};

const comments = (source: string): string[] => source.split('\n').flatMap((line) => line.match(/#.*$/)?.[0] ?? []);

/** Writes every cell and target of `tables` back into `source`, one edit at a time, as the table UI does. */
function writeBack(source: string, tables: ScorecardTables): string {
  let next = source;
  for (const profile of tables.profiles) {
    for (const kpi of tables.kpis) next = sourceOf(setWeight(next, profile.name, kpi.name, profile.weights[kpi.name]?.percent ?? null));
  }
  for (const target of tables.targets) next = sourceOf(setTarget(next, target.index, target));
  return next;
}

describe('table ⇄ source round trip', () => {
  it('writing the tables back unchanged gives the same source (already formatted)', () => {
    expect(writeBack(FIXTURE, readTables(FIXTURE))).toBe(FIXTURE);
  });

  it('table → source → table gives the edited table', () => {
    const tables = readTables(FIXTURE);
    tables.profiles[0].weights.csat_score = { text: '45%', percent: 45 };
    tables.profiles[0].weights.volume_score = { text: '25%', percent: 25 };
    tables.targets[0] = { ...tables.targets[0], value: '91.5%' };
    const again = readTables(writeBack(FIXTURE, tables));
    expect(again.profiles[0].weights.csat_score.percent).toBe(45);
    expect(again.profiles[0].weights.volume_score.percent).toBe(25);
    expect(again.profiles[0]).toMatchObject({ total: 100, totalIsHundred: true });
    expect(again.targets[0].value).toBe('91.5%');
    expect(again.kpis).toEqual(tables.kpis);
  });

  it('keeps every comment through a series of edits', () => {
    let source = FIXTURE;
    source = sourceOf(setWeight(source, 'normal', 'csat_score', 10));
    source = sourceOf(setWeight(source, 'double11', 'volume_score', 5));
    source = sourceOf(setTarget(source, 0, { metric: 'csat', op: '>', value: '80%' }));
    expect(comments(source)).toEqual(comments(FIXTURE));
  });

  it('formats a hand-written layout through the language\'s formatter on the first edit', () => {
    const messy = 'scorecard s{kpi a=1 # one\nkpi b=2\nprofile p default{a:50%,b:50%}}';
    const next = sourceOf(setWeight(messy, 'p', 'a', 60));
    expect(next).toBe(format(messy.replace('a:50%', 'a:60%')).value);
    expect(next).toContain('# one');
  });

  it('editing the source updates the tables', () => {
    const typed = FIXTURE.replace('aht_score: 30%,', 'aht_score: 35%,').replace('target aht <= 360s', 'target aht <= 300s');
    const tables = readTables(typed);
    expect(tables.profiles[0].weights.aht_score).toEqual({ text: '35%', percent: 35 });
    expect(tables.profiles[0]).toMatchObject({ total: 105, totalIsHundred: false });
    expect(tables.targets[2].value).toBe('300s');
    const withKpi = readTables(typed.replace('  kpi volume_score', '  kpi fcr_score = 1\n  kpi volume_score'));
    expect(withKpi.kpis.map((k) => k.name)).toEqual(['csat_score', 'aht_score', 'fcr_score', 'volume_score']);
  });
});
