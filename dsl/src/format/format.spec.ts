import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../parser/parse';
import { astEqual, stripSpans } from './ast-equal';
import { formatDocument } from './format';
import { checkFormatInvariants } from './format-invariants';

const fixture = (name: string): string => readFileSync(join(__dirname, '__fixtures__', name), 'utf8');

/** Formats a source that must parse cleanly, asserting every promise of the formatter on the way. */
function fmt(source: string): string {
  const { formatted, problems } = checkFormatInvariants(source);
  expect(problems).toEqual([]);
  expect(formatted).toBeDefined();
  return formatted as string;
}

const lines = (...ls: string[]): string => `${ls.join('\n')}\n`;

describe('formatDocument: the spec example', () => {
  it('formats the §1 example to the checked-in canonical form', () => {
    expect(fmt(fixture('spec-example.kpi'))).toBe(fixture('spec-example.formatted.kpi'));
  });

  it('leaves the canonical form unchanged', () => {
    const canonical = fixture('spec-example.formatted.kpi');
    expect(fmt(canonical)).toBe(canonical);
  });

  it('formats a messy rewrite of the example (spacing, parentheses, one-line blocks) to the canonical form', () => {
    expect(fmt(fixture('messy.kpi'))).toBe(fixture('messy.formatted.kpi'));
  });

  it('treats CRLF line endings and tab indentation like LF and spaces', () => {
    const source = fixture('spec-example.kpi');
    expect(fmt(source.replace(/\n/g, '\r\n'))).toBe(fixture('spec-example.formatted.kpi'));
    expect(fmt(source.replace(/^ {2}/gm, '\t'))).toBe(fixture('spec-example.formatted.kpi'));
    expect(fmt(source.replace(/\n/g, '\r'))).toBe(fixture('spec-example.formatted.kpi'));
  });
});

describe('formatDocument: layout', () => {
  it('puts a block written on one line into one item per line, indented by two spaces', () => {
    expect(fmt('scorecard a{period month metric x=count( ) kpi k "标签"=x*2 as number}')).toBe(lines(
      'scorecard a {', '  period month', '  metric x = count()', '  kpi k "标签" = x * 2 as number', '}'));
  });

  it('keeps one blank line where the author left one or more, and none where they left none', () => {
    const source = 'scorecard a {\n\n\n  period month\n\n\n\n  metric x = count()\n  metric y = x\n\n}\n';
    expect(fmt(source)).toBe(lines('scorecard a {', '  period month', '', '  metric x = count()', '  metric y = x', '}'));
  });

  it('separates top-level blocks by exactly one blank line', () => {
    const source = 'scorecard a { period month }compensation c { scorecard a payout = 1 }\n\n\n\nscorecard b { period day }';
    expect(fmt(source)).toBe(lines(
      'scorecard a {', '  period month', '}', '', 'compensation c {', '  scorecard a', '  payout = 1', '}', '',
      'scorecard b {', '  period day', '}'));
  });

  it('writes an empty block as `{}`', () => {
    expect(fmt('scorecard a {\n\n}')).toBe('scorecard a {}\n');
  });

  it('formats every kind of item in its canonical form', () => {
    const source = `scorecard s "标签" { subject team missing zero eligible when headcount() >= 3
      field vip : boolean alert a "警报" when x > 1 notify lead , hr
      target x >= 90% when not vip_only target y < 5m }`;
    expect(fmt(source)).toBe(lines(
      'scorecard s "标签" {', '  subject team', '  missing zero', '  eligible when headcount() >= 3', '  field vip: boolean',
      '  alert a "警报" when x > 1 notify lead, hr', '  target x >= 90% when not vip_only', '  target y < 5m', '}'));
  });

  it('prints literals as written', () => {
    expect(fmt('scorecard a { metric m = 1.50 + 90% + 1.5h + 0.5d + "say \\"hi\\"" + true + null }')).toBe(lines(
      'scorecard a {', '  metric m = 1.50 + 90% + 1.5h + 0.5d + "say \\"hi\\"" + true + null', '}'));
  });

  it('keeps `where` inside the call and writes if/then/else inline', () => {
    expect(fmt('scorecard a { metric m = avg( handle_seconds  where  (channel=="chat") ) metric n = if m>1 then 1 else 2 }')).toBe(lines(
      'scorecard a {', '  metric m = avg(handle_seconds where channel == "chat")', '  metric n = if m > 1 then 1 else 2', '}'));
  });

  it('aligns the arrows of a tier block, one branch per line', () => {
    expect(fmt('scorecard a { kpi k = tier(x) { >= 100% -> 100 > 5 -> 1 else -> 0 } }')).toBe(lines(
      'scorecard a {', '  kpi k = tier(x) {', '    >= 100% -> 100', '    > 5     -> 1', '    else    -> 0', '  }', '}'));
  });

  it('indents a tier nested in a tier', () => {
    expect(fmt('scorecard a { kpi k = tier(x) { >= 1 -> tier(y) { < 2 -> 3 else -> 4 } else -> 0 } as number }')).toBe(lines(
      'scorecard a {', '  kpi k = tier(x) {', '    >= 1 -> tier(y) {', '      < 2  -> 3', '      else -> 4', '    }', '    else -> 0',
      '  } as number', '}'));
  });

  it('keeps a short profile on one line and drops a trailing comma', () => {
    expect(fmt('scorecard a { profile p "日常" default {\n a: 40%,\n b: 60%,\n} }')).toBe(lines(
      'scorecard a {', '  profile p "日常" default { a: 40%, b: 60% }', '}'));
  });

  it('puts one weight per line when the profile does not fit in 100 columns (wide characters count two)', () => {
    const names = ['first_contact_score', 'satisfaction_score', 'handle_time_score', 'response_score'];
    const source = `scorecard a { profile p { ${names.map((n) => `${n}: 25%`).join(', ')} } }`;
    expect(fmt(source)).toBe(lines('scorecard a {', '  profile p {', ...names.map((n, i) => `    ${n}: 25%${i < 3 ? ',' : ''}`), '  }', '}'));
    // 93 characters but 105 columns on screen: the Chinese label does not fit
    const wide = 'scorecard a { profile p "一二三四五六七八九十一二" { aaaaaaaaa: 25%, bbbbbbbbb: 25%, ccccccccc: 25%, ddddddddd: 25% } }';
    expect(fmt(wide)).toContain('  profile p "一二三四五六七八九十一二" {\n    aaaaaaaaa: 25%,\n');
    expect(fmt(wide.replace(/[一-十]/g, 'x'))).toContain('{ aaaaaaaaa: 25%, bbbbbbbbb: 25%, ccccccccc: 25%, ddddddddd: 25% }');
  });

  it('writes a profile with both `default` and `active`', () => {
    expect(fmt('scorecard a { profile p default active 2026-01-01..2026-01-31 { k: 100% } }')).toContain(
      '  profile p default active 2026-01-01..2026-01-31 { k: 100% }\n');
  });

  it('returns an empty text for an empty document and ends every other with one newline', () => {
    expect(fmt('')).toBe('');
    expect(fmt('\n\n   \n')).toBe('');
    expect(fmt('scorecard a {}\n\n\n')).toBe('scorecard a {}\n');
  });
});

describe('formatDocument: comments', () => {
  it('keeps leading and trailing comments beside their items', () => {
    const source = '# head\nscorecard a { # opens\n  # about x\n  metric x = count()   # note\n  metric y = x // slashes\n} # closes\n# tail\n';
    expect(fmt(source)).toBe(lines(
      '# head', 'scorecard a {  # opens', '  # about x', '  metric x = count()  # note', '  metric y = x  // slashes', '}  # closes', '# tail'));
  });

  it('moves comments from inside an expression before its item, in order, keeping the last one trailing', () => {
    const source = 'scorecard a {\n  metric x = count(rating >= 4) # ratio of\n    # good ratings\n    / count()   # to all\n}\n';
    expect(fmt(source)).toBe(lines(
      'scorecard a {', '  # ratio of', '  # good ratings', '  metric x = count(rating >= 4) / count()  # to all', '}'));
  });

  it('keeps comments on tier branches and before else and the closing brace', () => {
    const source = 'scorecard a { kpi k = tier(x) { >= 1 -> 2 # one\n # before else\n else -> 3 # three\n # before close\n } * 2 # after\n }';
    expect(fmt(source)).toBe(lines(
      'scorecard a {', '  kpi k = tier(x) {', '    >= 1 -> 2  # one', '    # before else', '    else -> 3  # three', '    # before close',
      '  } * 2  # after', '}'));
  });

  it('writes a profile with a comment inside one weight per line, so the comment stays by its weight', () => {
    const source = 'scorecard a { profile p { # weights\n a: 60%, # mostly a\n b: 40% } }';
    expect(fmt(source)).toBe(lines('scorecard a {', '  profile p {  # weights', '    a: 60%,  # mostly a', '    b: 40%', '  }', '}'));
  });

  it('keeps dangling comments at the end of a block inside it, and comments of an empty block', () => {
    expect(fmt('scorecard a { period day\n\n # later\n}')).toBe(lines('scorecard a {', '  period day', '', '  # later', '}'));
    expect(fmt('scorecard a {\n # nothing yet\n}')).toBe(lines('scorecard a {', '  # nothing yet', '}'));
  });

  it('keeps a blank line between comments and between a comment and its item', () => {
    const source = '# Section\n\n# about a\nscorecard a {\n  # Settings\n\n  period day\n}\n';
    expect(fmt(source)).toBe(source);
  });

  it('keeps a file that holds only comments', () => {
    expect(fmt('# one\n\n\n// two   \n')).toBe(lines('# one', '', '// two'));
  });

  it('keeps comments that sit inside headers, calls and active ranges', () => {
    const source = [
      'scorecard # name next', 'a "x" # label done', '{ metric m = avg( # field', 'handle_seconds', 'where # filter', 'channel == "chat")',
      'profile p', '# before range', 'active 2026-01-01..2026-01-02 { k: 100% } }',
    ].join('\n');
    const out = fmt(source);
    for (const c of ['# name next', '# label done', '# field', '# filter', '# before range']) expect(out).toContain(c);
  });
});

describe('formatDocument: never changes meaning', () => {
  it('gives a tree equal to the original modulo spans', () => {
    const source = fixture('messy.kpi');
    const a = parseDocument(source).value!;
    const b = parseDocument(formatDocument(a, source)).value!;
    expect(astEqual(a, b)).toBe(true);
    expect(stripSpans(b.blocks)).toEqual(stripSpans(a.blocks));
  });

  it('astEqual tells different trees apart, including a flag kept as a span', () => {
    const tree = (s: string) => parseDocument(s).value;
    expect(astEqual(tree('scorecard a { metric m = 1 - (2 - 3) }'), tree('scorecard a { metric m = 1 - 2 - 3 }'))).toBe(false);
    expect(astEqual(tree('scorecard a { profile p default { k: 100% } }'), tree('scorecard a { profile p { k: 100% } }'))).toBe(false);
    expect(astEqual(tree('scorecard a { metric m = 90% }'), tree('scorecard a { metric m = 0.9 }'))).toBe(false);
    expect(astEqual(tree('scorecard a {\n  metric m = 1 }'), tree('scorecard   a { metric m = (1) }'))).toBe(true);
  });
});
