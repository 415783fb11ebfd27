import { dayIn, instantOfWallClock, overrideDefaults, showWallClock, untilChoices, wallClockIn } from './wall-clock';

const instant = Date.UTC(2021, 2, 10, 17, 30, 45); // 2021-03-10 17:30:45 UTC

describe('wallClockIn and dayIn', () => {
  it('reads the instant in the organisation zone, not the browser one', () => {
    expect(wallClockIn('UTC', instant)).toBe('2021-03-10T17:30');
    expect(wallClockIn('Asia/Shanghai', instant)).toBe('2021-03-11T01:30');
    expect(dayIn('Asia/Shanghai', instant)).toBe('2021-03-11');
    expect(dayIn('America/New_York', instant)).toBe('2021-03-10');
  });

  it('writes midnight as 00, never 24', () => {
    expect(wallClockIn('UTC', Date.UTC(2021, 0, 1, 0, 0))).toBe('2021-01-01T00:00');
  });

  it('falls back to UTC for a zone this browser does not know', () => {
    expect(wallClockIn('Mars/Olympus', instant)).toBe('2021-03-10T17:30');
  });
});

describe('untilChoices and overrideDefaults', () => {
  it('offers tonight, then whole days after', () => {
    expect(untilChoices('2021-03-31T17:30').map((c) => c.value))
      .toEqual(['2021-04-01T00:00', '2021-04-02T00:00', '2021-04-04T00:00', '2021-04-08T00:00']);
  });

  it('proposes from now until the end of tomorrow in the organisation zone', () => {
    expect(overrideDefaults(instant, 'Asia/Shanghai')).toEqual({ from: '2021-03-11T01:30', to: '2021-03-13T00:00' });
  });
});

describe('showWallClock', () => {
  it('shows the wall-clock part of an instant with an offset', () => {
    expect(showWallClock('2021-03-08T00:00:00.000+08:00')).toBe('2021-03-08 00:00');
    expect(showWallClock('soon')).toBe('soon');
  });
});

describe('instantOfWallClock', () => {
  it('finds the instant a wall-clock time names in the zone', () => {
    expect(instantOfWallClock('2021-03-08T00:00', 'UTC')).toBe(Date.UTC(2021, 2, 8));
    expect(instantOfWallClock('2021-03-08T00:00', 'Asia/Shanghai')).toBe(Date.UTC(2021, 2, 7, 16));
    expect(instantOfWallClock('2021-07-01T12:30', 'America/New_York')).toBe(Date.UTC(2021, 6, 1, 16, 30));
  });

  it('round-trips with wallClockIn across a daylight-saving change', () => {
    for (const wall of ['2021-03-14T01:30', '2021-03-14T03:30', '2021-11-07T00:30', '2021-11-07T03:00']) {
      expect(wallClockIn('America/New_York', instantOfWallClock(wall, 'America/New_York'))).toBe(wall);
    }
  });

  it('moves a time inside a daylight-saving gap past the gap, and refuses garbage', () => {
    expect(wallClockIn('America/New_York', instantOfWallClock('2021-03-14T02:30', 'America/New_York'))).toBe('2021-03-14T03:30');
    expect(instantOfWallClock('soon', 'UTC')).toBeNaN();
  });
});
