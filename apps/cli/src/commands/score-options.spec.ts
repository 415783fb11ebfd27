import { memoryIo } from '../testing/memory-io';
import { parseMaps, readScoreRequest } from './score-options';

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
