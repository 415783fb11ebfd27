// Chapter 2 of the spec: comments, identifiers, labels, literals, reserved words.
import { column, condCard, metricCard } from './builders';
import { runChapter, type Row } from './harness';

const rows: Row[] = [
  {
    name: 'a # comment runs to the end of the line',
    source: metricCard('1 + 2 # + 100'),
    expected: { value: 3 }, note: '1 + 2 = 3; "# + 100" is a comment',
  },
  {
    name: 'a // comment runs to the end of the line',
    source: metricCard('1 // 2'),
    expected: { value: 1 }, note: '"// 2" is a comment, not a division: v = 1',
  },
  {
    name: 'comment lines anywhere in a scorecard',
    source: '# top\nscorecard t { # after brace\n  period month // unit\n  # own line\n  metric n = count()\n  kpi k = n\n  profile p default { k: 100% } # end\n}\n# trailing',
    expected: { agents: { a1: { score: 1 } } }, note: 'comments are ignored: one record, k = count() = 1, score = 100% × 1',
  },
  {
    name: 'a comment may hold an unbalanced quote',
    source: metricCard('5 # "not a string'),
    expected: { value: 5, without: ['YS002'] }, note: 'the quote is inside a comment: no unterminated string',
  },
  {
    name: 'newlines are insignificant inside an expression',
    source: metricCard('1 +\n     2\n     * 3'),
    expected: { value: 7 }, note: '1 + 2 × 3 = 7 across three lines',
  },
  {
    name: 'whitespace is only a separator',
    source: 'scorecard t{period month metric n=count() metric v=(1+2)*3 kpi k=n profile p default{k:100%}}',
    expected: { value: 9 }, note: 'no spaces at all: (1 + 2) × 3 = 9',
  },
  {
    name: 'tabs and carriage returns are whitespace',
    source: metricCard('2\t*\t4').replace(/\n/g, '\r\n'),
    expected: { value: 8 }, note: 'CRLF line ends and tabs: 2 × 4 = 8',
  },
  {
    name: 'identifiers with underscores and digits',
    source: metricCard('_m2 * 2', { tail: '  metric _m2 = 5\n  metric m_3_x = _m2 + 1' }),
    expected: { value: 10 }, note: '_m2 = 5; v = 5 × 2 = 10',
  },
  {
    name: 'identifiers that start with a reserved word stay identifiers',
    source: metricCard('android + orbit + nothing + truest + iffy + tiered + whenever + asset + format',
      { tail: '  metric android = 1\n  metric orbit = 2\n  metric nothing = 3\n  metric truest = 4\n  metric iffy = 5\n  metric tiered = 6\n  metric whenever = 7\n  metric asset = 8\n  metric format = 9' }),
    expected: { value: 45 }, note: 'and/or/not/true/if/tier/when/as/for…: longest match keeps the identifier; 1+…+9 = 45',
  },
  {
    name: 'identifiers are case-sensitive',
    source: metricCard('Aht + aht', { tail: '  metric Aht = 1\n  metric aht = 10' }),
    expected: { value: 11 }, note: 'Aht and aht are two metrics: 1 + 10 = 11',
  },
  {
    name: 'an identifier cannot start with a digit',
    source: 'scorecard t {\n  period month\n  metric 2x = count()\n  kpi k = 1\n  profile p default { k: 100% }\n}',
    expected: { error: ['YS003', 'YS010'] }, note: '`2x` is not a name: [A-Za-z_][A-Za-z0-9_]*',
  },
  ...['where', 'tier', 'default', 'null', 'payout'].map((word): Row => ({
    name: `reserved word \`${word}\` cannot name a metric`,
    source: `scorecard t {\n  period month\n  metric ${word} = count()\n  kpi k = 1\n  profile p default { k: 100% }\n}`,
    expected: { error: ['YS015', 'YS010'], at: word }, note: `\`${word}\` is in the reserved list of §2`,
  })),
  {
    name: 'labels hold any Unicode text',
    source: 'scorecard t "一线客服 ✓" {\n  period month\n  metric n "询单 😀" = count()\n  kpi k "满意度 «x» \\"q\\"" = n\n  profile p "日常" default { k: 100% }\n}',
    expected: { agents: { a1: { kpis: { k: { value: 1, label: '满意度 «x» "q"' } } } } },
    note: 'labels are strings with any Unicode; \\" unescapes to "; k = count() = 1',
  },
  { name: 'integer literal', source: metricCard('12'), expected: { value: 12 }, note: '12' },
  { name: 'decimal literal', source: metricCard('0.5'), expected: { value: 0.5 }, note: '0.5' },
  { name: 'percent literal is a fraction', source: metricCard('90%'), expected: { value: 0.9 }, note: '90% = 0.9' },
  { name: 'decimal percent literal', source: metricCard('12.5%'), expected: { value: 0.125 }, note: '12.5% = 0.125' },
  { name: 'seconds literal', source: metricCard('30s'), expected: { value: 30 }, note: '30s = 30 seconds' },
  { name: 'minutes literal', source: metricCard('5m'), expected: { value: 300 }, note: '5m = 5 × 60 = 300 s' },
  { name: 'hours literal', source: metricCard('2h'), expected: { value: 7200 }, note: '2h = 2 × 3600 = 7200 s' },
  { name: 'days literal', source: metricCard('1d'), expected: { value: 86400 }, note: '1d = 24 × 3600 = 86400 s' },
  { name: 'fractional hours literal', source: metricCard('1.5h'), expected: { value: 5400 }, note: '1.5h = 1.5 × 3600 = 5400 s' },
  { name: 'fractional minutes literal', source: metricCard('0.5m'), expected: { value: 30 }, note: '0.5m = 30 s' },
  { name: 'true literal', source: condCard('true'), expected: { value: 1 }, note: 'if true then 1 else 0 = 1' },
  { name: 'false literal', source: condCard('false'), expected: { value: 0 }, note: 'if false then 1 else 0 = 0' },
  { name: 'null literal', source: metricCard('null'), expected: { value: null }, note: 'v = null' },
  {
    name: 'string escapes \\" and \\\\',
    source: metricCard('count(channel == "a\\"b") * 10 + count(channel == "c\\\\d")'),
    inputs: { records: column('channel', ['a"b', 'c\\d', 'c\\d', 'x']) },
    expected: { value: 12 }, note: 'one record a"b (×10) + two records c\\d = 12',
  },
  {
    name: '// and # inside a string are text',
    source: metricCard('count(channel == "http://x#1")'),
    inputs: { records: column('channel', ['http://x#1', 'http:']) },
    expected: { value: 1 }, note: 'the string is http://x#1, matching one record',
  },
  {
    name: 'an unknown escape is an error',
    source: metricCard('count(channel == "a\\nb")'),
    expected: { error: 'YS005', at: '\\n' }, note: 'only \\" and \\\\ are escapes',
  },
  {
    name: 'an unterminated string is an error',
    source: metricCard('count(channel == "chat)'),
    expected: { error: 'YS002' }, note: 'the string never closes',
  },
  {
    name: 'a date outside an active range is an error',
    source: metricCard('2026-11-01'),
    expected: { error: 'YS013', at: '2026-11-01' }, note: 'dates only in `active` ranges',
  },
  {
    name: 'a date that does not exist is an error',
    source: 'scorecard t {\n  period month\n  metric n = count()\n  kpi k = n\n  profile p default { k: 100% }\n  profile q active 2026-02-30..2026-03-02 { k: 100% }\n}',
    expected: { error: 'YS004', at: '2026-02-30' }, note: 'February 2026 has 28 days',
  },
  {
    name: 'a leap day exists in a leap year',
    source: 'scorecard t {\n  period month\n  metric n = count()\n  kpi k = n\n  profile p default { k: 100% }\n  profile q active 2028-02-29..2028-03-02 { k: 100% }\n}',
    expected: { without: ['YS004'] }, note: '2028 is a leap year',
  },
  {
    name: 'an unexpected character is an error',
    source: metricCard('1 @ 2'),
    expected: { error: 'YS001', at: '@' }, note: '@ is not in the language',
  },
  {
    name: 'a malformed number is an error',
    source: metricCard('1.2.3'),
    expected: { error: ['YS003', 'YS010', 'YS011'] }, note: '1.2.3 is not a number',
  },
  {
    name: 'percent literals subtract as fractions',
    source: metricCard('50% - 12.5%'),
    expected: { value: 0.375 }, note: '0.5 − 0.125 = 0.375',
  },
];

runChapter('§2 lexical rules', rows);
