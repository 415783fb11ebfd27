import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import type { Caller } from '../../common/caller';
import { CurrentCaller } from '../../common/caller.decorators';
import type { CallerRequest } from '../../common/request-context';
import type { IngestReport } from './ingest-report';
import { IngestionService } from './ingestion.service';

/**
 * `POST /api/ingest/interactions`: a CSV (`text/csv`) or NDJSON (`application/x-ndjson`) body of interaction
 * records, streamed into the database. Answers 200 with the counts once everything is committed.
 */
@Controller('api/ingest')
export class IngestionController {
  constructor(private readonly ingestion: IngestionService) {}

  @Post('interactions')
  @HttpCode(200)
  interactions(@CurrentCaller() caller: Caller, @Req() request: CallerRequest, @Query() query: Record<string, unknown>): Promise<IngestReport> {
    const headers = { contentType: request.headers['content-type'], contentEncoding: request.headers['content-encoding'] };
    return this.ingestion.ingestBody(caller, request, headers, query);
  }
}
