import Decimal from 'decimal.js';
import type { Value, ValueType } from '@yardstick/dsl';
import { dayText } from './periods';
import { formatLocalMs } from './time';

// How values are shown to people, the same in the CLI table and in explanations (spec §5): rounded half away
// from zero on the decimal value, so no binary artefact shows (0.1 + 0.2 shows 0.3); percents ×100 with `%`.

export interface FormatOptions {
  /** decimals shown for numbers, percents and money (default 2) */
  readonly digits?: number;
  /** `clock`: `5m 12s` (default); `seconds`: `312s` */
  readonly durations?: 'clock' | 'seconds';
  /** what a null shows as (default `—`) */
  readonly nullText?: string;
}

/** The double read as its 15-significant-digit decimal, which drops artefacts like 0.30000000000000004. */
function decimalOf(x: number): Decimal {
  return new Decimal(x.toPrecision(15));
}

/** `x` rounded half away from zero to `digits` places, as text with exactly that many decimals. */
export function fixed(x: number, digits = 2): string {
  return fixedDecimal(decimalOf(x), digits);
}

function fixedDecimal(d: Decimal, digits: number): string {
  const text = d.toFixed(Math.max(0, Math.trunc(digits)), Decimal.ROUND_HALF_UP);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Like `fixed`, without trailing zeros: `3.7`, `80`. */
export function plain(x: number, digits = 2): string {
  const text = fixed(x, digits);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** A duration in seconds: `42s`, `5m 12s`, `1h 02m 03s`; or `312s` in seconds style. */
export function formatDuration(seconds: number, style: 'clock' | 'seconds' = 'clock'): string {
  if (style === 'seconds' || Math.abs(seconds) < 60) return `${plain(seconds, style === 'seconds' ? 2 : 1)}s`;
  const sign = seconds < 0 ? '-' : '';
  const total = Number(decimalOf(Math.abs(seconds)).toFixed(0, Decimal.ROUND_HALF_UP));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${sign}${h}h ${pad(m)}m ${pad(s)}s` : `${sign}${m}m ${pad(s)}s`;
}

/** A value for display according to its type (a number when the type is not known). */
export function formatValue(value: Value | undefined, type?: ValueType, opts: FormatOptions = {}): string {
  const digits = opts.digits ?? 2;
  if (value === null || value === undefined) return opts.nullText ?? '—';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return opts.nullText ?? '—';
  switch (type) {
    case 'percent': return `${fixedDecimal(decimalOf(value).times(100), digits)}%`;
    case 'duration': return formatDuration(value, opts.durations);
    case 'count': return Number.isInteger(value) ? String(value) : fixed(value, digits);
    case 'money': return fixed(value, 2);
    case 'timestamp': return formatLocalMs(value);
    case 'date': return dayText(value);
    default: return fixed(value, digits);
  }
}
