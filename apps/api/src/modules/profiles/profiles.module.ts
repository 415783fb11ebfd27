import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '../organisation/organisation.module';
import { ScorecardsModule } from '../scorecards/scorecards.module';
import { OverrideRules } from './override-rules';
import { ProfileOverrideEntity } from './profile-override.entity';
import { ProfilesRepository } from './profiles.repository';
import { ProfilesResolver } from './profiles.resolver';
import { ProfilesService } from './profiles.service';

/**
 * Profile overrides and the profile in force: ProfilesService.decisions gives the scoring service the profile
 * stretches of a period (override > schedule > default).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ProfileOverrideEntity]), OrganisationModule, ScorecardsModule],
  providers: [ProfilesRepository, OverrideRules, ProfilesService, ProfilesResolver],
  exports: [ProfilesService],
})
export class ProfilesModule {}
