// The scoring engine: periods, time, accumulators, the streaming scorer, explanations, display, payouts.
export type * from './types';
export { PeriodError, parsePeriod, rangePeriod, periodOf, parseDay, dayNumber, dayText, periodDays, periodText } from './periods';
export { TimeError, ZoneClock, zoneClock, toLocalMs, tryLocalMs, dayOfLocalMs, localDayMs, formatLocalMs, daysFromCivil, DAY_MS } from './time';
export { Accumulators, planSet, percentileCont, type PlanSet, type RosterCounts } from './accumulators';
export { Scorer, SubjectError } from './scorer';
export { AggregatedScorer, scoreAggregated } from './aggregated';
export { AggregatedInputError, type AggregateState, type AggregatedInput, type AggregatedLevel, type AggregatedRow } from './aggregated-types';
export { addExact, exactTotal } from './exact-sum';
export {
  ProfileError, SegmentsError, planSegments, defaultProfile, segmentsWithOverrides, wallClockText,
  type DecidedSegment, type OverrideSpec, type SegmentPlan,
} from './profiles';
export { AgentError } from './roster';
export { competitionRanks, groupedRanks } from './ranks';
export { renderExplainTree, type RenderOptions } from './explain-render';
export { formatValue, formatDuration, fixed, plain, type FormatOptions } from './display';
export { computePayouts, CompensationError, type Payout } from './compensation';
