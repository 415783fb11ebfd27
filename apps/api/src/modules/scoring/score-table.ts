import type { SqlTableMap } from '@yardstick/dsl';

// How the service's tables read as the language's records (migrations/…-CreateSchema.ts): one `interactions`
// row is a record; agents are known by their external id (the id the records and the CLI use), pooled in the
// team they are on now (the roster the engine gets says the same), and a record's `team` field is the team it
// was handled for. Built-in fields are the columns of their own name; custom fields live in `custom` (jsonb).

const JOINS: SqlTableMap['joins'] = [
  { table: 'agents', alias: 'agent', on: [{ left: { column: 'agent_id' }, right: 'id' }] },
  { table: 'teams', alias: 'agent_team', on: [{ left: { from: 'agent', column: 'team_id' }, right: 'id' }], optional: true },
  { table: 'teams', alias: 'record_team', on: [{ left: { column: 'team_id' }, right: 'id' }], optional: true },
];

const GROUP_JOIN = { table: 'groups', alias: 'agent_group', on: [{ left: { from: 'agent_team', column: 'group_id' }, right: 'id' }], optional: true };

/** The table map for a scorecard; groups are joined only for `subject group` (nothing else groups by them). */
export function interactionsTable(byGroup: boolean): SqlTableMap {
  return {
    table: 'interactions',
    joins: byGroup ? [...(JOINS ?? []), GROUP_JOIN] : JOINS,
    occurredAt: { column: 'occurred_at' },
    fields: { team: { from: 'record_team', column: 'name' } },
    custom: { column: 'custom' },
    subjects: {
      agent: { from: 'agent', column: 'external_id' },
      team: { from: 'agent_team', column: 'name' },
      ...(byGroup ? { group: { from: 'agent_group', column: 'name' } } : {}),
    },
  };
}
