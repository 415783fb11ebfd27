import type { ValueType } from '../compile/types';
import type { ScalarFunction, TypeRule } from './function';

// Timestamps are org-local wall-clock milliseconds (see compile/types.ts), so these need no zone arithmetic.
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const onTimestamp = (result: ValueType): TypeRule => (args) =>
  args[0] === 'timestamp' || args[0] === 'null' ? result : { argIndex: 0, expected: 'a timestamp such as occurred_at', expectedZh: '时间戳（例如 occurred_at）' };

export const hour: ScalarFunction = {
  kind: 'scalar', name: 'hour', minArgs: 1, maxArgs: 1, signature: 'hour(t)',
  doc: { en: 'The hour of t in the organisation\'s time zone, 0–23.', zh: 't 在组织时区中的小时（0–23）。' },
  type: onTimestamp('number'),
  impl: (t) => (typeof t === 'number' ? Math.floor((((t % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS) : null),
};

export const weekday: ScalarFunction = {
  kind: 'scalar', name: 'weekday', minArgs: 1, maxArgs: 1, signature: 'weekday(t)',
  doc: { en: 'The day of the week of t, 1 = Monday … 7 = Sunday.', zh: 't 是星期几（1 = 周一 … 7 = 周日）。' },
  type: onTimestamp('number'),
  // 1970-01-01 was a Thursday (4)
  impl: (t) => (typeof t === 'number' ? ((((Math.floor(t / DAY_MS) + 3) % 7) + 7) % 7) + 1 : null),
};

export const date: ScalarFunction = {
  kind: 'scalar', name: 'date', minArgs: 1, maxArgs: 1, signature: 'date(t)',
  doc: { en: 'The calendar day of t (e.g. distinct(date(occurred_at)) counts working days).', zh: 't 所在的日期（例如 distinct(date(occurred_at)) 统计出勤天数）。' },
  type: onTimestamp('date'),
  impl: (t) => (typeof t === 'number' ? Math.floor(t / DAY_MS) : null),
};

export const TIME_FUNCTIONS: readonly ScalarFunction[] = [hour, weekday, date];
