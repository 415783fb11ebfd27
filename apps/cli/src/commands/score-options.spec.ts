import { memoryIo } from '../testing/memory-io';
import { parseMaps, parseOverrides, readScoreRequest } from './score-options';

describe('parseMaps', () => {
  it('reads field=Column pairs, keeping spaces and = inside the column name', () => {
    expect(parseMaps(['rating=Satisfaction rating', 'wait_seconds = speed', 'x=a=b'])).toEqual(new Map([
      ['rating', 'Satisfaction rating'], ['wait_seconds', 'speed'], ['x', 'a=b'],
    ]));
  });

  it('rejects a pair without a field or a column', () => {
    for (const bad of ['rating', '=speed', 'rating=']) {
      expect(() => parseMaps([bad])).toThrow(`--map ${bad}: write --map FIELD=COLUMN`);
    }
  });

  it('rejects a field mapped twice', () => {
    expect(() => parseMaps(['rating=a', 'rating=b'])).toThrow('--map rating=b: `rating` is already mapped to column "a"');
  });
});

describe('readScoreRequest', () => {
  const io = memoryIo(__dirname);

  it('resolves files against the working directory and keeps the names as written', () => {
    const { request } = readScoreRequest('score', ['score-options.ts', '--data', 'score.command.ts', '--period', '2021-Q1', '--tz', 'Asia/Shanghai'], io);
    expect(request.scorecardFile).toEqual({ path: `${__dirname}/score-options.ts`, display: 'score-options.ts' });
    expect(request.period).toEqual({ from: '2021-01-01', to: '2021-03-31' });
    expect(request.zone).toBe('Asia/Shanghai');
    expect(request.json).toBe(false);
  });

  it('fails on a bad zone before reading anything', () => {
    expect(() => readScoreRequest('score', ['score-options.ts', '--data', 'score.command.ts', '--tz', 'Nowhere'], io))
      .toThrow("--tz: unknown time zone 'Nowhere'");
  });
});

describe('parseOverrides', () => {
  it('reads days and wall-clock times in the zone, and times with an offset as instants', () => {
    const ms = (text: string) => Date.parse(`${text}Z`);
    expect(parseOverrides(['2021-02-10T12:00..2021-02-12=double11', '2021-03-01T08:00+08:00..2021-03-02T00:00Z=normal'], 'Asia/Shanghai')).toEqual([
      { startMs: ms('2021-02-10T12:00:00'), endMs: ms('2021-02-12T00:00:00'), profile: 'double11' },
      { startMs: ms('2021-03-01T08:00:00'), endMs: ms('2021-03-02T08:00:00'), profile: 'normal' },
    ]);
  });

  it.each(['2021-02-10=double11', '2021-02-10..soon=double11', '2021-02-12..2021-02-10=double11', '2021-02-10..2021-02-12'])('refuses %s', (entry) => {
    expect(() => parseOverrides([entry], 'UTC')).toThrow(/--override/);
  });
});
