import type { CompareOp, Expr, ProfileDecl, ScorecardDecl, TargetDecl } from '../ast/nodes';
import { hasErrors } from '../diagnostics/diagnostic';
import { parseDocument } from '../parser/parse';
import { eq12 } from '../runtime/numbers';

// The low-code view of a scorecard source: a kpis × profiles table of weights and a table of targets, read from
// the language's own parse tree (never from a second grammar), so the tables show exactly what the engine scores.
// Pure: the source in, plain data out; the tables are re-read from the source after every edit, whichever side
// made it.

export interface KpiRow {
  name: string;
  label: string | null;
  /** false for a name a profile weighs that no `kpi` declares (the checker reports it) */
  declared: boolean;
}

export interface WeightCell {
  /** the weight as written (`40%`, `10% + 5%`) */
  text: string;
  /** the weight in percent (40 for `40%`) when it is a plain percentage literal, else null */
  percent: number | null;
}

export interface ProfileColumn {
  name: string;
  label: string | null;
  isDefault: boolean;
  /** by kpi name */
  weights: Record<string, WeightCell>;
  /** sum of the readable weights, in percent, without binary artefacts */
  total: number;
  /** every weight is a plain percentage, so the total is the profile's real total */
  complete: boolean;
  /** the total is 100% (to 12 significant digits, as the checker compares) */
  totalIsHundred: boolean;
}

export interface TargetRow {
  /** position among the scorecard's targets (0-based): what the edit functions take */
  index: number;
  metric: string;
  op: CompareOp;
  /** the target value as written (`90%`, `420s`) */
  value: string;
  /** the condition as written, or null for an unconditional target */
  when: string | null;
}

export type NotEditableReason = 'syntax' | 'no-scorecard';

export interface ScorecardTables {
  /** the tables may be edited: the source parses without errors and holds a scorecard */
  editable: boolean;
  reason: NotEditableReason | null;
  kpis: KpiRow[];
  profiles: ProfileColumn[];
  targets: TargetRow[];
  /** metrics then kpis: what a target may name */
  targetNames: string[];
}

const EMPTY: Omit<ScorecardTables, 'editable' | 'reason'> = { kpis: [], profiles: [], targets: [], targetNames: [] };

/** The tables of the (first) scorecard of `source`. Never throws. */
export function readTables(source: string): ScorecardTables {
  const parsed = parseDocument(source);
  const scorecard = parsed.value ? firstScorecard(parsed.value.blocks) : undefined;
  if (!scorecard) return { ...EMPTY, editable: false, reason: parsed.value && !hasErrors(parsed.diagnostics) ? 'no-scorecard' : 'syntax' };
  const syntaxOk = !hasErrors(parsed.diagnostics);
  const profiles = scorecard.items.filter((item): item is ProfileDecl => item.kind === 'profile').map((p) => profileColumn(source, p));
  return {
    editable: syntaxOk,
    reason: syntaxOk ? null : 'syntax',
    kpis: kpiRows(scorecard, profiles),
    profiles,
    targets: scorecard.items.filter((item): item is TargetDecl => item.kind === 'target').map((t, index) => targetRow(source, t, index)),
    targetNames: scorecard.items.flatMap((item) => (item.kind === 'metric' || item.kind === 'kpi') && item.name.name ? [item.name.name] : []),
  };
}

export function firstScorecard(blocks: readonly { kind: string }[]): ScorecardDecl | undefined {
  return blocks.find((block): block is ScorecardDecl => block.kind === 'scorecard');
}

export const textOf = (source: string, node: { span: { start: { offset: number }; end: { offset: number } } }): string =>
  source.slice(node.span.start.offset, node.span.end.offset);

function kpiRows(scorecard: ScorecardDecl, profiles: readonly ProfileColumn[]): KpiRow[] {
  const rows: KpiRow[] = [];
  const seen = new Set<string>();
  for (const item of scorecard.items) {
    if (item.kind !== 'kpi' || !item.name.name || seen.has(item.name.name)) continue;
    seen.add(item.name.name);
    rows.push({ name: item.name.name, label: item.label?.value ?? null, declared: true });
  }
  for (const profile of profiles) {
    for (const name of Object.keys(profile.weights)) {
      if (!seen.has(name)) {
        seen.add(name);
        rows.push({ name, label: null, declared: false });
      }
    }
  }
  return rows;
}

function profileColumn(source: string, profile: ProfileDecl): ProfileColumn {
  const weights: Record<string, WeightCell> = {};
  let total = 0;
  let complete = true;
  for (const entry of profile.weights) {
    const name = entry.kpi.name;
    if (!name || weights[name]) continue;
    const percent = percentOf(entry.value);
    weights[name] = { text: textOf(source, entry.value), percent };
    if (percent === null) complete = false;
    else total += percent;
  }
  const rounded = tidy(total);
  return {
    name: profile.name.name, label: profile.label?.value ?? null, isDefault: profile.default !== undefined,
    weights, total: rounded, complete, totalIsHundred: complete && eq12(rounded, 100),
  };
}

function targetRow(source: string, target: TargetDecl, index: number): TargetRow {
  return {
    index, metric: target.metric.name, op: target.op, value: textOf(source, target.value),
    when: target.when ? textOf(source, target.when) : null,
  };
}

/** `40%` → 40; anything but a plain percentage literal → null. */
function percentOf(value: Expr): number | null {
  return value.kind === 'percent' && Number.isFinite(value.value) ? tidy(value.value * 100) : null;
}

/** A percentage without binary artefacts: 12 significant digits, as the language compares. */
export const tidy = (value: number): number => Number(value.toPrecision(12));
