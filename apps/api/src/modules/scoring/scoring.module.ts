import { Module } from '@nestjs/common';
import { IngestionModule } from '../ingestion/ingestion.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { ProfilesModule } from '../profiles/profiles.module';
import { ScorecardsModule } from '../scorecards/scorecards.module';
import { RecordsResolver } from './records.resolver';
import { RecordsService } from './records.service';
import { ScoreComputer } from './score-computer';
import { ScorePageCache, ScorePageCachePlugin } from './score-page-cache';
import { ScoreRuns } from './score-runs';
import { ScoringResolver } from './scoring.resolver';
import { ScoringRepository } from './scoring.repository';
import { ScoringService } from './scoring.service';
import { SimulationResolver } from './simulation.resolver';
import { SimulationService } from './simulation.service';
import { SnapshotRefresher } from './snapshot-refresher';
import { SnapshotStore } from './snapshot-store';
import { SnapshotsRepository } from './snapshots.repository';

/**
 * Scoring over PostgreSQL: `scores`, `teamScores`, `explainScore`, `simulate`, `interactions`; results stored as snapshots per
 * version, profile, period and subject, refreshed when records arrive or rules change.
 */
@Module({
  imports: [ScorecardsModule, ProfilesModule, OrganisationModule, IngestionModule],
  providers: [
    ScoringRepository, SnapshotsRepository, ScoreComputer, ScoreRuns, SnapshotStore, SnapshotRefresher,
    ScoringService, ScorePageCache, ScorePageCachePlugin, SimulationService, ScoringResolver, SimulationResolver, RecordsService, RecordsResolver,
  ],
  exports: [ScoringService, SnapshotRefresher],
})
export class ScoringModule {}
