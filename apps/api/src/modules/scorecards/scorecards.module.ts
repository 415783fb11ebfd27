import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationModule } from '../organisation/organisation.module';
import { ScorecardAuthoringResolver } from './scorecard-authoring.resolver';
import { ScorecardAuthoringService } from './scorecard-authoring.service';
import { ScorecardCompiler } from './scorecard-compiler';
import { ScorecardEntity, ScorecardVersionEntity } from './scorecards.entity';
import { ScorecardsRepository } from './scorecards.repository';
import { ScorecardsDemoStep } from './scorecards.demo-step';
import { ScorecardsResolver } from './scorecards.resolver';
import { ScorecardsService } from './scorecards.service';

/**
 * Versioned scorecards: drafts, immutable published versions with effective dates, the version in force for a
 * day and its compiled form (ScorecardsService.versionInForce / compiledVersion, for the services that score).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ScorecardEntity, ScorecardVersionEntity]), OrganisationModule],
  providers: [
    ScorecardsRepository, ScorecardCompiler, ScorecardsService, ScorecardAuthoringService,
    ScorecardsResolver, ScorecardAuthoringResolver, ScorecardsDemoStep,
  ],
  exports: [ScorecardsService, ScorecardAuthoringService],
})
export class ScorecardsModule {}
