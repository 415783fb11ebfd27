import { Injectable } from '@nestjs/common';
import { eq12, roundHalfAway } from '@yardstick/dsl';
import type { Caller } from '../../common/caller';
import { parseId } from '../../common/ids';
import { assertCan } from '../auth/access.policy';
import { OrganisationService } from '../organisation/organisation.service';
import { compileSource } from '../scorecards/scorecard-compiler';
import { analyseSource } from '../scorecards/scorecard-source';
import { InvalidScorecardException, ScorecardErrorCode } from '../scorecards/scorecards.exception';
import { toDiagnosticModel } from '../scorecards/scorecards.model';
import { ScorecardsService, assertSourceSize } from '../scorecards/scorecards.service';
import { periodOf } from './period.input';
import { ScoreComputer, type Computed } from './score-computer';
import { toSegments } from './score-mapper';
import { ScoringErrorCode, ScoringException } from './scoring.exception';
import { ScoreRuns, type ScoreRun } from './score-runs';
import { segmentsOf } from './snapshot-rows';
import type { SimulatedScoreModel, SimulationModel } from './simulation.model';
import type { SimulateArgs } from './scoring.args';
import { DomainException } from '../../common/domain.exception';

// What-if (admins only): a source that is not stored — an edit in the console, a draft — scored against the
// stored records and compared, agent by agent, with the published version in force on the period's last day.
// Nothing is written: both sides are computed for the request (the published side from its stored snapshot
// would do too, but computing both from one moment of the data keeps the comparison honest).

@Injectable()
export class SimulationService {
  constructor(
    private readonly runs: ScoreRuns,
    private readonly computer: ScoreComputer,
    private readonly scorecards: ScorecardsService,
    private readonly organisation: OrganisationService,
  ) {}

  async simulate(caller: Caller, args: SimulateArgs): Promise<SimulationModel> {
    assertCan(caller, 'scores:simulate');
    const teamId = args.team ? parseId(args.team, 'team') : undefined;
    const period = periodOf(args.period);
    assertSourceSize(args.source);
    const analysis = analyseSource(args.source);
    if (!analysis.valid || !analysis.key) throw new InvalidScorecardException('simulate', analysis.diagnostics);
    const key = analysis.key;
    const compiled = compileSource('simulate', key, args.source);
    if (compiled.subject !== 'agent') {
      throw new ScoringException(ScoringErrorCode.SubjectMismatch, `simulate compares agents; ${key} scores ${compiled.subject}s`, { subject: compiled.subject });
    }
    const published = await this.published(key, period);
    const zone = published?.zone ?? await this.organisation.timeZone();
    const plan = this.runs.draftPlan(compiled, period, published);
    const draft = await this.computer.compute({ key, version: null, source: args.source, plan, period, zone });
    const before = published ? await this.computer.compute(ScoreRuns.job(published)) : null;
    return {
      scorecard: key, period, publishedVersion: published?.stored.version.version ?? null,
      segments: toSegments(segmentsOf(draft.report, plan), true),
      scores: compare(draft, before, teamId),
      diagnostics: analysis.diagnostics.map(toDiagnosticModel),
    };
  }

  /** The published version in force on the period's last day, scored as `scores` would; null when there is none. */
  private async published(key: string, period: { from: string; to: string }): Promise<ScoreRun | null> {
    try {
      const stored = await this.scorecards.versionInForce(key, period.to);
      return stored ? await this.runs.forStored(stored, period) : null;
    } catch (error) {
      // a new scorecard: nothing published to compare with
      if (error instanceof DomainException && (error.code === 'NOT_FOUND' || error.code === ScorecardErrorCode.NoVersionInForce)) return null;
      throw error;
    }
  }
}

/** Per agent of the draft's results (then agents only the published version scored), by draft rank. */
function compare(draft: Computed, before: Computed | null, teamId: number | undefined): SimulatedScoreModel[] {
  const now = new Map(draft.report.results.map((r) => [r.subject, r]));
  const old = new Map((before?.report.results ?? []).map((r) => [r.subject, r]));
  const subjects = [...now.keys(), ...[...old.keys()].filter((s) => !now.has(s))];
  const names = new Map(draft.roster.agents.map((a) => [a.id, a.name ?? a.id]));
  const teamNames = new Map([...draft.roster.teamIds].map(([name, id]) => [id, name]));
  const out: SimulatedScoreModel[] = [];
  for (const subject of subjects) {
    const agent = draft.roster.byExternalId.get(subject);
    if (!agent || (teamId !== undefined && agent.teamId !== teamId)) continue;
    const [p, d] = [old.get(subject), now.get(subject)];
    out.push({
      agent: {
        id: String(agent.id), externalId: subject, name: names.get(subject) ?? subject,
        team: agent.teamId === null ? null : { id: String(agent.teamId), name: teamNames.get(agent.teamId) ?? '' },
      },
      publishedScore: p?.score ?? null, publishedRank: p?.rank ?? null, publishedEligible: p?.eligible ?? false,
      draftScore: d?.score ?? null, draftRank: d?.rank ?? null, draftEligible: d?.eligible ?? false,
      scoreChange: p && d && p.score !== null && d.score !== null ? difference(d.score, p.score) : null,
      rankChange: p && d && p.rank !== null && d.rank !== null ? p.rank - d.rank : null,
    });
  }
  return out;
}

/**
 * a − b without a binary artefact: equal to 12 significant digits is no change, and the difference is rounded
 * at the 12th significant digit of the larger score (80.1 − 80 is 0.1, not 0.09999999999999432).
 */
export function difference(a: number, b: number): number {
  if (eq12(a, b)) return 0;
  const scale = Math.max(Math.abs(a), Math.abs(b));
  const digits = 11 - Math.floor(Math.log10(scale));
  return roundHalfAway(a - b, Math.max(0, Math.min(20, digits)));
}
