import { instantReader } from './ingest-time';

describe('instantReader', () => {
  it('reads local times in the zone and offset times as instants', () => {
    const shanghai = instantReader('Asia/Shanghai');
    expect(shanghai('2021-01-05T09:00:00')).toBe(Date.UTC(2021, 0, 5, 1));
    expect(shanghai('2021-01-05 09:00')).toBe(Date.UTC(2021, 0, 5, 1));
    expect(shanghai('2021-01-05')).toBe(Date.UTC(2021, 0, 4, 16));
    expect(shanghai('2021-01-05T09:00:00Z')).toBe(Date.UTC(2021, 0, 5, 9));
    expect(shanghai('2021-01-05T09:00:00.125-05:00')).toBe(Date.UTC(2021, 0, 5, 14, 0, 0, 125));
    expect(shanghai('yesterday')).toBeNull();
    expect(shanghai('2021-02-30T09:00:00')).toBeNull();
  });

  it('follows daylight saving time, moving a time in the spring gap on by the gap', () => {
    const berlin = instantReader('Europe/Berlin');
    expect(berlin('2021-01-10T12:00:00')).toBe(Date.UTC(2021, 0, 10, 11));
    expect(berlin('2021-07-10T12:00:00')).toBe(Date.UTC(2021, 6, 10, 10));
    expect(berlin('2021-03-28T02:30:00')).toBe(Date.UTC(2021, 2, 28, 1, 30));
  });

  it('reads UTC without any zone arithmetic', () => {
    expect(instantReader('UTC')('2021-01-05T09:00:00')).toBe(Date.UTC(2021, 0, 5, 9));
  });
});
