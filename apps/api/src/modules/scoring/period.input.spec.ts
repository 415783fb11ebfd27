import { periodOf } from './period.input';

const fields = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    // path and English message; the Chinese (input.invalid) is checked where it is made (domain.exception.spec.ts)
    return (error as { details: { fields: { path: string; message: string }[] } }).details.fields
      .map(({ path, message }) => ({ path, message }));
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('PeriodInput', () => {
  it.each([
    [{ month: '2021-02' }, { from: '2021-02-01', to: '2021-02-28' }],
    [{ week: '2021-W03' }, { from: '2021-01-18', to: '2021-01-24' }],
    [{ week: '2021-W01' }, { from: '2021-01-04', to: '2021-01-10' }],
    [{ day: '2020-02-29' }, { from: '2020-02-29', to: '2020-02-29' }],
    [{ quarter: '2021-Q1' }, { from: '2021-01-01', to: '2021-03-31' }],
    [{ year: '2021' }, { from: '2021-01-01', to: '2021-12-31' }],
    [{ from: '2021-01-05', to: '2021-01-20' }, { from: '2021-01-05', to: '2021-01-20' }],
    [{ month: '2021-03', week: null }, { from: '2021-03-01', to: '2021-03-31' }],
  ])('reads %j', (input, expected) => {
    expect(periodOf(input)).toEqual(expected);
  });

  it('asks for exactly one form', () => {
    expect(fields(() => periodOf({}))).toEqual([{ path: 'period', message: expect.stringContaining('exactly one') }]);
    expect(fields(() => periodOf({ month: '2021-01', day: '2021-01-02' }))).toEqual([{ path: 'period', message: expect.stringContaining('exactly one') }]);
    expect(fields(() => periodOf({ month: '2021-01', from: '2021-01-02', to: '2021-01-03' }))).toHaveLength(1);
  });

  it('names the field and the expected shape', () => {
    expect(fields(() => periodOf({ month: '2021-Q1' }))).toEqual([{ path: 'period.month', message: "expected a month such as 2021-01, got '2021-Q1'" }]);
    expect(fields(() => periodOf({ month: '2021-13' }))).toEqual([{ path: 'period.month', message: expect.stringContaining('01 to 12') }]);
    expect(fields(() => periodOf({ week: '2021-W54' }))).toEqual([{ path: 'period.week', message: expect.stringContaining('W01 to W52') }]);
    expect(fields(() => periodOf({ day: '2021-02-30' }))).toEqual([{ path: 'period.day', message: expect.stringContaining('not a real day') }]);
    expect(fields(() => periodOf({ from: '2021-01-05' }))).toEqual([{ path: 'period.to', message: 'a range needs both from and to' }]);
    expect(fields(() => periodOf({ from: '2021-01-05', to: '5 Jan' }))).toEqual([{ path: 'period.to', message: "expected a day such as 2021-01-05, got '5 Jan'" }]);
    expect(fields(() => periodOf({ from: '2021-01-05', to: '2021-01-01' }))).toEqual([{ path: 'period', message: expect.stringContaining('ends before it starts') }]);
  });

  it('refuses periods longer than ten years', () => {
    expect(fields(() => periodOf({ from: '2000-01-01', to: '2021-01-01' }))).toEqual([{ path: 'period', message: 'a period may cover at most 3660 days' }]);
  });
});
