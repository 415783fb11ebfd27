import { dayOf, isDay, isoInZone, nextDay, parseMoment, startOfDay } from './org-time';

describe('org-time', () => {
  const shanghai = 'Asia/Shanghai';

  it('reads a day as its local midnight in the organisation zone', () => {
    const moment = parseMoment('2021-03-08', shanghai)!;
    expect(isoInZone(moment.utcMs, shanghai)).toBe('2021-03-08T00:00:00.000+08:00');
    expect(new Date(moment.utcMs).toISOString()).toBe('2021-03-07T16:00:00.000Z');
    expect(dayOf(moment)).toBe('2021-03-08');
  });

  it('reads a time without an offset as wall clock in the zone, and one with an offset as an instant', () => {
    expect(isoInZone(parseMoment('2021-03-08T09:30', shanghai)!.utcMs, shanghai)).toBe('2021-03-08T09:30:00.000+08:00');
    expect(isoInZone(parseMoment('2021-03-08 09:30:15.5', shanghai)!.utcMs, shanghai)).toBe('2021-03-08T09:30:15.500+08:00');
    expect(isoInZone(parseMoment('2021-03-08T01:00:00Z', shanghai)!.utcMs, shanghai)).toBe('2021-03-08T09:00:00.000+08:00');
    expect(isoInZone(parseMoment('2021-03-08T10:00-05:30', shanghai)!.utcMs, shanghai)).toBe('2021-03-08T23:30:00.000+08:00');
  });

  it('keeps both forms: the UTC instant and the org-local wall clock the engine compares records by', () => {
    const moment = parseMoment('2021-03-08T09:30', shanghai)!;
    expect(moment.localMs - moment.utcMs).toBe(8 * 3_600_000);
    expect(new Date(moment.localMs).toISOString()).toBe('2021-03-08T09:30:00.000Z');
  });

  it.each(['2021-02-30', '2021-03-08T24:00', '2021-03-08Z', 'tomorrow', '', '2021-3-8', '2021-03-08T09:30+8'])(
    'refuses %p', (text) => {
      expect(parseMoment(text, shanghai)).toBeNull();
    });

  it('follows daylight saving: local midnights around a switch have different offsets', () => {
    expect(isoInZone(startOfDay('2021-03-28', 'Europe/Berlin').utcMs, 'Europe/Berlin')).toBe('2021-03-28T00:00:00.000+01:00');
    expect(isoInZone(startOfDay('2021-03-29', 'Europe/Berlin').utcMs, 'Europe/Berlin')).toBe('2021-03-29T00:00:00.000+02:00');
    expect(isoInZone(0, 'America/St_Johns')).toBe('1969-12-31T20:30:00.000-03:30');
  });

  it('tells real days and the next day', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2021-02-29')).toBe(false);
    expect(isDay('2021-03-08T00:00')).toBe(false);
    expect(nextDay('2021-02-28')).toBe('2021-03-01');
    expect(nextDay('2021-12-31')).toBe('2022-01-01');
  });
});
