import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, format } from '@yardstick/dsl';
import { readTables } from './read-tables';
import type { EditResult } from './source-edit';
import { parseWeightInput, setWeight } from './weights-edit';

const FIXTURE = readFileSync(join(__dirname, '__fixtures__/commented.kpi'), 'utf8');

const sourceOf = (result: EditResult): string => {
  if (!result.ok) throw new Error(`edit refused: ${result.reason}`);
  return result.source;
};

describe('setWeight', () => {
  it('replaces an existing weight where it is written and keeps every comment', () => {
    const next = sourceOf(setWeight(FIXTURE, 'normal', 'aht_score', 25));
    expect(next).toContain('    aht_score: 25%,\n');
    for (const comment of ['# Frontline agents.', '# satisfied share', '# half of the score', '# the promise to the client']) {
      expect(next).toContain(comment);
    }
    expect(next.split('\n').length).toBe(FIXTURE.split('\n').length);
  });

  it('changes only the weight: the rest of the source is untouched', () => {
    const next = sourceOf(setWeight(FIXTURE, 'double11', 'csat_score', 45));
    expect(next).toBe(FIXTURE.replace('{ csat_score: 40%, aht_score: 60% }', '{ csat_score: 45%, aht_score: 60% }'));
  });

  it('adds a weight a profile does not have yet', () => {
    const next = sourceOf(setWeight(FIXTURE, 'double11', 'volume_score', 10));
    expect(readTables(next).profiles[1].weights.volume_score).toEqual({ text: '10%', percent: 10 });
    expect(next).toContain('    aht_score: 60%,\n    volume_score: 10%\n');
  });

  it('adds a weight to an empty profile', () => {
    const next = sourceOf(setWeight('scorecard s {\n  kpi a = 1\n  profile p {}\n}\n', 'p', 'a', 100));
    expect(next).toBe('scorecard s {\n  kpi a = 1\n  profile p { a: 100% }\n}\n');
  });

  it('removes a weight with its comma, keeping the comment beside it', () => {
    const next = sourceOf(setWeight(FIXTURE, 'normal', 'csat_score', null));
    expect(readTables(next).profiles[0].weights).toEqual({ aht_score: { text: '30%', percent: 30 }, volume_score: { text: '20%', percent: 20 } });
    expect(next).toContain('# half of the score');
    expect(format(next).value).toBe(next);
  });

  it('removes the last weight with the comma before it', () => {
    const next = sourceOf(setWeight(FIXTURE, 'double11', 'aht_score', null));
    expect(next).toContain('profile double11 "双11大促" active 2026-11-01..2026-11-11 { csat_score: 40% }');
  });

  it('writes fractional percentages without binary artefacts', () => {
    const next = sourceOf(setWeight(FIXTURE, 'normal', 'csat_score', 0.1 + 0.2));
    expect(next).toContain('csat_score: 0.3%');
  });

  it('gives a source the checker accepts when the column totals 100%', () => {
    let source = sourceOf(setWeight(FIXTURE, 'normal', 'csat_score', 40));
    source = sourceOf(setWeight(source, 'normal', 'volume_score', 30));
    expect(readTables(source).profiles[0]).toMatchObject({ total: 100, totalIsHundred: true });
    expect(check(source).diagnostics).toEqual([]);
  });

  it('refuses a source with a syntax error instead of formatting half of it', () => {
    const broken = FIXTURE.replace('kpi volume_score = min(handled, 100)', 'kpi volume_score = min(handled, ');
    const result = setWeight(broken, 'normal', 'csat_score', 10);
    expect(result).toMatchObject({ ok: false, reason: 'syntax' });
  });

  it('refuses unknown profiles, names that are not identifiers and weights outside 0–100%', () => {
    expect(setWeight(FIXTURE, 'nope', 'csat_score', 10)).toMatchObject({ ok: false, reason: 'unknown-profile' });
    expect(setWeight(FIXTURE, 'normal', 'a: 1%, b', 10)).toMatchObject({ ok: false, reason: 'invalid-value' });
    expect(setWeight(FIXTURE, 'normal', 'csat_score', 101)).toMatchObject({ ok: false, reason: 'invalid-value' });
    expect(setWeight(FIXTURE, 'normal', 'csat_score', Number.NaN)).toMatchObject({ ok: false, reason: 'invalid-value' });
  });

  it('clearing a weight that is not there changes nothing but the layout', () => {
    expect(sourceOf(setWeight(FIXTURE, 'double11', 'volume_score', null))).toBe(FIXTURE);
  });
});

describe('parseWeightInput', () => {
  it.each([
    ['40', 40], ['40%', 40], [' 12.5 % ', 12.5], ['0', 0], ['100', 100], ['', null], ['  ', null],
  ])('reads %j as %j', (text, expected) => {
    expect(parseWeightInput(text)).toBe(expected);
  });

  it.each(['abc', '-5', '101', '1e2', '40%%', '4 0'])('refuses %j', (text) => {
    expect(parseWeightInput(text)).toBeUndefined();
  });
});
