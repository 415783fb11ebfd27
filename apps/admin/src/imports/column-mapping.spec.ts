import {
  applySavedMapping, effectiveMapping, fieldOfColumn, hasProblems, ingestQuery, mappingProblems, mappingToSave,
  matchingColumn, normaliseHeader, recordFields,
} from './column-mapping';

const pwcHeader = ['call_id', 'agent', 'date', 'time', 'datetime', 'month', 'topic', 'answered', 'resolved',
  'speed_of_answer_s', 'talk_duration_s', 'satisfaction_rating'];
const fields = recordFields([{ name: 'topic', type: 'string', label: 'Topic' }, { name: 'rating', type: 'number' }]);

describe('recordFields', () => {
  it('lists identity fields, the built-in fields and custom fields once each', () => {
    const names = fields.map((field) => field.name);
    expect(names.slice(0, 6)).toEqual(['external_id', 'agent', 'occurred_at', 'source', 'team', 'record_version']);
    expect(names).toContain('wait_seconds');
    expect(names.filter((name) => name === 'rating')).toHaveLength(1);
    expect(fields.find((field) => field.name === 'topic')).toMatchObject({ kind: 'custom', label: 'Topic' });
    expect(fields.filter((field) => field.required).map((field) => field.name)).toEqual(['external_id', 'agent', 'occurred_at']);
  });
});

describe('matching columns by name', () => {
  it('normalises headers to snake_case as the api does', () => {
    expect(normaliseHeader('Satisfaction rating')).toBe('satisfaction_rating');
    expect(normaliseHeader('\uFEFFspeedOfAnswer (s)')).toBe('speed_of_answer_s');
    expect(normaliseHeader('WAIT_SECONDS')).toBe('wait_seconds');
    expect(matchingColumn(['Wait Seconds'], 'wait_seconds')).toBe('Wait Seconds');
    expect(matchingColumn(['x'], 'wait_seconds')).toBeNull();
  });

  it('reads explicit maps first, then matching names', () => {
    const effective = effectiveMapping(pwcHeader, { external_id: 'call_id', wait_seconds: 'speed_of_answer_s' }, fields);
    expect(effective).toMatchObject({ external_id: 'call_id', agent: 'agent', answered: 'answered', wait_seconds: 'speed_of_answer_s', topic: 'topic' });
    expect(effective.occurred_at).toBeUndefined();
  });
});

describe('mappingProblems', () => {
  it('accepts the call-centre file with its id mapped, occurred_at coming from date and time', () => {
    const problems = mappingProblems(pwcHeader, { external_id: 'call_id' }, fields);
    expect(problems).toEqual({ missing: [], absent: [], unnameable: [] });
    expect(hasProblems(problems)).toBe(false);
  });

  it('names required fields nothing feeds, columns the file lacks and columns a map cannot name', () => {
    const problems = mappingProblems(['who', 'a,b', ' pad'], { agent: 'who', rating: 'a,b', talk_seconds: ' pad', wrap_seconds: 'gone' }, fields);
    expect(problems).toEqual({ missing: ['external_id', 'occurred_at'], absent: ['gone'], unnameable: ['a,b', ' pad'] });
    expect(hasProblems(problems)).toBe(true);
  });
});

describe('ingestQuery', () => {
  it('sends the source and only the maps the names would not give', () => {
    const query = ingestQuery(pwcHeader, { external_id: 'call_id', occurred_at: 'datetime', agent: 'agent', rating: '' }, 'pbx');
    expect(query).toBe('source=pbx&map=external_id%3Acall_id%2Coccurred_at%3Adatetime');
    expect(new URLSearchParams(query).get('map')).toBe('external_id:call_id,occurred_at:datetime');
    expect(ingestQuery(pwcHeader, {}, '  ')).toBe('');
  });
});

describe('saved mappings', () => {
  it('applies what the file has and lists the columns it lacks', () => {
    expect(applySavedMapping({ external_id: 'call_id', rating: 'csat', junk: 3 }, pwcHeader))
      .toEqual({ map: { external_id: 'call_id' }, missingColumns: ['csat'] });
  });

  it('saves only the maps with a column', () => {
    expect(mappingToSave({ external_id: 'call_id', rating: '' })).toEqual({ external_id: 'call_id' });
  });
});

describe('fieldOfColumn', () => {
  it('says which field each column feeds, and which are ignored', () => {
    const feeds = fieldOfColumn(pwcHeader, { external_id: 'call_id', wait_seconds: 'speed_of_answer_s' }, fields);
    expect(feeds).toEqual(['external_id', 'agent', 'occurred_at (date)', 'occurred_at (time)', null, null, 'topic', 'answered',
      'resolved', 'wait_seconds', null, null]);
    expect(fieldOfColumn(pwcHeader, { occurred_at: 'datetime' }, fields)[2]).toBeNull();
  });
});
