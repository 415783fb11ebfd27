// CSV headers and NDJSON keys are matched to field names after normalising both to snake_case, so
// `Satisfaction rating`, `satisfactionRating` and `SATISFACTION_RATING` all read as `satisfaction_rating`.

/** `Satisfaction rating` → `satisfaction_rating`, `speedOfAnswer (s)` → `speed_of_answer_s`. */
export function normaliseHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The index of the column called `wanted`: an exact match first, then a match after normalising both.
 * -1 when there is none.
 */
export function findColumn(header: readonly string[], wanted: string): number {
  const exact = header.indexOf(wanted);
  if (exact >= 0) return exact;
  const norm = normaliseHeader(wanted);
  return header.findIndex((h) => normaliseHeader(h) === norm);
}
