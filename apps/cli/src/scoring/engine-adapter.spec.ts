import { CliError } from '../usage/cli-error';
import { asUsageError, periodFromOptions } from './engine-adapter';

describe('periodFromOptions', () => {
  it('reads every period form', () => {
    expect(periodFromOptions('2021-01')).toEqual({ from: '2021-01-01', to: '2021-01-31' });
    expect(periodFromOptions('2021-W03')).toEqual({ from: '2021-01-18', to: '2021-01-24' });
    expect(periodFromOptions('2021-Q1')).toEqual({ from: '2021-01-01', to: '2021-03-31' });
    expect(periodFromOptions('2021-01-05')).toEqual({ from: '2021-01-05', to: '2021-01-05' });
    expect(periodFromOptions(undefined, '2021-01-05', '2021-01-20')).toEqual({ from: '2021-01-05', to: '2021-01-20' });
  });

  it('means "the span of the records" when nothing is given', () => {
    expect(periodFromOptions()).toBeUndefined();
  });

  it('turns period mistakes into usage errors', () => {
    expect(() => periodFromOptions('2021-Q5')).toThrow(CliError);
    expect(() => periodFromOptions('2021-Q5')).toThrow(/^--period: '2021-Q5' is not a quarter/);
    expect(() => periodFromOptions(undefined, undefined, '2021-01-01')).toThrow('--to needs --from too');
    expect(() => periodFromOptions('2021', '2021-01-01')).toThrow('give either --period or --from/--to, not both');
  });
});

describe('asUsageError', () => {
  it('keeps unexpected errors as they are', () => {
    const bug = new TypeError('x is undefined');
    expect(asUsageError(bug)).toBe(bug);
  });
});
