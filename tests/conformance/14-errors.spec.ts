// Chapter 6 of the spec: every parse or check error has a stable code, a plain message (English and
// Chinese), a severity and 1-based line/column of the offending text; malformed input never crashes.
// The runner also checks, for every row of every chapter, that each diagnostic's span agrees with the source.
import { metricCard } from './builders';
import { runChapter, type Row } from './harness';

const lines = (...ls: string[]) => ls.join('\n');
const withKpi = (kpiLine: string) => lines(
  'scorecard t {',
  '  period month',
  '  metric csat = count(rating >= 4) / count() as percent',
  kpiLine,
  '  profile p default { k: 100% }',
  '}',
);
const syntax = (name: string, source: string, note: string, codes: string[] = ['YS010']): Row =>
  ({ name, source, expected: { error: codes }, note });

const rows: Row[] = [
  {
    name: 'an unknown name is reported at its line and columns', source: withKpi('  kpi k = csta * 100'),
    expected: { error: 'YS104', at: 'csta', line: 4, column: 11, endLine: 4, endColumn: 15, suggestion: 'csat' },
    note: '"  kpi k = " is 10 characters, so csta spans columns 11–14 (end exclusive 15) of line 4',
  },
  {
    name: 'CRLF line ends count as one line break', source: withKpi('  kpi k = csta * 100').replace(/\n/g, '\r\n'),
    expected: { error: 'YS104', at: 'csta', line: 4, column: 11 }, note: 'same position as with LF',
  },
  {
    name: 'columns after a Chinese label count UTF-16 units', source: withKpi('  kpi k "满意度" = csta * 100'),
    expected: { error: 'YS104', at: 'csta', line: 4, column: 17 }, note: '"  kpi k " 8 + "满意度" 5 + " = " 3 → column 17',
  },
  {
    name: 'columns after an emoji count two UTF-16 units', source: withKpi('  kpi k "😀" = csta * 100'),
    expected: { error: 'YS104', at: 'csta', line: 4, column: 16 }, note: '"😀" is a surrogate pair: 8 + 4 + 3 → column 16',
  },
  {
    name: 'a tab is one column', source: withKpi('\tkpi k = csta * 100'),
    expected: { error: 'YS104', at: 'csta', line: 4, column: 10 }, note: 'tab 1, "kpi k = " 8 → column 10',
  },
  {
    name: 'every error is reported, not just the first', source: withKpi('  kpi k = csta + fcrr'),
    expected: { diagnostics: [{ code: 'YS104', at: 'csta' }, { code: 'YS104', at: 'fcrr' }], error: 'YS104' },
    note: 'two unknown names, two diagnostics',
  },
  {
    name: 'a lexical error does not hide a check error',
    source: lines('scorecard t {', '  period month', '  @', '  metric n = count()', '  kpi k = nn', '  profile p default { k: 100% }', '}'),
    expected: { diagnostics: [{ code: 'YS001', at: '@', line: 3, column: 3 }, { code: 'YS104', at: 'nn', line: 5 }], error: 'YS001' },
    note: 'the stray @ and the unknown nn are both reported',
  },
  syntax('a scorecard without its opening brace', lines('scorecard t', '  period month', '}'), 'expected {'),
  syntax('an unclosed scorecard block', lines('scorecard t {', '  period month', '  metric n = count()'), 'the { is never closed', ['YS012', 'YS010']),
  syntax('an unclosed parenthesis', metricCard('(1 + 2'), 'the ( is never closed', ['YS012', 'YS010']),
  syntax('a metric without a name', metricCard('1').replace('metric v =', 'metric ='), 'expected a name'),
  syntax('a metric without =', metricCard('1').replace('metric v =', 'metric v'), 'expected ='),
  syntax('a metric without an expression', metricCard('').replace(/metric v = *\n/, 'metric v =\n'), 'expected an expression'),
  syntax('a source cut after =', 'scorecard t {\n  period month\n  metric v =', 'the file ends mid-item', ['YS010', 'YS012']),
  syntax('a profile entry without a colon', lines('scorecard t {', '  period month', '  metric n = count()', '  kpi k = n', '  profile p default { k 100% }', '}'), 'expected :'),
  syntax('an alert without notify', lines('scorecard t {', '  period month', '  metric n = count()', '  kpi k = n', '  alert a when n > 3', '  profile p default { k: 100% }', '}'),
    'alert … when … notify …'),
  syntax('a misspelt keyword', lines('scorecard t {', '  period month', '  metirc n = count()', '  kpi k = 1', '  profile p default { k: 100% }', '}'),
    'metirc is not an item', ['YS010', 'YS011']),
  syntax('text after the last block', `${metricCard('1')}\n42`, 'nothing may follow a block', ['YS011', 'YS010']),
  syntax('only closing and opening braces', '}}}{{{', 'garbage', ['YS010', 'YS011', 'YS012']),
  syntax('an operator with nothing after it', metricCard('1 +'), 'expected an expression'),
  syntax('a tier branch without an arrow', metricCard('tier(n) { >= 1 10  else -> 0 }'), 'expected ->'),
  syntax('a tier branch with == is not a tier operator', metricCard('tier(n) { == 1 -> 10  else -> 0 }'), 'OP is one of >= > <= <',
    ['YS010', 'YS011']),
  {
    name: 'an empty file is an empty document', source: '', expected: {}, note: 'nothing to report',
  },
  {
    name: 'a file of comments is an empty document', source: '# nothing here\n// nor here\n', expected: {}, note: 'comments only',
  },
  {
    name: 'deep nesting is an error, not a crash', source: metricCard(`${'('.repeat(3000)}1${')'.repeat(3000)}`),
    expected: { error: 'YS021' }, note: '3000 levels of parentheses exceed the nesting limit',
  },
  {
    name: 'unbalanced deep nesting is an error, not a crash', source: metricCard('('.repeat(20000)),
    expected: { error: ['YS021', 'YS010', 'YS012'] }, note: '20000 open parentheses',
  },
  {
    name: 'a long flat chain evaluates', source: metricCard(`${'1 + '.repeat(200)}1`),
    expected: { value: 201 }, note: '201 ones added',
  },
  {
    name: 'an unknown recipient is an error',
    source: lines('scorecard t {', '  period month', '  metric n = count()', '  kpi k = n', '  alert a when n > 3 notify boss', '  profile p default { k: 100% }', '}'),
    expected: { error: 'YS334', at: 'boss' }, note: 'agent, supervisor, admin or hr',
  },
  {
    name: 'a setting written twice is an error',
    source: lines('scorecard t {', '  period month', '  missing zero', '  missing zero', '  metric n = count()', '  kpi k = n', '  profile p default { k: 100% }', '}'),
    expected: { error: 'YS333' }, note: 'missing twice',
  },
  {
    name: 'a reserved word as a profile name', source: lines('scorecard t {', '  period month', '  metric n = count()', '  kpi k = n', '  profile default default { k: 100% }', '}'),
    expected: { error: ['YS015', 'YS010'] }, note: 'default is reserved',
  },
];

runChapter('§6 errors', rows);
