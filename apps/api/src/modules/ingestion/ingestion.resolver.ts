import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import { IngestionService } from './ingestion.service';
import { IngestResultModel, toIngestResultModel } from './ingestion.model';
import { InteractionInput } from './interaction.input';

@Resolver(() => IngestResultModel)
export class IngestionResolver {
  constructor(private readonly ingestion: IngestionService) {}

  @Mutation(() => IngestResultModel, {
    description: 'Stores up to 1,000 records in one transaction (larger loads: POST /api/ingest/interactions). ' +
      'Idempotent per (source, externalId); invalid records are listed in rejections and the rest are stored.',
  })
  async ingestInteractions(
    @CurrentCaller() caller: Caller,
    @Args('records', { type: () => [InteractionInput] }) records: InteractionInput[],
    @Args('source', { type: () => String, nullable: true, description: 'the source of records that name none (default "api")' })
    source?: string | null,
  ): Promise<IngestResultModel> {
    return toIngestResultModel(await this.ingestion.ingestRecords(caller, records, source));
  }
}
