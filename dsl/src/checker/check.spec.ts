import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../parser/parse';
import { checkDocument } from './check';
import { checkSource, diagnosticsAt, errorsAt, scorecardWith } from './testing';

const example = readFileSync(join(__dirname, '__fixtures__/spec-example.kpi'), 'utf8');

function checked(source: string) {
  const parsed = parseDocument(source);
  expect(parsed.diagnostics).toEqual([]);
  return checkDocument(parsed.value!);
}

describe('checkDocument on the spec example', () => {
  it('finds no error and no warning', () => {
    expect(diagnosticsAt(example)).toEqual([]);
  });

  it('builds the scorecard model with settings, symbols and dependency order', () => {
    const sc = checked(example).value!.scorecards[0];
    expect(sc.key).toBe('frontline');
    expect(sc.label).toBe('一线客服');
    expect([sc.period, sc.subject, sc.missing]).toEqual(['month', 'agent', 'renormalize']);
    expect([...sc.metrics.keys()]).toEqual(['handled', 'csat', 'fcr', 'aht', 'resp_30s', 'urgent_p90', 'kb_rate']);
    expect([...sc.kpis.keys()]).toEqual(['csat_score', 'fcr_score', 'aht_score', 'resp_score', 'kb_score']);
    expect(sc.metrics.get('csat')?.type).toBe('percent');
    expect(sc.metrics.get('aht')?.type).toBe('duration');
    expect(sc.metrics.get('handled')?.type).toBe('count');
    expect(sc.kpis.get('aht_score')?.type).toBe('number');
    expect(sc.kpis.get('csat_score')?.label).toBe('满意度');
    expect(sc.fields.get('kb_used')).toMatchObject({ type: 'boolean', builtin: false });
    expect(sc.fields.get('handle_seconds')).toMatchObject({ type: 'duration', builtin: true });
    expect(sc.eligible?.kind).toBe('binary');
    expect([sc.targets.length, sc.profiles.length, sc.alerts.length]).toEqual([3, 2, 1]);
  });

  it('records the type of every expression node', () => {
    const sc = checked(example).value!.scorecards[0];
    const aht = sc.metrics.get('aht')!.decl.expr;
    expect(sc.types.get(aht)).toBe('duration');
    const csat = sc.metrics.get('csat')!.decl.expr;
    expect(sc.types.get(csat)).toBe('number'); // count / count; `as percent` makes the metric a percent
    expect(sc.types.get(sc.eligible!)).toBe('boolean');
  });

  it('builds the compensation model with its scorecard and period', () => {
    const comp = checked(example).value!.compensations[0];
    expect(comp).toMatchObject({ key: 'q4_bonus', label: '季度绩效奖金', scorecard: 'frontline', period: 'quarter' });
    expect(comp.payout?.kind).toBe('binary');
    expect(comp.cap?.kind).toBe('binary');
    expect(comp.floor).toBeUndefined();
  });
});

describe('checkDocument order and defaults', () => {
  it('orders metrics and kpis dependencies first, whatever the order written', () => {
    const sc = checked(scorecardWith('  kpi b = a * 2\n  metric a = c + 1\n  metric c = count()')).value!.scorecards[0];
    const order = sc.order;
    expect(order.indexOf('c')).toBeLessThan(order.indexOf('a'));
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'));
    expect(order.indexOf('handled')).toBeLessThan(order.indexOf('base'));
    expect(sc.kpis.get('b')?.type).toBe('count');
  });

  it('counts team(m) and org(m) as references to m', () => {
    const sc = checked(scorecardWith('  kpi rel = aht / team(aht) + org(aht) / aht\n  metric aht = avg(handle_seconds)')).value!.scorecards[0];
    expect(sc.order.indexOf('aht')).toBeLessThan(sc.order.indexOf('rel'));
  });

  it('defaults period, subject and missing to month, agent and renormalize', () => {
    const sc = checked(scorecardWith('')).value!.scorecards[0];
    expect([sc.period, sc.subject, sc.missing]).toEqual(['month', 'agent', 'renormalize']);
  });

  it('takes a compensation period from its scorecard when it sets none', () => {
    const source = `${scorecardWith('  period week')}compensation c { scorecard frontline payout = score }\n`;
    expect(checked(source).value!.compensations[0].period).toBe('week');
  });

  it('gives metrics their declared unit', () => {
    const sc = checked(scorecardWith('  metric rate = count(resolved) / count() as percent')).value!.scorecards[0];
    expect(sc.metrics.get('rate')?.type).toBe('percent');
  });
});

describe('checkDocument robustness', () => {
  it('skips error nodes from the parser without further diagnostics', () => {
    const source = scorecardWith('  metric broken = count( +\n  kpi uses = broken * 2');
    const errors = checkSource(source).filter((d) => d.severity === 'error').map((d) => d.code);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.filter((c) => !c.startsWith('YS0'))).toEqual([]);
  });

  it('keeps a metric whose expression failed to parse in scope, without cascades', () => {
    const source = scorecardWith('  metric broken = count(rating >= ) / count()\n  kpi uses = broken * 100\n  target broken >= 5');
    expect(errorsAt(source)).toEqual([{ code: 'YS010', at: ')' }]);
  });

  it('never throws on any prefix of the example or on shuffled lines', () => {
    const lines = example.split('\n');
    for (let cut = 0; cut <= example.length; cut += 11) expect(() => checkSource(example.slice(0, cut))).not.toThrow();
    for (let i = 0; i < lines.length; i++) {
      const without = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
      expect(() => checkSource(without)).not.toThrow();
      const swapped = [...lines];
      [swapped[i], swapped[lines.length - 1 - i]] = [swapped[lines.length - 1 - i], swapped[i]];
      expect(() => checkSource(swapped.join('\n'))).not.toThrow();
    }
  });

  it('puts every diagnostic inside the source', () => {
    const sources = [example.replace(/csat/g, 'csta'), example.replace(/%/g, 's'), example.replace(/count/g, 'cnt')];
    for (const source of sources) {
      for (const d of checkSource(source)) {
        expect(d.span.start.offset).toBeGreaterThanOrEqual(0);
        expect(d.span.end.offset).toBeLessThanOrEqual(source.length);
        expect(d.span.end.offset).toBeGreaterThanOrEqual(d.span.start.offset);
      }
    }
  });

  it('reports a long chain of references without overflowing', () => {
    const chain = Array.from({ length: 400 }, (_, i) => `  metric m${i + 1} = m${i} + 1`).join('\n');
    const sc = checked(scorecardWith(`  metric m0 = count()\n${chain}`)).value!.scorecards[0];
    expect(sc.order.indexOf('m0')).toBeLessThan(sc.order.indexOf('m400'));
  });
});

describe('checkDocument on a bug of its own', () => {
  it('returns an internal-error diagnostic instead of throwing', () => {
    const parsed = parseDocument(scorecardWith(''));
    const broken = { ...parsed.value!, blocks: [null] } as unknown as Parameters<typeof checkDocument>[0];
    const result = checkDocument(broken);
    expect(result.value).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['YS199']);
  });
});
