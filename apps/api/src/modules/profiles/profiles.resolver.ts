import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import {
  ProfileInForceModel, ProfileOverrideModel, ProfileTimelineModel, toInForceModel, toOverrideModel, toTimelineModel,
} from './profiles.model';
import { ProfilesService } from './profiles.service';

// Profile overrides and which profile is in force. `from`/`to`/`at` take an ISO timestamp with an offset, a
// wall-clock time in the organisation's zone (2021-03-08T09:00) or a day (its local midnight); `to` is exclusive.

@Resolver()
export class ProfilesResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @Mutation(() => ProfileOverrideModel, {
    description: 'Admin: score `scorecard` with `profile` over [from, to), whatever its schedule says. The profile must '
      + 'exist in the version(s) in force then; it may not overlap another override in effect; the reason is required.',
  })
  async setProfileOverride(
    @CurrentCaller() caller: Caller,
    @Args('scorecard') scorecard: string,
    @Args('profile') profile: string,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('reason') reason: string,
  ): Promise<ProfileOverrideModel> {
    const override = await this.profiles.set(caller, { scorecard, profile, from, to, reason });
    return toOverrideModel((await this.profiles.views(scorecard, [override]))[0]);
  }

  @Mutation(() => ProfileOverrideModel, { description: 'Admin: end an override (kept in the list with who cleared it).' })
  async clearProfileOverride(@CurrentCaller() caller: Caller, @Args('id', { type: () => ID }) id: string): Promise<ProfileOverrideModel> {
    const { override, scorecard } = await this.profiles.clear(caller, id);
    return toOverrideModel((await this.profiles.views(scorecard, [override]))[0]);
  }

  @Query(() => [ProfileOverrideModel], { description: 'A scorecard\'s overrides, latest first (cleared ones on request).' })
  async profileOverrides(
    @CurrentCaller() caller: Caller,
    @Args('scorecard') scorecard: string,
    @Args('includeCleared', { type: () => Boolean, nullable: true, defaultValue: false }) includeCleared: boolean,
  ): Promise<ProfileOverrideModel[]> {
    const overrides = await this.profiles.list(caller, scorecard, includeCleared);
    return (await this.profiles.views(scorecard, overrides)).map(toOverrideModel);
  }

  @Query(() => ProfileInForceModel, { description: 'The profile deciding scores at `at` (default now): override, else schedule, else default.' })
  async profileInForce(
    @CurrentCaller() caller: Caller,
    @Args('scorecard') scorecard: string,
    @Args('at', { type: () => String, nullable: true }) at?: string | null,
  ): Promise<ProfileInForceModel> {
    return toInForceModel(await this.profiles.inForce(caller, scorecard, at));
  }

  @Query(() => ProfileTimelineModel, {
    description: 'The profile decisions over the days from..to (inclusive, organisation zone) for one version '
      + '(default: the one in force on the last day).',
  })
  async profileTimeline(
    @CurrentCaller() caller: Caller,
    @Args('scorecard') scorecard: string,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<ProfileTimelineModel> {
    return toTimelineModel(await this.profiles.timeline(caller, scorecard, { from, to }, version));
  }
}
