import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgentsModule } from '../agents/agents.module';
import { FieldsModule } from '../fields/fields.module';
import { OrganisationModule } from '../organisation/organisation.module';
import { ColumnMappingEntity } from './column-mapping.entity';
import { ColumnMappingsRepository } from './column-mappings.repository';
import { ColumnMappingsResolver } from './column-mappings.resolver';
import { ColumnMappingsService } from './column-mappings.service';
import { IngestSetup } from './ingest-setup';
import { IngestionController } from './ingestion.controller';
import { IngestionEvents } from './ingestion.events';
import { IngestionRepository } from './ingestion.repository';
import { IngestionResolver } from './ingestion.resolver';
import { IngestionService } from './ingestion.service';
import { RecordsDemoStep } from './records.demo-step';

/**
 * Interaction records in: POST /api/ingest/interactions (CSV/NDJSON streams), ingestInteractions (GraphQL batches),
 * saved column mappings, and IngestionEvents for contexts that react to new records (scoring).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ColumnMappingEntity]), AgentsModule, FieldsModule, OrganisationModule],
  controllers: [IngestionController],
  providers: [
    IngestionRepository, IngestSetup, IngestionService, IngestionEvents, IngestionResolver,
    ColumnMappingsRepository, ColumnMappingsService, ColumnMappingsResolver, RecordsDemoStep,
  ],
  exports: [IngestionService, IngestionEvents],
})
export class IngestionModule {}
