import type { ProfileDecl, WeightEntry } from '../ast/nodes';
import { applyAndFormat, codeTokens, numberText, parseForEdit, type EditResult, type TextEdit } from './source-edit';

// A weight cell of the kpis × profiles table, written back into the profile's block. Candidate for dsl/
// (`setWeight` is a source transformation any editor of the language could use): kept in the console until
// the language package offers it.

/**
 * `source` with kpi `kpi` weighing `percent`% in profile `profile` (40 → `kpi: 40%`), formatted. An existing
 * weight's value is replaced where it is written; a new one is appended to the profile; `null` removes it.
 */
export function setWeight(source: string, profile: string, kpi: string, percent: number | null): EditResult {
  if (percent !== null && !(Number.isFinite(percent) && percent >= 0 && percent <= 100)) {
    return { ok: false, reason: 'invalid-value', detail: 'a weight is a percentage from 0 to 100' };
  }
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(kpi)) return { ok: false, reason: 'invalid-value', detail: `\`${kpi}\` is not a kpi name` };
  const parsed = parseForEdit(source);
  if ('ok' in parsed) return parsed;
  const decl = parsed.scorecard.items.find((item): item is ProfileDecl => item.kind === 'profile' && item.name.name === profile);
  if (!decl) return { ok: false, reason: 'unknown-profile', detail: profile };
  const entry = decl.weights.find((w) => w.kpi.name === kpi);
  const value = percent === null ? null : `${numberText(percent)}%`;
  const edit = entry ? changeEntry(source, decl, entry, value) : value === null ? null : addEntry(source, decl, kpi, value);
  return applyAndFormat(source, edit ? [edit] : []);
}

/** What a weight cell accepts: `40`, `40%`, `12.5 %`; empty clears the weight. undefined: not a weight. */
export function parseWeightInput(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return null;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= 0 && value <= 100 ? value : undefined;
}

function changeEntry(source: string, profile: ProfileDecl, entry: WeightEntry, value: string | null): TextEdit {
  if (value !== null) return { from: entry.value.span.start.offset, to: entry.value.span.end.offset, insert: value };
  return { ...removalRange(source, profile, entry), insert: '' };
}

/** The entry and one comma beside it (the one after, else the one before); comments around it stay. */
function removalRange(source: string, profile: ProfileDecl, entry: WeightEntry): { from: number; to: number } {
  const [start, end] = [entry.span.start.offset, entry.span.end.offset];
  const tokens = codeTokens(source).filter((t) => t.from >= profile.span.start.offset && t.to <= profile.span.end.offset);
  const after = tokens.find((t) => t.from >= end);
  if (after?.text === ',') return { from: start, to: after.to };
  const before = [...tokens].reverse().find((t) => t.to <= start);
  if (before?.text === ',') return { from: before.from, to: end };
  return { from: start, to: end };
}

function addEntry(source: string, profile: ProfileDecl, kpi: string, value: string): TextEdit {
  const last = profile.weights[profile.weights.length - 1];
  if (last) {
    const at = last.span.end.offset;
    return { from: at, to: at, insert: `, ${kpi}: ${value}` };
  }
  // an empty profile: right after its `{` (the first brace of the profile: labels are string tokens)
  const open = codeTokens(source).find((t) => t.from >= profile.span.start.offset && t.text === '{');
  const at = open ? open.to : profile.span.end.offset - 1;
  return { from: at, to: at, insert: ` ${kpi}: ${value} ` };
}
