import { DateTime } from 'luxon';
import {
  dayOfLocalMs, daysFromCivil, formatLocalMs, localDayMs, TimeError, toLocalMs, tryLocalMs, ZoneClock,
} from './time';

/** What luxon says the local wall clock is, counted as if it were UTC. */
function luxonLocal(text: string, zone: string): number {
  const d = DateTime.fromISO(text.replace(' ', 'T'), { zone, setZone: false });
  const local = d.setZone(zone);
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond);
}

describe('toLocalMs without an offset', () => {
  it.each([
    ['2021-01-01T09:12:58', Date.UTC(2021, 0, 1, 9, 12, 58)],
    ['2021-01-01 09:12:58', Date.UTC(2021, 0, 1, 9, 12, 58)],
    ['2021-01-01T09:12', Date.UTC(2021, 0, 1, 9, 12)],
    ['2021-01-01T09:12:58.250', Date.UTC(2021, 0, 1, 9, 12, 58, 250)],
    ['2021-01-01T09:12:58.5', Date.UTC(2021, 0, 1, 9, 12, 58, 500)],
    ['2021-01-01', Date.UTC(2021, 0, 1)],
    ['2020-02-29T23:59:59', Date.UTC(2020, 1, 29, 23, 59, 59)],
    ['1969-12-31T23:00:00', Date.UTC(1969, 11, 31, 23)],
  ])('takes %s as the local wall clock', (text, expected) => {
    expect(toLocalMs(text, 'Asia/Shanghai')).toBe(expected);
    // the zone does not matter when the text carries no offset
    expect(toLocalMs(text, 'America/New_York')).toBe(expected);
  });

  it.each([
    '2021-02-29', '2021-13-01', '2021-01-32', '2021-01-01T24:00', '2021-01-01T10:60', '2021-01-01T10:00:61',
    '2021/01/01', '21-01-01', '2021-01-01T', '2021-01-01T9:00', 'yesterday', '', '2021-01-01T10:00:00.', '2021-01-01X',
  ])('rejects %j', (text) => {
    expect(tryLocalMs(text, 'UTC')).toBeNull();
    expect(() => toLocalMs(text, 'UTC')).toThrow(TimeError);
  });
});

describe('toLocalMs with an offset', () => {
  it('moves an instant into the zone', () => {
    expect(toLocalMs('2021-01-01T01:00:00Z', 'Asia/Shanghai')).toBe(Date.UTC(2021, 0, 1, 9));
    expect(toLocalMs('2021-01-01T09:00:00+08:00', 'Asia/Shanghai')).toBe(Date.UTC(2021, 0, 1, 9));
    expect(toLocalMs('2021-01-01T09:00:00+0800', 'UTC')).toBe(Date.UTC(2021, 0, 1, 1));
    expect(toLocalMs('2021-01-01T09:00:00+08', 'UTC')).toBe(Date.UTC(2021, 0, 1, 1));
    expect(toLocalMs('2021-01-01T00:30:00-05:00', 'Europe/Berlin')).toBe(Date.UTC(2021, 0, 1, 6, 30));
  });

  it.each(['America/New_York', 'Europe/Berlin', 'Asia/Shanghai', 'Australia/Lord_Howe', 'Asia/Kolkata'])(
    'agrees with luxon every 97 minutes over a year in %s, DST switches included',
    (zone) => {
      const start = Date.UTC(2021, 0, 1);
      const wrong: string[] = [];
      for (let t = start; t < start + 366 * 86_400_000; t += 97 * 60_000) {
        const text = new Date(t).toISOString();
        if (toLocalMs(text, zone) !== luxonLocal(text, zone)) wrong.push(text);
      }
      expect(wrong).toEqual([]);
    },
  );

  it('agrees with luxon around the New York spring-forward and fall-back instants', () => {
    for (const text of ['2021-03-14T06:59:59Z', '2021-03-14T07:00:00Z', '2021-11-07T05:59:59Z', '2021-11-07T06:00:00Z']) {
      expect(toLocalMs(text, 'America/New_York')).toBe(luxonLocal(text, 'America/New_York'));
    }
    expect(formatLocalMs(toLocalMs('2021-03-14T07:00:00Z', 'America/New_York'))).toBe('2021-03-14 03:00:00');
    expect(formatLocalMs(toLocalMs('2021-03-14T06:59:59Z', 'America/New_York'))).toBe('2021-03-14 01:59:59');
  });

  it('agrees with luxon minute by minute across Lord Howe\'s half-hour switch, which falls inside a UTC hour', () => {
    const wrong: string[] = [];
    for (let t = Date.UTC(2021, 9, 2, 14); t < Date.UTC(2021, 9, 2, 17); t += 60_000) {
      const text = new Date(t).toISOString();
      if (toLocalMs(text, 'Australia/Lord_Howe') !== luxonLocal(text, 'Australia/Lord_Howe')) wrong.push(text);
    }
    expect(wrong).toEqual([]);
  });

  it('names an unknown zone', () => {
    expect(() => toLocalMs('2021-01-01T00:00:00Z', 'Asia/Shangai')).toThrow("unknown time zone 'Asia/Shangai'");
    expect(() => new ZoneClock('Mars/Olympus')).toThrow(TimeError);
  });

  it('does not need a valid zone for texts without an offset', () => {
    expect(toLocalMs('2021-01-01T00:00:00', 'Nowhere/Nothing')).toBe(Date.UTC(2021, 0, 1));
  });
});

describe('local days', () => {
  it('gives the day of local ms and the ms of a day', () => {
    expect(localDayMs('2021-01-05')).toBe(Date.UTC(2021, 0, 5));
    expect(dayOfLocalMs(Date.UTC(2021, 0, 5, 23, 59, 59, 999))).toBe('2021-01-05');
    expect(dayOfLocalMs(Date.UTC(1969, 11, 31, 12))).toBe('1969-12-31');
    expect(() => localDayMs('2021-01-05T10:00')).toThrow(TimeError);
  });

  it('counts civil days like the platform does', () => {
    for (const [y, m, d] of [[1970, 1, 1], [2000, 2, 29], [2100, 3, 1], [1600, 12, 31], [2021, 1, 5]]) {
      expect(daysFromCivil(y, m, d) * 86_400_000).toBe(Date.UTC(y, m - 1, d));
    }
  });
});
