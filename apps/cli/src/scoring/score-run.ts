import type { CompiledScorecard, ScoreRecord } from '@yardstick/dsl';
import { dayOfLocalMs, segmentsWithOverrides, type Period, type Scorer, type ScoreReport } from '@yardstick/engine';
import type { ReadSummary } from '@yardstick/contracts';
import type { readAgentsFile as ReadAgentsFile } from '../io/agents-reader';
import { BadRowReporter } from '../io/bad-rows';
import { Progress } from '../io/progress';
import type { FieldSpec } from '../io/record-mapper';
import { readRecords, type ReadCounts } from '../io/record-source';
import { reasonOf } from '../io/source-file';
import { CliError, EXIT, usageError } from '../usage/cli-error';
import type { Io } from '../usage/io';
import type { ScoreRequest } from '../commands/score-options';
import { newScorer, timestampReader } from './engine-adapter';

// One scoring run over files: validate what needs the scorecard, read the agents, stream the records into
// the engine's scorer and finish. Without a period the records are held until the last one gives the span.

export interface ScoreRun {
  readonly scorer: Scorer;
  readonly report: ScoreReport;
  readonly summary: ReadSummary;
}

/** The fields every record needs besides the ones the scorecard reads. */
const IDENTITY_FIELDS = ['agent', 'team', 'occurred_at'];

export async function runScoring(request: ScoreRequest, scorecard: CompiledScorecard, io: Io): Promise<ScoreRun> {
  checkMaps(request.maps, scorecard);
  checkProfile(request.profile, scorecard);
  checkOverrides(request, scorecard);
  // the agents reader validates rows with zod's schemas: loaded only when there is an agents file
  const readAgentsFile = (): typeof ReadAgentsFile => require('../io/agents-reader').readAgentsFile;
  const agents = request.agents ? readAgentsFile()(request.agents.path, request.agents.display) : undefined;
  const segments = (period: Period) => (request.overrides.length > 0 ? segmentsWithOverrides(scorecard, period, request.overrides) : undefined);
  const start = (period: Period): Scorer => newScorer({ scorecard, period, profile: request.profile, segments: segments(period), agents });
  let scorer = request.period ? start(request.period) : undefined;
  const held: ScoreRecord[] = [];
  const onRecord = scorer ? scorer.add.bind(scorer) : (r: ScoreRecord) => { held.push(r); };
  const counts = await readAll(request, scorecard, io, onRecord);
  if (!scorer) {
    scorer = start(spanOf(held, request.data.display));
    for (const record of held) scorer.add(record);
  }
  const report = scorer.finish();
  const skipped = report.recordsOutsidePeriod;
  return {
    scorer, report,
    summary: { read: counts.read, rejected: counts.rejected, skipped, scored: report.recordsRead - skipped },
  };
}

async function readAll(request: ScoreRequest, scorecard: CompiledScorecard, io: Io, onRecord: (r: ScoreRecord) => void): Promise<ReadCounts> {
  const { data } = request;
  const progress = request.progress || io.errIsTTY ? new Progress(`reading ${data.display}`, io.err, io.errIsTTY) : undefined;
  const err = (text: string): void => {
    progress?.interrupt();
    io.err(text);
  };
  const badRows = new BadRowReporter(err);
  try {
    return await readRecords({
      path: data.path,
      display: data.display,
      mapping: { fields: fieldsToRead(scorecard), maps: request.maps, readTimestamp: timestampReader(request.zone) },
      onRecord,
      badRows,
      warn: (message) => err(`warning: ${message}\n`),
      progress,
    });
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw usageError(`cannot read ${data.display}: ${reasonOf(error)}`);
  } finally {
    badRows.finish();
  }
}

/** The scorecard's used fields plus agent, team and occurred_at, with their types. */
export function fieldsToRead(scorecard: CompiledScorecard): FieldSpec[] {
  const wanted = new Set([...IDENTITY_FIELDS, ...scorecard.usedFields]);
  const specs = scorecard.fields.filter((f) => wanted.has(f.name)).map((f) => ({ name: f.name, type: f.type }));
  for (const name of wanted) {
    if (!specs.some((s) => s.name === name)) specs.push({ name, type: name === 'occurred_at' ? 'timestamp' : 'string' });
  }
  return specs;
}

function checkMaps(maps: ReadonlyMap<string, string>, scorecard: CompiledScorecard): void {
  const known = new Set(scorecard.fields.map((f) => f.name));
  for (const [field, column] of maps) {
    if (!known.has(field)) {
      throw usageError(`--map ${field}=${column}: \`${field}\` is not a record field of scorecard ${scorecard.key} `
        + '(use a built-in field such as wait_seconds or rating, or declare it with `field NAME: TYPE`)');
    }
  }
}

function checkProfile(profile: string | undefined, scorecard: CompiledScorecard, option = '--profile'): void {
  if (profile === undefined || scorecard.profiles.some((p) => p.key === profile)) return;
  const known = scorecard.profiles.map((p) => p.key).join(', ') || 'none';
  throw usageError(`${option} ${profile}: scorecard ${scorecard.key} has no profile \`${profile}\` (its profiles: ${known})`);
}

/** Overrides name profiles of the scorecard, do not overlap, and do not go with --profile. */
function checkOverrides(request: ScoreRequest, scorecard: CompiledScorecard): void {
  const { overrides } = request;
  if (overrides.length > 0 && request.profile !== undefined) throw usageError('give either --profile or --override, not both');
  for (const o of overrides) checkProfile(o.profile, scorecard, '--override');
  const sorted = [...overrides].sort((a, b) => a.startMs - b.startMs);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].startMs < sorted[i - 1].endMs) throw usageError('--override: overrides may not overlap (touching is fine)');
  }
}

/** From the first to the last day of the records. */
function spanOf(records: readonly ScoreRecord[], display: string): Period {
  let min = Infinity;
  let max = -Infinity;
  for (const r of records) {
    const t = r.occurred_at as number;
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (records.length === 0) {
    throw new CliError(`${display} has no valid records, so there is no period to score (give --period to score an empty one)`, EXIT.problems);
  }
  return { from: dayOfLocalMs(min), to: dayOfLocalMs(max) };
}
