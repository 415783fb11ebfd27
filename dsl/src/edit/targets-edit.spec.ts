import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from '../index';
import { readTables } from './read-tables';
import type { EditResult } from './source-edit';
import { addTarget, removeTarget, setTarget, targetText } from './targets-edit';

const FIXTURE = readFileSync(join(__dirname, '__fixtures__/commented.kpi'), 'utf8');

const sourceOf = (result: EditResult): string => {
  if (!result.ok) throw new Error(`edit refused: ${result.reason} ${'detail' in result ? result.detail ?? '' : ''}`);
  return result.source;
};

describe('setTarget', () => {
  it('rewrites one target in place and keeps its trailing comment', () => {
    const next = sourceOf(setTarget(FIXTURE, 0, { metric: 'csat', op: '>=', value: '92%' }));
    expect(next).toBe(FIXTURE.replace('target csat >= 90%  #', 'target csat >= 92%  #'));
  });

  it('adds, changes and drops a condition', () => {
    const added = sourceOf(setTarget(FIXTURE, 2, { metric: 'aht', op: '<', value: '350s', when: 'agent.tenure_days >= 90' }));
    // the result is the formatter's canonical layout, and the comments of the fixture are all still there
    expect(format(added).value).toBe(added);
    expect(added.match(/#[^\n]*/g)).toEqual(FIXTURE.match(/#[^\n]*/g));
    expect(readTables(added).targets[2]).toEqual({ index: 2, metric: 'aht', op: '<', value: '350s', when: 'agent.tenure_days >= 90' });
    const dropped = sourceOf(setTarget(FIXTURE, 1, { metric: 'aht', op: '<=', value: '420s', when: '' }));
    expect(readTables(dropped).targets[1].when).toBeNull();
  });

  it('refuses a value that is not one expression, so nothing can be smuggled in', () => {
    for (const value of ['', '90% target csat >= 1', '90% }', '90% # hidden', '90%\nkpi x = 1', 'when']) {
      expect(setTarget(FIXTURE, 0, { metric: 'csat', op: '>=', value })).toMatchObject({ ok: false, reason: 'invalid-value' });
    }
    expect(setTarget(FIXTURE, 0, { metric: 'csat', op: '>=', value: '1', when: 'x >' })).toMatchObject({ ok: false, reason: 'invalid-value', detail: 'when' });
    expect(setTarget(FIXTURE, 0, { metric: 'csat x', op: '>=', value: '1' })).toMatchObject({ ok: false, detail: 'metric' });
    expect(setTarget(FIXTURE, 9, { metric: 'csat', op: '>=', value: '1' })).toMatchObject({ ok: false, reason: 'unknown-target' });
  });
});

describe('addTarget', () => {
  it('adds after the last target, past its comment', () => {
    const next = sourceOf(addTarget(FIXTURE, { metric: 'handled', op: '>=', value: '100' }));
    expect(next).toContain('  target aht <= 360s\n  target handled >= 100\n');
    expect(readTables(next).targets).toHaveLength(4);
  });

  it('puts a commented last target\'s comment back beside it', () => {
    const source = 'scorecard s {\n  metric m = count()\n  target m >= 1  # one\n}\n';
    expect(sourceOf(addTarget(source, { metric: 'm', op: '<', value: '9' }))).toBe(
      'scorecard s {\n  metric m = count()\n  target m >= 1  # one\n  target m < 9\n}\n');
  });

  it('adds the first target at the end of the scorecard', () => {
    const source = 'scorecard s {\n  metric m = count()\n}\n';
    expect(sourceOf(addTarget(source, { metric: 'm', op: '>=', value: '5', when: 'agent.tenure_days < 30' }))).toBe(
      'scorecard s {\n  metric m = count()\n\n  target m >= 5 when agent.tenure_days < 30\n}\n');
  });
});

describe('removeTarget', () => {
  it('removes one target and keeps every comment', () => {
    const next = sourceOf(removeTarget(FIXTURE, 0));
    expect(readTables(next).targets.map((t) => `${t.metric} ${t.op} ${t.value}`)).toEqual(['aht <= 420s', 'aht <= 360s']);
    expect(next).toContain('# the promise to the client');
  });
});

describe('targetText', () => {
  it('writes the line the formatter would', () => {
    expect(targetText({ metric: ' aht ', op: '<=', value: ' 420s ', when: ' agent.tenure_days < 90 ' }))
      .toBe('target aht <= 420s when agent.tenure_days < 90');
  });
});
