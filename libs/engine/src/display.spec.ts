import { fixed, formatDuration, formatValue, plain } from './display';

describe('formatValue', () => {
  it.each([
    [0.1 + 0.2, 'number', '0.30'],
    [1.005, 'number', '1.01'],
    [2.675, 'number', '2.68'],
    [-2.5, 'number', '-2.50'],
    [-0.001, 'number', '0.00'],
    [85, 'number', '85.00'],
    [1234567.891, 'number', '1234567.89'],
    [0.931, 'percent', '93.10%'],
    [0.57, 'percent', '57.00%'],
    [0.12345, 'percent', '12.35%'],
    [1, 'percent', '100.00%'],
    [312, 'duration', '5m 12s'],
    [312.4, 'duration', '5m 12s'],
    [42, 'duration', '42s'],
    [42.25, 'duration', '42.3s'],
    [3723, 'duration', '1h 02m 03s'],
    [59.96, 'duration', '60s'],
    [7, 'count', '7'],
    [2.5, 'count', '2.50'],
    [0.1 + 0.2, 'money', '0.30'],
    [Date.UTC(2021, 0, 5, 9, 12, 58), 'timestamp', '2021-01-05 09:12:58'],
    [18632, 'date', '2021-01-05'],
  ] as const)('shows %d as %s → %s', (value, type, text) => {
    expect(formatValue(value, type)).toBe(text);
  });

  it('shows nulls, booleans and strings', () => {
    expect(formatValue(null, 'percent')).toBe('—');
    expect(formatValue(null, 'number', { nullText: '' })).toBe('');
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue(Number.NaN)).toBe('—');
    expect(formatValue(true, 'boolean')).toBe('true');
    expect(formatValue('urgent', 'string')).toBe('urgent');
  });

  it('takes the number of decimals and the duration style as options', () => {
    expect(formatValue(2 / 3, 'number', { digits: 4 })).toBe('0.6667');
    expect(formatValue(0.931, 'percent', { digits: 1 })).toBe('93.1%');
    expect(formatValue(312, 'duration', { durations: 'seconds' })).toBe('312s');
    expect(formatValue(312.456, 'duration', { durations: 'seconds' })).toBe('312.46s');
  });
});

describe('number helpers', () => {
  it('round half away from zero on the decimal value', () => {
    expect(fixed(1.005, 2)).toBe('1.01');
    expect(fixed(-1.005, 2)).toBe('-1.01');
    expect(fixed(0.5, 0)).toBe('1');
    expect(fixed(-0.5, 0)).toBe('-1');
    expect(plain(3.7000000000000002)).toBe('3.7');
    expect(plain(80)).toBe('80');
  });

  it('shows negative durations with a sign', () => {
    expect(formatDuration(-90)).toBe('-1m 30s');
  });
});
