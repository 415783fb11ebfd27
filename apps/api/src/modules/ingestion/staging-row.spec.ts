import { RowProblem, type MappedRecord } from '@yardstick/contracts';
import { StagingEncoder, type ResolvedIdentity } from './staging-row';

/** validate, then encode: the line, or the problem */
function encode(encoder: StagingEncoder, line: number, record: MappedRecord, identity: ResolvedIdentity): string | RowProblem {
  const checked = encoder.validate(record);
  return checked instanceof RowProblem ? checked : encoder.encode(line, record, identity, checked.custom);
}

// COPY text format: tab-separated, \N for null, backslash escapes for tab, newline, carriage return and backslash.

describe('StagingEncoder', () => {
  const identity = { agentId: 7, teamId: 3 };
  const base = { external_id: 'X1', agent: 'Becky', occurred_at: Date.UTC(2021, 0, 5, 9, 0, 0, 250) };

  it('writes only the columns the request can fill, in order', () => {
    const encoder = new StagingEncoder(new Set(['external_id', 'agent', 'occurred_at', 'channel', 'answered', 'wait_seconds']), [], 'api');
    expect(encoder.columns).toEqual(['line', 'external_id', 'agent_id', 'team_id', 'occurred_s', 'channel', 'wait_seconds', 'answered']);
    expect(encode(encoder, 12, { ...base, channel: 'phone', answered: true, wait_seconds: 12.5 }, identity))
      .toBe('12\tX1\t7\t3\t1609837200.25\tphone\t12.5\tt\n');
    expect(encode(encoder, 13, { ...base, channel: null, answered: false }, { agentId: 7, teamId: null }))
      .toBe('13\tX1\t7\t\\N\t1609837200.25\t\\N\t\\N\tf\n');
  });

  it('escapes what COPY text treats specially', () => {
    const encoder = new StagingEncoder(new Set(['external_id', 'agent', 'occurred_at', 'customer']), [], 'api');
    expect(encode(encoder, 2, { ...base, external_id: 'a\\b', customer: 'tab\there\nnew\rline' }, identity))
      .toBe('2\ta\\\\b\t7\t3\t1609837200.25\ttab\\there\\nnew\\rline\n');
  });

  it('fills source, team_given, custom fields and versions when the request carries them', () => {
    const fields = new Set(['external_id', 'agent', 'occurred_at', 'source', 'team', 'record_version', 'topic', 'callback_at']);
    const custom = [{ name: 'topic', type: 'string' as const }, { name: 'callback_at', type: 'timestamp' as const }];
    const encoder = new StagingEncoder(fields, custom, 'default-source');
    expect(encoder.columns).toEqual(['line', 'external_id', 'agent_id', 'team_id', 'occurred_s', 'source', 'team_given', 'custom', 'record_version_s']);
    const line = encode(encoder, 3, { ...base, team: 'North', topic: 'Bi\tlling \ud800', callback_at: Date.UTC(2021, 0, 6), record_version: 1_000 }, identity);
    expect(line).toBe('3\tX1\t7\t3\t1609837200.25\tdefault-source\tt\t{"topic":"Bi\\\\tlling \ufffd","callback_at":"2021-01-06T00:00:00.000Z"}\t1\n');
    expect(encode(encoder, 4, { ...base, source: 'crm', team: null }, identity)).toBe('4\tX1\t7\t3\t1609837200.25\tcrm\tf\t{}\t\\N\n');
  });

  it('rejects what PostgreSQL could not store', () => {
    const encoder = new StagingEncoder(new Set(['external_id', 'agent', 'occurred_at', 'channel']), [], 'api');
    expect(String(encode(encoder, 5, { ...base, channel: 'a\u0000b' }, identity))).toBe('channel: contains a NUL character, which cannot be stored');
    const long = encode(encoder, 6, { ...base, external_id: 'x'.repeat(501) }, identity);
    expect(long).toBeInstanceOf(RowProblem);
    expect(String(long)).toBe('external_id: is longer than 500 characters');
  });
});
