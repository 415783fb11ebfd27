import type { CompiledScorecard } from '@yardstick/dsl';
import { formatValue, periodText, type ScoreReport, type SubjectResult } from '@yardstick/engine';
import type { ReadSummary } from '@yardstick/contracts';
import { profileOf } from './json';

// The readable result: a header line, one aligned row per agent (ranked first, then unranked by name) and
// a summary of what was read. Numbers are rounded half away from zero to 2 decimals by the engine.

type Align = 'left' | 'right';

interface Column {
  readonly title: string;
  readonly align: Align;
  readonly cell: (r: SubjectResult) => string;
}

export function renderScoreTable(report: ScoreReport, scorecard: CompiledScorecard, summary: ReadSummary): string {
  const columns = columnsOf(scorecard);
  const rows = [...report.results].sort(byRank);
  const title = `${scorecard.key}${scorecard.label ? ` "${scorecard.label}"` : ''} · ${periodText(report.period)} · profile ${profileOf(report) || '—'}`;
  const body = rows.length === 0 ? ['(no agent has records in this period)'] : alignRows(columns, rows);
  const notes = rows.some((r) => r.rank === null) ? ['— in rank and score: not eligible, or no score'] : [];
  return [title, '', ...body, '', ...notes, summaryLine(summary, report)].join('\n') + '\n';
}

function columnsOf(scorecard: CompiledScorecard): Column[] {
  // kpis are the points the score weighs (`fcr * 100`), whatever unit the arithmetic leaves them in
  const kpiColumns: Column[] = scorecard.kpis.map((key) => ({
    title: key,
    align: 'right',
    cell: (r) => formatValue(r.kpis.find((k) => k.key === key)?.value ?? null, 'number'),
  }));
  const hasTargets = scorecard.targets.length > 0;
  return [
    { title: 'Rank', align: 'right', cell: (r) => (r.rank === null ? '—' : String(r.rank)) },
    { title: 'Agent', align: 'left', cell: (r) => r.subject },
    { title: 'Team', align: 'left', cell: (r) => r.team ?? '—' },
    { title: 'Score', align: 'right', cell: (r) => formatValue(r.eligible ? r.score : null, 'number') },
    ...kpiColumns,
    ...(hasTargets ? [{ title: 'Targets', align: 'right' as Align, cell: (r: SubjectResult) => `${r.targets.filter((t) => t.met).length}/${r.targets.length}` }] : []),
  ];
}

function byRank(a: SubjectResult, b: SubjectResult): number {
  if (a.rank !== b.rank) {
    if (a.rank === null) return 1;
    if (b.rank === null) return -1;
    return a.rank - b.rank;
  }
  return a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0;
}

function alignRows(columns: readonly Column[], rows: readonly SubjectResult[]): string[] {
  const cells = [columns.map((c) => c.title), ...rows.map((r) => columns.map((c) => c.cell(r)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i]))));
  return cells.map((row) => row.map((text, i) => pad(text, widths[i], columns[i].align)).join('  ').trimEnd());
}

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'left' ? text + fill : fill + text;
}

/** Terminal columns a text takes: CJK and other wide characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) as number) ? 2 : 1;
  return width;
}

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
    || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
    || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

function summaryLine(summary: ReadSummary, report: ScoreReport): string {
  const n = (x: number): string => x.toLocaleString('en-US');
  const agents = report.results.length;
  return `${n(summary.read)} rows read · ${n(summary.scored)} scored · ${n(summary.skipped)} outside the period · `
    + `${n(summary.rejected)} rejected · ${agents} ${agents === 1 ? 'agent' : 'agents'}`;
}
