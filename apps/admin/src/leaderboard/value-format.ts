import { roundHalfAway } from '@yardstick/dsl';

// How scores and metric values are shown, the same on every page and in exports: rounded half away from zero on
// the decimal value (the language's roundHalfAway, as the CLI does), so 80.345 shows 80.35 and no binary artefact
// such as 0.30000000000000004 ever reaches a person. Percents are fractions from the api (0.931 → 93.10%),
// durations seconds (312 → 5m 12s).

export type ValueUnit = 'number' | 'percent' | 'duration' | 'count' | 'money' | string;

/** `x` rounded half away from zero to `digits` places, as text with exactly that many decimals. */
export function fixed(x: number, digits = 2): string {
  const text = roundHalfAway(x, digits).toFixed(Math.max(0, Math.min(20, Math.trunc(digits))));
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Like `fixed`, without trailing zeros: `3.7`, `80`. */
export function plain(x: number, digits = 2): string {
  const text = fixed(x, digits);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A score or kpi (points) rounded for display and export: a number with at most 2 decimals. */
export function roundScore(x: number): number {
  const rounded = roundHalfAway(x, 2);
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** `42s`, `5m 12s`, `1h 02m 03s`. */
export function formatDuration(seconds: number): string {
  // decide on the rounded value, so 59.96 reads 1m 00s rather than 60s
  if (Math.abs(roundHalfAway(seconds, 1)) < 60) return `${plain(seconds, 1)}s`;
  const sign = seconds < 0 ? '-' : '';
  const total = roundHalfAway(Math.abs(seconds), 0);
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${sign}${h}h ${pad(m)}m ${pad(s)}s` : `${sign}${m}m ${pad(s)}s`;
}

/** A value for display by its unit; `—` for null and non-finite numbers. Booleans are the caller's words. */
export function formatValue(value: number | null | undefined, unit: ValueUnit = 'number', digits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'percent': return `${fixed(value * 100, digits)}%`;
    case 'duration': return formatDuration(value);
    case 'count': return plain(value, digits);
    default: return fixed(value, digits);
  }
}

/** A gap or change with its sign: `+0.19%`, `-4.31s`, `0.00`. */
export function formatSigned(value: number | null | undefined, unit: ValueUnit = 'number', digits = 2): string {
  const text = formatValue(value, unit, digits);
  if (value === null || value === undefined || !Number.isFinite(value)) return text;
  return text.startsWith('-') || /^0(\.0+)?(%|s)?$/.test(text) ? text : `+${text}`;
}

/** A weight (0.25) as a percentage of the score: `25.00%`. */
export function formatWeight(weight: number | null | undefined): string {
  return formatValue(weight, 'percent');
}
