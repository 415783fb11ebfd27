import { parsePeriod, rangePeriod, Scorer, tryLocalMs, zoneClock, type Period, type ScoreOptions } from '@yardstick/engine';
import { usageError } from '../usage/cli-error';

// The engine's own errors carry messages written for people (a bad period, an unknown profile or zone, an
// agent that was not scored). Here they become usage errors; anything else stays an internal error.

const PEOPLE_ERRORS = new Set(['PeriodError', 'ProfileError', 'AgentError', 'TimeError', 'SubjectError', 'SegmentsError']);

export function asUsageError(error: unknown, prefix = ''): unknown {
  if (error instanceof Error && PEOPLE_ERRORS.has(error.name)) return usageError(`${prefix}${error.message}`);
  return error;
}

function guard<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asUsageError(error, prefix);
  }
}

/** Throws a usage error for a zone that is not an IANA name. */
export function checkZone(zone: string): void {
  guard('--tz: ', () => zoneClock(zone));
}

/** The period asked for with `--period` or `--from/--to`, or undefined for "the span of the records". */
export function periodFromOptions(period?: string, from?: string, to?: string): Period | undefined {
  if (period !== undefined && (from !== undefined || to !== undefined)) {
    throw usageError('give either --period or --from/--to, not both');
  }
  if (period !== undefined) return guard('--period: ', () => parsePeriod(period));
  if (from === undefined && to === undefined) return undefined;
  if (from === undefined || to === undefined) throw usageError(`${from === undefined ? '--to' : '--from'} needs ${from === undefined ? '--from' : '--to'} too: both days are included`);
  return guard('--from/--to: ', () => rangePeriod(from, to));
}

export function newScorer(options: ScoreOptions): Scorer {
  return guard('', () => new Scorer(options));
}

/** The timestamp reader for a zone: local texts as they are, texts with an offset moved into the zone. */
export const timestampReader = (zone: string) => (text: string): number | null => tryLocalMs(text, zone);
