import { checkSource, diagnosticsAt, errorsAt, scorecardWith, type Found } from '../testing';

// Names and scopes (spec §4, §7): YS100–YS119.

const expectErrors = (source: string, expected: Found[]) => expect(errorsAt(source)).toEqual(expected);
const inCard = (body: string, subject?: string) => scorecardWith(body, { subject });

describe('unknown names', () => {
  it('reports an unknown metric at its name, with a suggestion', () => {
    const source = inCard('  metric csat = count(rating >= 4) / count()\n  kpi score2 = csta * 100');
    expect(errorsAt(source)).toEqual([{ code: 'YS104', at: 'csta', suggestion: 'csat' }]);
    const d = checkSource(source).find((x) => x.code === 'YS104');
    expect(d?.message).toBe('unknown metric or kpi `csta`: did you mean `csat`?');
    expect(d?.messageZh).toBe('未知的指标或 KPI `csta`：是否想写 `csat`？');
  });

  it('reports every unknown name, not just the first', () => {
    expectErrors(inCard('  kpi k = nope + other'), [{ code: 'YS104', at: 'nope' }, { code: 'YS104', at: 'other' }]);
  });

  it('suggests nothing when no name is close', () => {
    expectErrors(inCard('  kpi k = zzzzzz'), [{ code: 'YS104', at: 'zzzzzz' }]);
  });

  it('reports an unknown record field inside an aggregate, suggesting a field', () => {
    expectErrors(inCard('  metric m = avg(handle_secnds)'), [{ code: 'YS100', at: 'handle_secnds', suggestion: 'handle_seconds' }]);
  });

  it('knows declared fields inside aggregates', () => {
    expectErrors(inCard('  field kb_used: boolean\n  metric kb = count(kb_used) / count() as percent'), []);
  });

  it('checks names in a where filter', () => {
    expectErrors(inCard('  metric m = count(resolved where priorty == "urgent")'), [{ code: 'YS100', at: 'priorty', suggestion: 'priority' }]);
  });

  it('reports an unknown team(m) argument as an unknown metric', () => {
    expectErrors(inCard('  metric aht = avg(handle_seconds)\n  kpi k = team(ahtt)'), [{ code: 'YS104', at: 'ahtt', suggestion: 'aht' }]);
  });

  it('stays quiet about unknown names when an item could not be parsed', () => {
    const errors = errorsAt(inCard('  metric = count()\n  kpi k = lost * 2'));
    expect(errors.filter((e) => e.code === 'YS104')).toEqual([]);
  });
});

describe('scopes', () => {
  it('reports a record field used outside an aggregate', () => {
    expectErrors(inCard('  metric m = handle_seconds'), [{ code: 'YS105', at: 'handle_seconds' }]);
    expectErrors(inCard('  kpi k = rating * 20'), [{ code: 'YS105', at: 'rating' }]);
  });

  it('reports a metric or kpi used inside an aggregate', () => {
    expectErrors(inCard('  metric m = sum(handled)'), [{ code: 'YS106', at: 'handled' }]);
    expectErrors(inCard('  metric m = count(base > 2)'), [{ code: 'YS106', at: 'base' }]);
  });

  it('reports aggregates outside metrics', () => {
    expectErrors(inCard('  kpi k = count()'), [{ code: 'YS107', at: 'count' }]);
    expectErrors(inCard('  eligible when count() > 3'), [{ code: 'YS107', at: 'count' }]);
    expectErrors(inCard('  target handled >= avg(rating)'), [{ code: 'YS107', at: 'avg' }]);
    expectErrors(inCard('  alert a when sum(talk_seconds) > 1h notify hr'), [{ code: 'YS107', at: 'sum' }]);
  });

  it('reports nested aggregates', () => {
    expectErrors(inCard('  metric m = avg(sum(talk_seconds))'), [{ code: 'YS108', at: 'sum' }]);
  });

  it('allows scalar min and max inside an aggregate, and one-argument min as an aggregate', () => {
    expectErrors(inCard('  metric capped = avg(min(first_response_seconds, 10m))\n  metric fastest = min(handle_seconds)'), []);
  });

  it('allows min and max of metrics outside aggregates', () => {
    expectErrors(inCard('  metric a = count()\n  metric b = count(resolved)\n  kpi k = max(a, b, 1)'), []);
  });

  it('reports team() used inside an aggregate', () => {
    expectErrors(inCard('  metric m = count(team(handled) > 1)'), [{ code: 'YS118', at: 'team' }]);
  });

  it('reports where on a function that is not an aggregate', () => {
    expectErrors(inCard('  metric aht = avg(handle_seconds)\n  kpi k = abs(aht where resolved)'), [{ code: 'YS119', at: 'resolved' }]);
  });
});

describe('functions', () => {
  it('reports an unknown function with a suggestion', () => {
    expectErrors(inCard('  metric m = cuont()'), [{ code: 'YS102', at: 'cuont', suggestion: 'count' }]);
  });

  it('reports a wrong number of arguments', () => {
    expectErrors(inCard('  kpi k = clamp(base, 0)'), [{ code: 'YS103', at: 'clamp(base, 0)' }]);
    expectErrors(inCard('  metric m = percentile(handle_seconds)'), [{ code: 'YS103', at: 'percentile(handle_seconds)' }]);
  });

  it('says how many arguments a function takes', () => {
    const d = checkSource(inCard('  kpi k = clamp(base, 0)')).find((x) => x.code === 'YS103');
    expect(d?.message).toBe('`clamp` takes 3 arguments but was given 2');
  });

  it('reports team() and org() without a metric name', () => {
    expectErrors(inCard('  kpi k = team(base * 2)'), [{ code: 'YS112', at: 'team(base * 2)' }]);
    expectErrors(inCard('  kpi k = org()'), [{ code: 'YS112', at: 'org()' }]);
  });

  it('reports roster aggregates in an agent scorecard', () => {
    expectErrors(inCard('  metric staff = headcount()'), [{ code: 'YS116', at: 'headcount' }]);
    expectErrors(inCard('  metric staff = headcount()\n  metric gone = leavers() / headcount() as percent', 'team'), []);
  });
});

describe('members', () => {
  it('allows built-in and custom agent attributes', () => {
    expectErrors(inCard('  kpi k = base * agent.base_bonus\n  eligible when agent.region == "east" and agent.tenure_days > 30'), []);
  });

  it('reports a near-miss of a built-in agent attribute with a suggestion', () => {
    expectErrors(inCard('  eligible when agent.tenur_days > 90'), [{ code: 'YS110', at: 'tenur_days', suggestion: 'tenure_days' }]);
  });

  it('does not take short custom attributes for typos', () => {
    expectErrors(inCard('  eligible when agent.age > 20'), []);
  });

  it('reports agent. in a team scorecard and team. in an agent scorecard', () => {
    expectErrors(inCard('  eligible when agent.tenure_days > 90', 'team'), [{ code: 'YS111', at: 'agent' }]);
    expectErrors(inCard('  eligible when team.region == "east"'), [{ code: 'YS111', at: 'team' }]);
    expectErrors(inCard('  eligible when team.region == "east"', 'team'), []);
    expectErrors(inCard('  eligible when group.vendor == "acme"', 'group'), []);
  });

  it('reports an unknown object before the dot', () => {
    expectErrors(inCard('  eligible when agnt.region == "x"'), [{ code: 'YS113', at: 'agnt', suggestion: 'agent' }]);
  });
});

describe('declarations', () => {
  it('reports a duplicate name at the second declaration, naming the line of the first', () => {
    const source = inCard('  metric handled = count(resolved)');
    expectErrors(source, [{ code: 'YS101', at: 'handled' }]);
    expect(checkSource(source)[0].message).toBe('`handled` is already defined on line 2');
    expect(checkSource(source)[0].span.start.line).toBe(4);
  });

  it('treats fields, metrics, kpis, profiles and alerts as one namespace', () => {
    expectErrors(inCard('  field base: number\n  alert normal when base > 1 notify hr'), [
      { code: 'YS101', at: 'base' }, { code: 'YS101', at: 'normal' },
    ]);
  });

  it('reports a built-in field declared again and an unknown field type', () => {
    expectErrors(inCard('  field rating: number'), [{ code: 'YS114', at: 'rating' }]);
    expectErrors(inCard('  field kb_used: boolen'), [{ code: 'YS115', at: 'boolen', suggestion: 'boolean' }]);
  });

  it('keeps a field of unknown type in scope so its uses do not cascade', () => {
    expectErrors(inCard('  field kb_used: flag\n  metric m = count(kb_used)'), [{ code: 'YS115', at: 'flag' }]);
  });
});

describe('cycles', () => {
  it('names the whole cycle once, at its first member', () => {
    const source = inCard('  metric a = b + 1\n  metric b = c * 2\n  kpi c = a');
    expectErrors(source, [{ code: 'YS109', at: 'a' }]);
    expect(checkSource(source).find((d) => d.code === 'YS109')?.message).toBe('cycle: a → b → c → a');
  });

  it('reports a metric that reads itself', () => {
    expect(checkSource(inCard('  metric a = a + count()')).map((d) => d.message)).toContain('cycle: a → a');
  });

  it('reports each separate cycle', () => {
    expectErrors(inCard('  kpi x = y\n  kpi y = x\n  metric p = team(q)\n  metric q = p + 1'), [
      { code: 'YS109', at: 'x' }, { code: 'YS109', at: 'p' },
    ]);
  });
});

describe('constant metrics', () => {
  it('warns about a metric that reads nothing', () => {
    expect(diagnosticsAt(inCard('  metric goal = 300s'))).toEqual([{ code: 'YS117', at: 'goal' }]);
  });
});
