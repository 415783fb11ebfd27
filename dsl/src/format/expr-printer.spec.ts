import { checkFormatInvariants } from './format-invariants';

/** The canonical text of one expression, through the whole formatter (so the invariants are checked too). */
function canonical(expr: string): string {
  const { formatted, problems } = checkFormatInvariants(`scorecard s { metric m = ${expr} }`);
  expect(problems).toEqual([]);
  const line = (formatted ?? '').split('\n')[1];
  return line.replace(/^ {2}metric m = /, '');
}

describe('expression printer: minimal parentheses', () => {
  it.each([
    ['(a - b) / c', '(a - b) / c'],
    ['a - (b - c)', 'a - (b - c)'],
    ['a - (b + c)', 'a - (b + c)'],
    ['((a - b)) - c', 'a - b - c'],
    ['a + (b + c)', 'a + (b + c)'],
    ['(a * b) + c', 'a * b + c'],
    ['a * (b + c)', 'a * (b + c)'],
    ['(a / b) / c', 'a / b / c'],
    ['a / (b / c)', 'a / (b / c)'],
    ['a / (b * c)', 'a / (b * c)'],
    ['-(a + b)', '-(a + b)'],
    ['-(a * b)', '-(a * b)'],
    ['(-a) * b', '-a * b'],
    ['- -a', '-(-a)'],
    ['-(-a)', '-(-a)'],
    ['a - -b', 'a - -b'],
    ['a-(-b)', 'a - -b'],
    ['-(agent.x)', '-agent.x'],
  ])('arithmetic %s → %s', (input, expected) => expect(canonical(input)).toBe(expected));

  it.each([
    ['not (a and b)', 'not (a and b)'],
    ['(not a) and b', 'not a and b'],
    ['not (a == b)', 'not a == b'],
    ['not not a', 'not not a'],
    ['(a or b) and c', '(a or b) and c'],
    ['a or (b and c)', 'a or b and c'],
    ['(a and b) and c', 'a and b and c'],
    ['a and (b and c)', 'a and (b and c)'],
    ['(a < b) == c', '(a < b) == c'],
    ['a == (b < c)', 'a == (b < c)'],
    ['(a + b) < (c * d)', 'a + b < c * d'],
    ['a == (not b)', 'a == (not b)'],
    ['(not a) == b', '(not a) == b'],
  ])('logic %s → %s', (input, expected) => expect(canonical(input)).toBe(expected));

  it.each([
    ['(if a then b else c) + 1', '(if a then b else c) + 1'],
    ['1 + (if a then b else c)', '1 + (if a then b else c)'],
    ['if (if a then b else c) then d else e', 'if (if a then b else c) then d else e'],
    ['if a then (if b then c else d) else e', 'if a then (if b then c else d) else e'],
    ['if a then b else (if c then d else e)', 'if a then b else if c then d else e'],
    ['if (a or b) then (c + d) else (e)', 'if a or b then c + d else e'],
    ['-(if a then b else c)', '-(if a then b else c)'],
    ['not (if a then b else c)', 'not (if a then b else c)'],
  ])('if %s → %s', (input, expected) => expect(canonical(input)).toBe(expected));

  it.each([
    ['f((a + b), (c))', 'f(a + b, c)'],
    ['count((x) where (y or z))', 'count(x where y or z)'],
    ['percentile(handle_seconds where (priority == "urgent"), (90))', 'percentile(handle_seconds where priority == "urgent", 90)'],
    ['agent.b * (tier(s) { else -> 1 })', 'agent.b * tier(s) {'],
    ['max(if a then b else c, 1)', 'max(if a then b else c, 1)'],
  ])('calls %s → %s', (input, expected) => expect(canonical(input)).toBe(expected));

  it('parenthesises tier thresholds and results that would swallow the next branch', () => {
    const { formatted, problems } = checkFormatInvariants(
      'scorecard s { kpi k = tier(x) { >= (a > b) -> (c == d) > (1 + 2) -> (if p then 1 else 2) else -> (not e) } }');
    expect(problems).toEqual([]);
    expect(formatted).toContain('    >= (a > b) -> (c == d)\n    > 1 + 2    -> (if p then 1 else 2)\n    else       -> (not e)\n');
  });

  it('keeps deep left chains and deep nesting within the parser limits', () => {
    const chain = Array.from({ length: 200 }, (_, i) => `a${i}`).join(' - ');
    expect(canonical(chain)).toBe(chain);
    const nested = `${'('.repeat(50)}a${' + b)'.repeat(50)}`;
    expect(canonical(nested)).toBe(`a${' + b'.repeat(50)}`);
    const right = `${'a - ('.repeat(39)}a - b${')'.repeat(39)}`;
    expect(canonical(right)).toBe(right);
  });
});
