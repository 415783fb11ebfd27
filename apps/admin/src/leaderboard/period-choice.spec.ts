import {
  periodContaining, periodDays, periodFromParam, periodIsRunning, periodLabel, periodProblem, periodsEndingWith,
  periodToParam, shiftPeriod, toPeriodInput, type PeriodChoice,
} from './period-choice';

describe('toPeriodInput', () => {
  it('asks the api for exactly one form per choice', () => {
    expect(toPeriodInput({ kind: 'day', day: '2021-02-03' })).toEqual({ day: '2021-02-03' });
    expect(toPeriodInput({ kind: 'week', week: '2021-W05' })).toEqual({ week: '2021-W05' });
    expect(toPeriodInput({ kind: 'month', month: '2021-02' })).toEqual({ month: '2021-02' });
    expect(toPeriodInput({ kind: 'quarter', quarter: '2021-Q1' })).toEqual({ quarter: '2021-Q1' });
    expect(toPeriodInput({ kind: 'custom', from: '2021-02-01', to: '2021-02-14' })).toEqual({ from: '2021-02-01', to: '2021-02-14' });
  });
});

describe('periodProblem', () => {
  it('accepts real periods', () => {
    expect(periodProblem({ kind: 'month', month: '2021-12' })).toBeNull();
    expect(periodProblem({ kind: 'custom', from: '2021-01-01', to: '2021-01-01' })).toBeNull();
  });

  it('names what is wrong', () => {
    expect(periodProblem({ kind: 'day', day: '2021-02-30' })).toBe('invalid_day');
    expect(periodProblem({ kind: 'week', week: '2021-W53' })).toBe('invalid_week');
    expect(periodProblem({ kind: 'month', month: '2021-13' })).toBe('invalid_month');
    expect(periodProblem({ kind: 'quarter', quarter: '2021-Q5' })).toBe('invalid_quarter');
    expect(periodProblem({ kind: 'custom', from: '2021-02-02', to: '2021-02-01' })).toBe('range_backwards');
    expect(periodProblem({ kind: 'custom', from: '2000-01-01', to: '2021-02-01' })).toBe('range_too_long');
    expect(periodProblem({ kind: 'custom', from: '', to: '2021-02-01' })).toBe('invalid_day');
  });
});

describe('periodContaining', () => {
  it('gives the period of each kind holding today', () => {
    expect(periodContaining('day', '2021-01-02')).toEqual({ kind: 'day', day: '2021-01-02' });
    expect(periodContaining('week', '2021-01-02')).toEqual({ kind: 'week', week: '2020-W53' });
    expect(periodContaining('month', '2021-01-02')).toEqual({ kind: 'month', month: '2021-01' });
    expect(periodContaining('quarter', '2021-05-02')).toEqual({ kind: 'quarter', quarter: '2021-Q2' });
    expect(periodContaining('custom', '2021-05-20')).toEqual({ kind: 'custom', from: '2021-05-01', to: '2021-05-20' });
  });
});

describe('periodDays', () => {
  it('gives the first and last day of each kind', () => {
    expect(periodDays({ kind: 'week', week: '2021-W01' })).toEqual({ from: '2021-01-04', to: '2021-01-10' });
    expect(periodDays({ kind: 'month', month: '2020-02' })).toEqual({ from: '2020-02-01', to: '2020-02-29' });
    expect(periodDays({ kind: 'quarter', quarter: '2021-Q4' })).toEqual({ from: '2021-10-01', to: '2021-12-31' });
    expect(periodDays({ kind: 'day', day: '2021-03-08' })).toEqual({ from: '2021-03-08', to: '2021-03-08' });
  });
});

describe('shiftPeriod and periodsEndingWith', () => {
  it('steps over year ends', () => {
    expect(shiftPeriod({ kind: 'week', week: '2021-W01' }, -1)).toEqual({ kind: 'week', week: '2020-W53' });
    expect(shiftPeriod({ kind: 'month', month: '2021-01' }, -1)).toEqual({ kind: 'month', month: '2020-12' });
    expect(shiftPeriod({ kind: 'day', day: '2021-03-01' }, -1)).toEqual({ kind: 'day', day: '2021-02-28' });
  });

  it('moves a custom range by its own length', () => {
    expect(shiftPeriod({ kind: 'custom', from: '2021-02-01', to: '2021-02-14' }, -1))
      .toEqual({ kind: 'custom', from: '2021-01-18', to: '2021-01-31' });
  });

  it('lists consecutive periods oldest first, ending with the chosen one', () => {
    const months = periodsEndingWith({ kind: 'month', month: '2021-03' }, 4).map(periodLabel);
    expect(months).toEqual(['2020-12', '2021-01', '2021-02', '2021-03']);
    expect(periodsEndingWith({ kind: 'quarter', quarter: '2021-Q1' }, 0)).toEqual([{ kind: 'quarter', quarter: '2021-Q1' }]);
  });
});

describe('period parameters', () => {
  const choices: PeriodChoice[] = [
    { kind: 'day', day: '2021-02-03' }, { kind: 'week', week: '2021-W05' }, { kind: 'month', month: '2021-02' },
    { kind: 'quarter', quarter: '2021-Q1' }, { kind: 'custom', from: '2021-02-01', to: '2021-02-14' },
  ];

  it('round-trips every kind through the address bar', () => {
    for (const choice of choices) expect(periodFromParam(periodToParam(choice))).toEqual(choice);
    expect(periodToParam(choices[4])).toBe('custom:2021-02-01..2021-02-14');
  });

  it('ignores parameters that are not a period', () => {
    expect(periodFromParam(null)).toBeNull();
    expect(periodFromParam('month:2021-13')).toBeNull();
    expect(periodFromParam('year:2021')).toBeNull();
    expect(periodFromParam('custom:2021-02-01')).toBeNull();
  });

  it('labels periods as the api writes them', () => {
    expect(choices.map(periodLabel)).toEqual(['2021-02-03', '2021-W05', '2021-02', '2021-Q1', '2021-02-01..2021-02-14']);
  });

  it('knows whether today lies inside the period', () => {
    expect(periodIsRunning({ kind: 'month', month: '2021-02' }, '2021-02-28')).toBe(true);
    expect(periodIsRunning({ kind: 'month', month: '2021-02' }, '2021-03-01')).toBe(false);
  });
});
