import { dayNumber, dayText, parsePeriod, PeriodError, periodDays, periodOf, rangePeriod } from './periods';

describe('parsePeriod', () => {
  it.each([
    ['2021-01', '2021-01-01', '2021-01-31'],
    ['2020-02', '2020-02-01', '2020-02-29'],
    ['2021-02', '2021-02-01', '2021-02-28'],
    ['2021-W03', '2021-01-18', '2021-01-24'],
    ['2021-W01', '2021-01-04', '2021-01-10'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2026-W01', '2025-12-29', '2026-01-04'],
    ['2021-Q1', '2021-01-01', '2021-03-31'],
    ['2021-Q4', '2021-10-01', '2021-12-31'],
    ['2021', '2021-01-01', '2021-12-31'],
    ['2021-01-05', '2021-01-05', '2021-01-05'],
    ['2021-01-05..2021-01-20', '2021-01-05', '2021-01-20'],
    [' 2021-q2 ', '2021-04-01', '2021-06-30'],
  ])('reads %s as %s..%s', (text, from, to) => {
    expect(parsePeriod(text)).toEqual({ from, to });
  });

  it.each([
    ['2021-W53', /2021 has ISO weeks W01 to W52/],
    ['2021-W00', /not a week/],
    ['2021-Q5', /quarters are Q1 to Q4/],
    ['2021-13', /months are 01 to 12/],
    ['2021-02-30', /not a real day/],
    ['2021-1-5', /not a period/],
    ['last month', /not a period/],
    ['', /not a period/],
    ['2021-01-20..2021-01-05', /ends before it starts/],
  ])('rejects %s with a PeriodError', (text, message) => {
    expect(() => parsePeriod(text)).toThrow(PeriodError);
    expect(() => parsePeriod(text)).toThrow(message);
  });
});

describe('rangePeriod', () => {
  it('keeps a one-day range', () => {
    expect(rangePeriod('2021-03-01', '2021-03-01')).toEqual({ from: '2021-03-01', to: '2021-03-01' });
  });

  it('rejects a day that does not exist, naming it', () => {
    expect(() => rangePeriod('2021-02-29', '2021-03-01')).toThrow("'2021-02-29' is not a real day");
  });

  it('rejects a reversed range', () => {
    expect(() => rangePeriod('2021-03-02', '2021-03-01')).toThrow(PeriodError);
  });
});

describe('periodOf', () => {
  it.each([
    ['day', '2021-01-05', '2021-01-05', '2021-01-05'],
    ['week', '2021-01-01', '2020-12-28', '2021-01-03'],
    ['week', '2021-01-04', '2021-01-04', '2021-01-10'],
    ['week', '2021-01-10', '2021-01-04', '2021-01-10'],
    ['month', '2021-02-14', '2021-02-01', '2021-02-28'],
    ['quarter', '2021-05-31', '2021-04-01', '2021-06-30'],
    ['year', '2021-05-31', '2021-01-01', '2021-12-31'],
  ] as const)('the %s containing %s is %s..%s', (unit, day, from, to) => {
    expect(periodOf(unit, day)).toEqual({ from, to });
  });

  it('rejects a bad day', () => {
    expect(() => periodOf('month', '2021-13-01')).toThrow(PeriodError);
  });
});

describe('day numbers', () => {
  it('counts days since 1970-01-01 both ways', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2021-01-01')).toBe(18628);
    expect(dayText(18628)).toBe('2021-01-01');
    expect(dayText(-1)).toBe('1969-12-31');
  });

  it('counts the days of a period', () => {
    expect(periodDays(parsePeriod('2020-02'))).toBe(29);
    expect(periodDays(parsePeriod('2021'))).toBe(365);
  });
});
