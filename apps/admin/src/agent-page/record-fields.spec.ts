import { RECORD_PROPERTIES, recordColumns, recordFieldValue, recordValueKind, type RecordNode } from './record-fields';

const node: RecordNode = {
  id: '1', source: 'pbx', externalId: 'c1', occurredAt: '2021-03-02T09:00:00.000+00:00', team: 'North', waitSeconds: 42,
  answered: true, rating: null, custom: { kb_used: false, shift: 'late' },
};

describe('the records dialog\'s columns', () => {
  it('are the fields the aggregate reads, without the agent and the time, once each', () => {
    expect(recordColumns(['wait_seconds', 'occurred_at', 'agent', 'answered', 'wait_seconds', 'kb_used'])).toEqual(['wait_seconds', 'answered', 'kb_used']);
    expect(recordColumns([])).toEqual([]);
  });

  it('read built-in fields from their properties and custom fields from custom', () => {
    expect(['wait_seconds', 'answered', 'rating', 'team', 'kb_used', 'shift', 'missing'].map((f) => recordFieldValue(node, f)))
      .toEqual([42, true, null, 'North', false, 'late', null]);
  });

  it('know every built-in property the api lists', () => {
    expect(RECORD_PROPERTIES).toHaveLength(24);
    expect(recordFieldValue({ ...node, qaScore: 88 }, 'qa_score')).toBe(88);
  });

  it('show durations, booleans and empties by kind', () => {
    expect([recordValueKind('wait_seconds', 42), recordValueKind('rating', 4), recordValueKind('answered', false),
      recordValueKind('rating', null), recordValueKind('shift', 'late')]).toEqual(['duration', 'number', 'boolean', 'empty', 'text']);
  });
});
