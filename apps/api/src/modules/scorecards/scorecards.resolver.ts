import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { ListArgs, ListMetadata } from '../../common/list.args';
import type { ScorecardEntity } from './scorecards.entity';
import {
  DiagnosticModel, ScorecardFilter, ScorecardModel, ScorecardVersionModel, toDiagnosticModel, toScorecardModel,
  toVersionModel,
} from './scorecards.model';
import { ScorecardsService, type VersionView } from './scorecards.service';

// Reading scorecards. Also the react-admin (ra-data-graphql-simple) shape: Scorecard(id), allScorecards,
// _allScorecardsMeta. Writing is in scorecard-authoring.resolver.ts.

const viewModel = (view: VersionView): ScorecardVersionModel => toVersionModel(view.scorecard.key, view.version, view.author);

@Resolver(() => ScorecardModel)
export class ScorecardsResolver {
  constructor(private readonly service: ScorecardsService) {}

  @Query(() => [DiagnosticModel], {
    description: 'The diagnostics of a source exactly as `yardstick check --json` gives them. With `key`, also the '
      + 'storage rules of saving it as that scorecard (one scorecard per source, its key unchanged: YS901, YS902).',
  })
  validateScorecard(
    @CurrentCaller() caller: Caller,
    @Args('source') source: string,
    @Args('key', { type: () => String, nullable: true }) key?: string | null,
  ): DiagnosticModel[] {
    return this.service.validate(caller, source, key).map(toDiagnosticModel);
  }

  @Query(() => [ScorecardModel], { description: 'Scorecards by key (at most 1000); agents and integrations see published ones only.' })
  async scorecards(
    @CurrentCaller() caller: Caller,
    @Args('q', { type: () => String, nullable: true, description: 'key or label contains' }) q?: string | null,
  ): Promise<ScorecardModel[]> {
    return (await this.service.list(caller, { perPage: 1000 }, { q })).rows.map(toScorecardModel);
  }

  @Query(() => ScorecardModel, { nullable: true, description: 'null when absent or not visible to the caller' })
  async scorecard(@CurrentCaller() caller: Caller, @Args('key') key: string): Promise<ScorecardModel | null> {
    const scorecard = await this.service.find(caller, key);
    return scorecard && toScorecardModel(scorecard);
  }

  @Query(() => ScorecardModel, { name: 'Scorecard', nullable: true, description: 'react-admin: by id' })
  async scorecardById(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ScorecardModel | null> {
    const scorecard = await this.service.findById(caller, id);
    return scorecard && toScorecardModel(scorecard);
  }

  @Query(() => [ScorecardModel], { name: 'allScorecards', description: 'react-admin list; sortField key, label, id or createdAt' })
  async allScorecards(
    @CurrentCaller() caller: Caller,
    @Args() args: ListArgs,
    @Args('filter', { type: () => ScorecardFilter, nullable: true }) filter?: ScorecardFilter | null,
  ): Promise<ScorecardModel[]> {
    return (await this.service.list(caller, args, filter ?? {})).rows.map(toScorecardModel);
  }

  @Query(() => ListMetadata, { name: '_allScorecardsMeta' })
  async allScorecardsMeta(
    @CurrentCaller() caller: Caller,
    @Args() args: ListArgs,
    @Args('filter', { type: () => ScorecardFilter, nullable: true }) filter?: ScorecardFilter | null,
  ): Promise<ListMetadata> {
    return { count: (await this.service.list(caller, { ...args, page: 0, perPage: 1 }, filter ?? {})).count };
  }

  @ResolveField(() => [ScorecardVersionModel], { description: 'newest first; drafts only for callers who may read them' })
  async versions(@CurrentCaller() caller: Caller, @Parent() parent: ScorecardModel): Promise<ScorecardVersionModel[]> {
    return (await this.service.versions(caller, entityOf(parent))).map(viewModel);
  }

  @ResolveField(() => ScorecardVersionModel, { nullable: true, description: 'one version by number' })
  async version(
    @CurrentCaller() caller: Caller,
    @Parent() parent: ScorecardModel,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ScorecardVersionModel | null> {
    const view = await this.service.version(caller, entityOf(parent), version);
    return view && viewModel(view);
  }

  @ResolveField(() => ScorecardVersionModel, { nullable: true, description: 'the one editable draft, if any' })
  async draft(@CurrentCaller() caller: Caller, @Parent() parent: ScorecardModel): Promise<ScorecardVersionModel | null> {
    const draft = await this.service.draft(caller, entityOf(parent));
    return draft && viewModel(draft);
  }

  @ResolveField(() => ScorecardVersionModel, {
    nullable: true,
    description: 'the published version used for scoring on `day` (YYYY-MM-DD, default today in the organisation zone)',
  })
  async inForce(
    @CurrentCaller() caller: Caller,
    @Parent() parent: ScorecardModel,
    @Args('day', { type: () => String, nullable: true }) day?: string | null,
  ): Promise<ScorecardVersionModel | null> {
    const view = await this.service.inForceFor(caller, entityOf(parent), day);
    return view && viewModel(view);
  }
}

/** The entity behind a parent model, rebuilt from its fields (no second query). */
function entityOf(parent: ScorecardModel): ScorecardEntity {
  return { id: Number(parent.id), key: parent.key, label: parent.label, createdAt: new Date(parent.createdAt) };
}
