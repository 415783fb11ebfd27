import { addDays, addMonths, addQuarters, dayMs, daysBetween, isoWeekOf, mondayOfIsoWeek, quarterOf } from './calendar';

describe('calendar days', () => {
  it('refuses days that do not exist', () => {
    expect(dayMs('2021-02-29')).toBeNull();
    expect(dayMs('2020-02-29')).toBe(Date.UTC(2020, 1, 29));
    expect(dayMs('2021-13-01')).toBeNull();
    expect(dayMs('21-01-01')).toBeNull();
  });

  it('adds days across months and years', () => {
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
    expect(daysBetween('2021-01-01', '2021-01-31')).toBe(31);
    expect(daysBetween('2021-01-02', '2021-01-01')).toBe(0);
  });

  it('adds months and quarters across years', () => {
    expect(addMonths('2021-01', -1)).toBe('2020-12');
    expect(addMonths('2021-12', 1)).toBe('2022-01');
    expect(addMonths('2021-03', -15)).toBe('2019-12');
    expect(addQuarters('2021-Q1', -1)).toBe('2020-Q4');
    expect(addQuarters('2021-Q4', 1)).toBe('2022-Q1');
    expect(quarterOf('2021-09-30')).toBe('2021-Q3');
  });
});

describe('ISO weeks', () => {
  it('puts the first days of a year in the last week of the year before when it starts late in the week', () => {
    expect(isoWeekOf('2021-01-01')).toBe('2020-W53');
    expect(isoWeekOf('2021-01-04')).toBe('2021-W01');
    expect(isoWeekOf('2019-12-30')).toBe('2020-W01');
  });

  it('finds the Monday of a week and refuses weeks a year does not have', () => {
    expect(mondayOfIsoWeek('2021-W01')).toBe('2021-01-04');
    expect(mondayOfIsoWeek('2020-W53')).toBe('2020-12-28');
    expect(mondayOfIsoWeek('2021-W53')).toBeNull();
    expect(mondayOfIsoWeek('2021-W00')).toBeNull();
    expect(mondayOfIsoWeek('2021-1')).toBeNull();
  });
});
