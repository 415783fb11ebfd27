import { checkSource, diagnosticsAt, errorsAt, type Found } from '../testing';

// Scoring structure (spec §5): profiles, tiers, targets, settings, alerts: YS300–YS335.

const expectErrors = (source: string, expected: Found[]) => expect(errorsAt(source)).toEqual(expected);
const expectAll = (source: string, expected: Found[]) => expect(diagnosticsAt(source)).toEqual(expected);
const message = (source: string, code: string) => checkSource(source).find((d) => d.code === code)?.message;

const HEAD = [
  '  metric csat = count(rating >= 4) / count() as percent',
  '  metric aht = avg(handle_seconds)',
  '  kpi a = csat * 100',
  '  kpi b = 100 - aht / 10s',
  '  kpi c = 50',
].join('\n');
const card = (body: string) => `scorecard frontline {\n${HEAD}\n${body}\n}\n`;
const DEFAULT = '  profile normal default { a: 50%, b: 30%, c: 20% }';

describe('profile weights', () => {
  it('accepts weights summing to 100% to 12 significant digits', () => {
    expectAll(card('  profile normal default { a: 33.3333333333333%, b: 33.3333333333333%, c: 33.3333333333334% }'), []);
    expectAll(card('  profile normal default { a: 10%, b: 20%, c: 70% }'), []);
  });

  it('says how far short of 100% the weights are', () => {
    const source = card('  profile peak default { a: 40%, b: 30%, c: 25% }');
    expectErrors(source, [{ code: 'YS300', at: 'peak' }]);
    expect(message(source, 'YS300')).toBe('weights of profile `peak` sum to 95%, 5% short of 100%');
  });

  it('says how far over 100% the weights are', () => {
    expect(message(card('  profile peak default { a: 50%, b: 30%, c: 30% }'), 'YS300')).toBe('weights of profile `peak` sum to 110%, 10% over 100%');
  });

  it('reports a weight on something that is not a kpi, with a suggestion', () => {
    expectErrors(card('  profile normal default { a: 50%, bb: 30%, csat: 20% }'), [
      { code: 'YS301', at: 'bb', suggestion: 'b' }, { code: 'YS301', at: 'csat' },
    ]);
  });

  it('reports weights that are not constant percentages between 0% and 100%', () => {
    expectErrors(card('  profile normal default { a: 40, b: csat, c: 120% }'), [
      { code: 'YS302', at: '40' }, { code: 'YS302', at: 'csat' }, { code: 'YS302', at: '120%' },
    ]);
  });

  it('reports a kpi weighted twice at the second weight', () => {
    expectErrors(card('  profile normal default { a: 50%, b: 30%, a: 20% }'), [{ code: 'YS303', at: 'a' }]);
  });
});

describe('profile defaults and ranges', () => {
  it('requires a default profile', () => {
    expectErrors(card('  profile normal { a: 50%, b: 30%, c: 20% }'), [{ code: 'YS306', at: 'frontline' }]);
  });

  it('reports a second default at its keyword', () => {
    const source = card(`${DEFAULT}\n  profile other default { a: 50%, b: 30%, c: 20% }`);
    expectErrors(source, [{ code: 'YS307', at: 'default' }]);
    expect(checkSource(source)[0].span.start.line).toBe(8);
  });

  it('requires at least one profile', () => {
    expectErrors(card(''), [{ code: 'YS308', at: 'frontline' }]);
  });

  it('reports a range that ends before it starts', () => {
    expectErrors(card(`${DEFAULT}\n  profile p active 2026-11-11..2026-11-01 { a: 100% }`), [{ code: 'YS305', at: '2026-11-11..2026-11-01' }]);
  });

  it('reports overlapping ranges, naming both profiles and the shared days', () => {
    const source = card(`${DEFAULT}\n  profile p active 2026-11-01..2026-11-11 { a: 100% }\n  profile q active 2026-11-10..2026-11-20 { a: 100% }`);
    expectErrors(source, [{ code: 'YS304', at: '2026-11-10..2026-11-20' }]);
    expect(message(source, 'YS304')).toBe('active ranges of `p` and `q` overlap (2026-11-10..2026-11-11)');
  });

  it('reports an impossible day once (the parser does) and nothing more about that range', () => {
    expectErrors(card(`${DEFAULT}\n  profile p active 2026-02-30..2026-03-01 { a: 100% }`), [{ code: 'YS004', at: '2026-02-30' }]);
  });

  it('accepts ranges that touch without overlapping', () => {
    expectErrors(card(`${DEFAULT}\n  profile p active 2026-11-01..2026-11-10 { a: 100% }\n  profile q active 2026-11-11..2026-11-20 { a: 100% }`), []);
  });

  it('warns about a kpi no profile weighs', () => {
    expectAll(card('  profile normal default { a: 70%, b: 30% }'), [{ code: 'YS335', at: 'c' }]);
  });
});

describe('tiers', () => {
  const tier = (branches: string) => card(`  kpi t = tier(csat) {\n${branches}\n  }\n  profile normal default { a: 25%, b: 25%, c: 25%, t: 25% }`);

  it('requires an else branch, reported at the tier keyword', () => {
    expectErrors(tier('    >= 90% -> 100\n    >= 80% -> 50'), [{ code: 'YS310', at: 'tier' }]);
  });

  it('requires constant thresholds', () => {
    expectErrors(tier('    >= aht -> 100\n    else -> 0'), [{ code: 'YS312', at: 'aht' }]);
  });

  it('warns about a >= branch after a lower >= threshold', () => {
    const source = tier('    >= 80% -> 60\n    >= 90% -> 80\n    else -> 0');
    expectAll(source, [{ code: 'YS311', at: '>= 90% -> 80' }]);
    expect(message(source, 'YS311')).toBe('this branch can never win: `>= 80%` on line 8 already covers it');
  });

  it('warns symmetrically for <= chains and for > after >= at the same threshold', () => {
    expectAll(tier('    <= 90% -> 60\n    <= 80% -> 80\n    else -> 0'), [{ code: 'YS311', at: '<= 80% -> 80' }]);
    expectAll(tier('    >= 90% -> 60\n    > 90% -> 80\n    else -> 0'), [{ code: 'YS311', at: '> 90% -> 80' }]);
    expectAll(tier('    > 90% -> 60\n    >= 90% -> 80\n    else -> 0'), []);
  });

  it('reports every dead branch', () => {
    expectAll(tier('    >= 50% -> 1\n    >= 60% -> 2\n    >= 70% -> 3\n    else -> 0'), [
      { code: 'YS311', at: '>= 60% -> 2' }, { code: 'YS311', at: '>= 70% -> 3' },
    ]);
  });

  it('flags mixed directions only when provably dead', () => {
    expectAll(tier('    >= 90% -> 1\n    < 50% -> 2\n    >= 60% -> 3\n    else -> 0'), []);
    expectAll(tier('    >= 50% -> 1\n    < 50% -> 2\n    >= 10% -> 3\n    else -> 0'), [{ code: 'YS311', at: '>= 10% -> 3' }]);
  });
});

describe('targets', () => {
  it('accepts targets in the metric unit with conditional lines first', () => {
    expectAll(card(`${DEFAULT}\n  target csat >= 90%\n  target aht <= 420s when agent.tenure_days < 90\n  target aht <= 360s`), []);
  });

  it('reports a target on a kpi and on an unknown name', () => {
    expectErrors(card(`${DEFAULT}\n  target a >= 90\n  target csta >= 90%`), [
      { code: 'YS320', at: 'a' }, { code: 'YS104', at: 'csta', suggestion: 'csat' },
    ]);
  });

  it('reports a target value in another unit', () => {
    const source = card(`${DEFAULT}\n  target aht <= 90%`);
    expectErrors(source, [{ code: 'YS200', at: '90%' }]);
    expect(message(source, 'YS200')).toBe('cannot compare duration and percent');
  });

  it('warns about a target line after an unconditional one', () => {
    expectAll(card(`${DEFAULT}\n  target aht <= 360s\n  target aht <= 420s when agent.tenure_days < 90`), [
      { code: 'YS321', at: 'target aht <= 420s when agent.tenure_days < 90' },
    ]);
  });
});

describe('settings and alerts', () => {
  it('reports unknown period, subject and missing values with suggestions', () => {
    expectErrors(card(`  period mnth\n  subject agnet\n  missing zeros\n${DEFAULT}`), [
      { code: 'YS330', at: 'mnth', suggestion: 'month' }, { code: 'YS331', at: 'agnet', suggestion: 'agent' },
      { code: 'YS332', at: 'zeros', suggestion: 'zero' },
    ]);
  });

  it('reports a setting given twice', () => {
    expectErrors(card(`  period month\n  period week\n  missing zero\n  missing zero\n${DEFAULT}`), [
      { code: 'YS333', at: 'period week' }, { code: 'YS333', at: 'missing zero' },
    ]);
  });

  it('reports unknown alert recipients', () => {
    expectErrors(card(`${DEFAULT}\n  alert slow when aht > 10m notify supervisr, boss`), [
      { code: 'YS334', at: 'supervisr', suggestion: 'supervisor' }, { code: 'YS334', at: 'boss' },
    ]);
  });
});
