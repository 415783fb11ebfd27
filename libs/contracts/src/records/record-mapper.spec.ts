import { csvRowMapper, jsonRecordMapper, MappingError, RowProblem, type FieldSpec, type MappingOptions } from './record-mapper';

// a stand-in for the engine's reader: local wall clock as if UTC, `Z` accepted, anything else rejected
const readTimestamp = (text: string): number | null => {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?Z?$/.exec(text);
  const ms = m ? Date.parse(`${m[1]}T${m[2] ?? '00:00:00'}Z`) : NaN;
  return m && !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(m[1]) ? ms : null;
};

const fields: FieldSpec[] = [
  { name: 'agent', type: 'string' },
  { name: 'team', type: 'string' },
  { name: 'occurred_at', type: 'timestamp' },
  { name: 'answered', type: 'boolean' },
  { name: 'wait_seconds', type: 'duration' },
  { name: 'rating', type: 'number' },
];

const options = (maps: Record<string, string> = {}): MappingOptions => ({
  fields, maps: new Map(Object.entries(maps)), readTimestamp,
});

const pwcHeader = ['call_id', 'agent', 'date', 'time', 'datetime', 'answered', 'speed_of_answer_s', 'Satisfaction rating'];
const pwcMaps = { occurred_at: 'datetime', wait_seconds: 'speed_of_answer_s', rating: 'satisfaction_rating' };

describe('csvRowMapper', () => {
  it('maps normalised headers and --map columns to typed fields', () => {
    const mapper = csvRowMapper(pwcHeader, options(pwcMaps), 'calls.csv');
    const record = mapper.map(['ID1', 'Becky', '2021-01-05', '09:00:00', '2021-01-05T09:00:00', 'Y', '00:01:05', '4']);
    expect(record).toEqual({
      agent: 'Becky', occurred_at: Date.UTC(2021, 0, 5, 9), answered: true, wait_seconds: 65, rating: 4,
    });
    expect(mapper.width).toBe(8);
  });

  it('reads empty cells as null', () => {
    const mapper = csvRowMapper(pwcHeader, options(pwcMaps), 'calls.csv');
    const record = mapper.map(['ID2', 'Dan', '2021-01-05', '09:00:00', '2021-01-05T09:00:00', 'N', '', '']);
    expect(record).toMatchObject({ answered: false, wait_seconds: null, rating: null });
  });

  it('names the field, the text and the reason of a bad cell', () => {
    const mapper = csvRowMapper(pwcHeader, options(pwcMaps), 'calls.csv');
    const problem = mapper.map(['ID3', 'Dan', '2021-01-05', '09:00:00', '2021-01-05T09:00:00', 'Y', '12', 'abc']);
    expect(problem).toBeInstanceOf(RowProblem);
    expect(String(problem)).toBe('rating: "abc" is not a number');
  });

  it('rejects a row without an agent or a timestamp', () => {
    const mapper = csvRowMapper(pwcHeader, options(pwcMaps), 'calls.csv');
    expect(String(mapper.map(['ID4', ' ', '', '', '2021-01-05T09:00:00', 'Y', '1', '1']))).toBe('the agent is missing');
    expect(String(mapper.map(['ID5', 'Jim', '', '', '', 'Y', '1', '1']))).toBe('occurred_at is missing');
  });

  it('assembles occurred_at from date and time columns when there is no datetime column', () => {
    const mapper = csvRowMapper(pwcHeader, options({ wait_seconds: 'speed_of_answer_s' }), 'calls.csv');
    const record = mapper.map(['ID6', 'Joe', '2021-02-01', '17:30:00', 'ignored', 'Y', '10', '5']);
    expect(record).toMatchObject({ agent: 'Joe', occurred_at: Date.UTC(2021, 1, 1, 17, 30) });
    expect(String(mapper.map(['ID7', 'Joe', '2021-02-30', '17:30:00', '', 'Y', '10', '5'])))
      .toBe('date + time: "2021-02-30T17:30:00" is not a timestamp (write 2021-01-05T09:12:58, optionally with Z or an offset like +08:00)');
  });

  it('warns about a used field without a column', () => {
    const mapper = csvRowMapper(['agent', 'occurred_at'], options(), 'calls.csv');
    expect(mapper.warnings).toEqual([
      'calls.csv has no columns for `answered`, `wait_seconds`, `rating`: their values are null (name them with --map FIELD=COLUMN)',
    ]);
    expect(csvRowMapper(['agent', 'occurred_at', 'answered', 'rating'], options(), 'calls.csv').warnings).toEqual([
      'calls.csv has no column for `wait_seconds`: every value is null (name one with --map wait_seconds=COLUMN)',
    ]);
  });

  it('is a mapping error when the agent column is missing', () => {
    expect(() => csvRowMapper(['who', 'occurred_at'], options(), 'calls.csv')).toThrow(
      new MappingError('calls.csv has no column for `agent` (its columns: who, occurred_at); name one with --map agent=COLUMN'),
    );
  });

  it('shows a garbled header briefly', () => {
    const header = ['\u0001\ufffdx', 'y'.repeat(50), ...Array.from({ length: 20 }, (_, i) => `c${i}`)];
    expect(() => csvRowMapper(header, options(), 'g.csv')).toThrow(
      `g.csv has no column for \`agent\` (its columns: ??x, ${'y'.repeat(39)}…, c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, … (22 columns))`);
  });

  it('is a mapping error when no column gives the time of a record', () => {
    expect(() => csvRowMapper(['agent', 'when'], options(), 'calls.csv')).toThrow(/no column for `occurred_at`/);
  });

  it('is a mapping error when a map names a column the file lacks', () => {
    expect(() => csvRowMapper(pwcHeader, options({ rating: 'stars' }), 'calls.csv'))
      .toThrow('--map rating=stars: calls.csv has no column "stars"');
  });

  it('lets --map win over a column of the same name', () => {
    const mapper = csvRowMapper(['agent', 'occurred_at', 'rating', 'stars'], options({ rating: 'stars' }), 'c.csv');
    expect(mapper.map(['Jim', '2021-01-01', '1', '5'])).toMatchObject({ rating: 5 });
  });

  it('reports a row whose width differs from the header', () => {
    const mapper = csvRowMapper(pwcHeader, options(pwcMaps), 'calls.csv');
    expect(String(mapper.map(['ID8', 'Dan']))).toBe('expected 8 columns as in the header, found 2');
  });

  it('tells which columns feed fields and which feed none', () => {
    const mapper = csvRowMapper(pwcHeader, options(pwcMaps), 'calls.csv');
    expect(mapper.bound).toEqual([
      { field: 'agent', column: 'agent' }, { field: 'occurred_at', column: 'datetime' },
      { field: 'answered', column: 'answered' }, { field: 'wait_seconds', column: 'speed_of_answer_s' },
      { field: 'rating', column: 'Satisfaction rating' },
    ]);
    expect(mapper.unused).toEqual(['call_id', 'date', 'time']);
  });

  it('requires the fields the caller names, in the caller\'s map syntax', () => {
    const strict: MappingOptions = {
      ...options(), fields: [...fields, { name: 'external_id', type: 'string' }], required: ['agent', 'occurred_at', 'external_id'],
      mapSyntax: (field, column) => `map=${field}:${column}`,
    };
    expect(() => csvRowMapper(['agent', 'occurred_at'], strict, 'the CSV')).toThrow(
      'the CSV has no column for `external_id` (its columns: agent, occurred_at); name one with map=external_id:COLUMN');
    const mapper = csvRowMapper(['agent', 'occurred_at', 'external_id'], strict, 'the CSV');
    expect(String(mapper.map(['Jim', '2021-01-01', ' ']))).toBe('external_id is missing');
    expect(mapper.map(['Jim', '2021-01-01', 'X1'])).toMatchObject({ external_id: 'X1' });
  });
});

describe('jsonRecordMapper', () => {
  it('maps keys like headers and coerces strings and typed values', () => {
    const mapper = jsonRecordMapper(options({ wait_seconds: 'speed' }));
    const record = mapper.map({ agent: 'Greg', occurredAt: '2021-01-05T09:00:00Z', answered: 'Y', speed: 30, rating: null, extra: [1] });
    expect(record).toEqual({ agent: 'Greg', occurred_at: Date.UTC(2021, 0, 5, 9), answered: true, wait_seconds: 30, rating: null });
  });

  it('reports a value of the wrong type', () => {
    const mapper = jsonRecordMapper(options());
    expect(String(mapper.map({ agent: 'Greg', occurred_at: '2021-01-05', answered: 'perhaps' })))
      .toBe('answered: "perhaps" is not a boolean (write Y/N, yes/no, true/false or 1/0)');
    expect(String(mapper.map({ agent: 'Greg', occurred_at: '2021-01-05', rating: { stars: 4 } })))
      .toBe('rating: "{\\"stars\\":4}" is not a number');
  });

  it('assembles occurred_at from date and time keys', () => {
    const mapper = jsonRecordMapper(options());
    expect(mapper.map({ agent: 'Greg', date: '2021-01-05', time: '10:00:00' })).toMatchObject({ occurred_at: Date.UTC(2021, 0, 5, 10) });
    expect(String(mapper.map({ agent: 'Greg' }))).toBe('occurred_at is missing');
  });

  it('remembers keys that feed no field', () => {
    const mapper = jsonRecordMapper(options());
    mapper.map({ agent: 'Greg', occurred_at: '2021-01-05', topic: 'x', answered: true });
    expect(mapper.unusedKeys()).toEqual(['topic']);
  });
});
