import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { ScorecardAuthoringService } from './scorecard-authoring.service';
import type { ScorecardVersionEntity } from './scorecards.entity';
import { ScorecardModel, ScorecardVersionModel, toScorecardModel, toVersionModel } from './scorecards.model';
import { ScorecardsService } from './scorecards.service';

// Writing scorecards (admins). A source with errors is refused by createScorecard and publishScorecard with
// `extensions.code` SCORECARD_INVALID and `extensions.diagnostics` exactly as `yardstick check --json`.

@Resolver()
export class ScorecardAuthoringResolver {
  constructor(private readonly authoring: ScorecardAuthoringService, private readonly scorecards: ScorecardsService) {}

  @Mutation(() => ScorecardModel, {
    description: 'A new scorecard; key and label come from the source (`scorecard KEY "label"`). Its source becomes '
      + 'draft version 1: publish it to score with it. Refused for a taken key or a source with errors.',
  })
  async createScorecard(@CurrentCaller() caller: Caller, @Args('source') source: string): Promise<ScorecardModel> {
    return toScorecardModel((await this.authoring.create(caller, source)).scorecard);
  }

  @Mutation(() => ScorecardVersionModel, {
    description: 'Creates or replaces the one draft. Saved even with errors (valid: false, with its diagnostics), '
      + 'so an editor can autosave; the key written in the source must stay the scorecard key (YS902).',
  })
  async saveScorecardDraft(
    @CurrentCaller() caller: Caller,
    @Args('key') key: string,
    @Args('source') source: string,
  ): Promise<ScorecardVersionModel> {
    return this.model(key, await this.authoring.saveDraft(caller, key, source));
  }

  @Mutation(() => ScorecardVersionModel, {
    description: 'Publishes the draft as a new immutable version used for scoring from effectiveFrom (YYYY-MM-DD, '
      + 'organisation zone). Refused with its diagnostics when the draft has errors.',
  })
  async publishScorecard(
    @CurrentCaller() caller: Caller,
    @Args('key') key: string,
    @Args('effectiveFrom') effectiveFrom: string,
  ): Promise<ScorecardVersionModel> {
    return this.model(key, await this.authoring.publish(caller, key, effectiveFrom));
  }

  @Mutation(() => ScorecardVersionModel, { description: 'Withdraws a published version: no date is scored with it any more.' })
  async retireScorecardVersion(
    @CurrentCaller() caller: Caller,
    @Args('key') key: string,
    @Args('version', { type: () => Int }) version: number,
  ): Promise<ScorecardVersionModel> {
    return this.model(key, await this.authoring.retire(caller, key, version));
  }

  @Mutation(() => Boolean, { description: 'Deletes the draft; false when there was none.' })
  discardScorecardDraft(@CurrentCaller() caller: Caller, @Args('key') key: string): Promise<boolean> {
    return this.authoring.discardDraft(caller, key);
  }

  private async model(key: string, version: ScorecardVersionEntity): Promise<ScorecardVersionModel> {
    return toVersionModel(key, version, await this.scorecards.authorName(version.authorId));
  }
}
