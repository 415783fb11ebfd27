import { createHash } from 'node:crypto';
import { check, hasErrors, sortDiagnostics, type Diagnostic, type ScorecardDecl, type Span } from '@yardstick/dsl';

// What the service needs to know about a scorecard source before storing it: the CLI's diagnostics (the very
// same `check`), plus the rules of storage, which the language itself does not have: a stored source holds
// exactly one scorecard, and its key is the key of the scorecard it is stored under. Those two come as
// diagnostics too (YS9xx, service range, outside the language catalogue) so an editor underlines them like
// any other problem.

/** Longest source the service stores; the language accepts more, but a real scorecard is ~20 KB. */
export const MAX_STORED_SOURCE = 300_000;

export const STORAGE_CODES = { oneScorecard: 'YS901', keyChanged: 'YS902' } as const;

export interface ProfileSummary {
  readonly key: string;
  readonly label: string | null;
  readonly isDefault: boolean;
  /** inclusive days `YYYY-MM-DD`, when scheduled */
  readonly activeFrom: string | null;
  readonly activeTo: string | null;
}

export interface SourceAnalysis {
  /** the key written after `scorecard`, when exactly one scorecard is written */
  readonly key: string | null;
  readonly label: string | null;
  /** the CLI's diagnostics, then the storage ones, in source order */
  readonly diagnostics: readonly Diagnostic[];
  /** no diagnostic of severity error */
  readonly valid: boolean;
  readonly profiles: readonly ProfileSummary[];
  /** what the scorecard scores (`subject agent|team|group`; agent when not written) */
  readonly subject: 'agent' | 'team' | 'group';
}

/** Diagnostics exactly as `yardstick check` prints them with --json. */
export function languageDiagnostics(source: string): readonly Diagnostic[] {
  return check(source).diagnostics;
}

const cache = new Map<string, SourceAnalysis>();
const CACHE_SIZE = 256;

/**
 * Checks `source` for storage. With `expectedKey` the scorecard in it must have that key (a draft of an
 * existing scorecard). Memoised by content: the editor autosaves the same text many times and lists re-read it.
 */
export function analyseSource(source: string, expectedKey?: string): SourceAnalysis {
  const id = createHash('sha256').update(source).update('\0').update(expectedKey ?? '').digest('base64');
  const known = cache.get(id);
  if (known) {
    cache.delete(id);
    cache.set(id, known);
    return known;
  }
  const analysis = analyse(source, expectedKey);
  cache.set(id, analysis);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return analysis;
}

function analyse(source: string, expectedKey: string | undefined): SourceAnalysis {
  const checked = check(source);
  const blocks = checked.value?.document.blocks ?? [];
  const scorecards = blocks.filter((block): block is ScorecardDecl => block.kind === 'scorecard');
  const storage: Diagnostic[] = [];
  // a source the language refused as a whole (too large) already says why; do not pile on
  const readable = checked.value !== undefined;
  if (readable && scorecards.length !== 1) storage.push(countDiagnostic(scorecards));
  const only = scorecards.length === 1 ? scorecards[0] : undefined;
  const key = only?.name?.name ? only.name.name : null;
  if (only && key && expectedKey !== undefined && key !== expectedKey) storage.push(keyDiagnostic(only, expectedKey));
  const diagnostics = sortDiagnostics([...checked.diagnostics, ...storage]);
  return {
    key,
    label: only?.label?.value ?? null,
    diagnostics,
    valid: !hasErrors(diagnostics),
    profiles: only ? profilesOf(only) : [],
    subject: only ? subjectOf(only) : 'agent',
  };
}

function subjectOf(scorecard: ScorecardDecl): SourceAnalysis['subject'] {
  const written = scorecard.items.find((item) => item.kind === 'subject');
  const name = written?.kind === 'subject' ? written.value?.name : undefined;
  return name === 'team' || name === 'group' ? name : 'agent';
}

function profilesOf(scorecard: ScorecardDecl): ProfileSummary[] {
  const out: ProfileSummary[] = [];
  for (const item of scorecard.items) {
    if (item.kind !== 'profile' || !item.name?.name) continue;
    out.push({
      key: item.name.name,
      label: item.label?.value ?? null,
      isDefault: item.default !== undefined,
      activeFrom: item.active?.from?.raw ?? null,
      activeTo: item.active?.to?.raw ?? null,
    });
  }
  return out;
}

const START: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function countDiagnostic(scorecards: readonly ScorecardDecl[]): Diagnostic {
  const extra = scorecards[1];
  return {
    code: STORAGE_CODES.oneScorecard,
    severity: 'error',
    message: scorecards.length === 0
      ? 'a stored source must hold one `scorecard` block; this one has none'
      : `a stored source holds exactly one \`scorecard\` block; this one has ${scorecards.length}: store each on its own`,
    messageZh: scorecards.length === 0
      ? '保存的源文件必须包含一个 `scorecard` 块，此源文件没有'
      : `保存的源文件只能包含一个 \`scorecard\` 块，此源文件有 ${scorecards.length} 个：请分别保存`,
    span: extra ? (extra.name?.span ?? extra.span) : START,
  };
}

function keyDiagnostic(scorecard: ScorecardDecl, expectedKey: string): Diagnostic {
  return {
    code: STORAGE_CODES.keyChanged,
    severity: 'error',
    message: `this source is stored as scorecard \`${expectedKey}\`; its key cannot change (create a new scorecard for \`${scorecard.name.name}\`)`,
    messageZh: `此源文件保存为评分卡 \`${expectedKey}\`，其标识不能更改（如需 \`${scorecard.name.name}\` 请新建评分卡）`,
    span: scorecard.name.span,
    suggestion: expectedKey,
  };
}
