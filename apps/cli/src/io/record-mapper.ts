import {
  csvRowMapper as sharedCsvRowMapper, MappingError, type CsvRowMapper, type MappingOptions,
} from '@yardstick/contracts/records';
import { usageError } from '../usage/cli-error';

// The record mapping lives in @yardstick/contracts, shared with the service's ingestion; here a column plan that
// cannot work becomes a usage error (exit 2), as every other problem with the command line.

export {
  columnList, jsonRecordMapper, RowProblem,
  type CsvRowMapper, type FieldSpec, type JsonRecordMapper, type MappingOptions,
} from '@yardstick/contracts/records';

/** Plans the columns of a CSV from its header; throws a usage error when agent or occurred_at cannot be found. */
export function csvRowMapper(header: readonly string[], options: MappingOptions, file: string): CsvRowMapper {
  try {
    return sharedCsvRowMapper(header, options, file);
  } catch (error) {
    throw error instanceof MappingError ? usageError(error.message) : error;
  }
}
