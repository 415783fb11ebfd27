import { aroundRange, aroundToday, validWindow, yearOf } from './timeline-window';

describe('timeline windows', () => {
  it('looks two weeks back and about three months ahead of today', () => {
    expect(aroundToday('2026-11-23')).toEqual({ from: '2026-11-09', to: '2027-02-07' });
  });

  it('covers a year, or the months around a scheduled range', () => {
    expect(yearOf('2021-03-08')).toEqual({ from: '2021-01-01', to: '2021-12-31' });
    expect(aroundRange('2021-03-08', '2021-03-14')).toEqual({ from: '2021-02-01', to: '2021-04-30' });
    expect(aroundRange('2021-12-30', '2022-01-02')).toEqual({ from: '2021-11-01', to: '2022-02-28' });
  });

  it('refuses windows the api would not draw', () => {
    expect(validWindow({ from: '2021-03-08', to: '2021-03-08' })).toEqual({ from: '2021-03-08', to: '2021-03-08' });
    expect(validWindow({ from: '2021-03-09', to: '2021-03-08' })).toBeNull();
    expect(validWindow({ from: '2001-01-01', to: '2021-03-08' })).toBeNull();
    expect(validWindow({ from: '', to: '2021-03-08' })).toBeNull();
  });
});
