import { CliError, EXIT } from '../usage/cli-error';
import { csvRowMapper, type MappingOptions } from './record-mapper';

// The mapping itself is specified in @yardstick/contracts (records/record-mapper.spec.ts); here only that a column
// plan that cannot work reaches the user as a usage error.

const options: MappingOptions = {
  fields: [{ name: 'agent', type: 'string' }, { name: 'occurred_at', type: 'timestamp' }],
  maps: new Map(),
  readTimestamp: () => null,
};

describe('csvRowMapper (CLI)', () => {
  it('is a usage error when the agent column is missing', () => {
    let thrown: unknown;
    try {
      csvRowMapper(['who', 'occurred_at'], options, 'calls.csv');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect(thrown).toMatchObject({
      message: 'calls.csv has no column for `agent` (its columns: who, occurred_at); name one with --map agent=COLUMN',
      exitCode: EXIT.usage,
    });
  });

  it('is a usage error when --map names a column the file lacks', () => {
    const mapped = { ...options, maps: new Map([['agent', 'who']]) };
    expect(() => csvRowMapper(['agent', 'occurred_at'], mapped, 'calls.csv')).toThrow(CliError);
  });
});
