import { distance } from 'fastest-levenshtein';

/** The "did you mean" part of a message, in both languages, and the replacement for the editor. */
export interface Hint {
  readonly hint: string;
  readonly hintZh: string;
  readonly suggestion?: string;
}

export const NO_HINT: Hint = Object.freeze({ hint: '', hintZh: '' });

/** How far a typo may be from the intended name: one edit for short names, a third of the length for long ones. */
export const maxDistance = (name: string): number => Math.max(1, Math.floor(name.length / 3));

/** A swap of two neighbouring letters (`csta` for `csat`) is the commonest typo: it counts as one edit. */
function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Levenshtein distance, with a neighbour swap counted as a single edit. */
export const editDistance = (a: string, b: string): number => (isTransposition(a, b) ? 1 : distance(a, b));

/**
 * The candidate closest to `name` within `limit` edits, or undefined. Ties go to the candidate listed
 * first, so suggestions are stable. Exact matches are not suggestions.
 */
export function closestName(name: string, candidates: Iterable<string>, limit = maxDistance(name)): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (candidate === name || Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const d = editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export function hintFor(name: string, candidates: Iterable<string>): Hint {
  return hintOf(closestName(name, candidates));
}

export function hintOf(suggestion: string | undefined): Hint {
  if (suggestion === undefined) return NO_HINT;
  return { hint: `: did you mean \`${suggestion}\`?`, hintZh: `：是否想写 \`${suggestion}\`？`, suggestion };
}
