import { fixed, formatDuration, formatSigned, formatValue, formatWeight, plain, roundScore } from './value-format';

describe('fixed and roundScore', () => {
  it('rounds half away from zero on the decimal value', () => {
    expect(fixed(80.345)).toBe('80.35');
    expect(fixed(1.005)).toBe('1.01');
    expect(fixed(-2.345)).toBe('-2.35');
    expect(fixed(2.5, 0)).toBe('3');
    expect(roundScore(83.40145989505248)).toBe(83.4);
  });

  it('never shows binary artefacts or a negative zero', () => {
    expect(fixed(0.1 + 0.2)).toBe('0.30');
    expect(fixed(-0.001)).toBe('0.00');
    expect(roundScore(-0.001)).toBe(0);
    expect(Object.is(roundScore(-0.001), -0)).toBe(false);
    expect(plain(80)).toBe('80');
    expect(plain(3.70)).toBe('3.7');
  });
});

describe('formatValue', () => {
  it('shows each unit as the CLI does', () => {
    expect(formatValue(0.8018867924528302, 'percent')).toBe('80.19%');
    expect(formatValue(67.68823529411765, 'duration')).toBe('1m 08s');
    expect(formatValue(3723, 'duration')).toBe('1h 02m 03s');
    expect(formatValue(42.25, 'duration')).toBe('42.3s');
    expect(formatValue(212, 'count')).toBe('212');
    expect(formatValue(5000, 'money')).toBe('5000.00');
    expect(formatValue(82.84676470588235)).toBe('82.85');
  });

  it('shows a dash for a missing value', () => {
    expect(formatValue(null)).toBe('—');
    expect(formatValue(undefined, 'percent')).toBe('—');
    expect(formatValue(Number.NaN)).toBe('—');
  });
});

describe('formatDuration', () => {
  it('writes seconds, minutes and hours, with the sign of negative gaps', () => {
    expect(formatDuration(59.94)).toBe('59.9s');
    expect(formatDuration(59.96)).toBe('1m 00s');
    expect(formatDuration(-75)).toBe('-1m 15s');
    expect(formatDuration(7322.5)).toBe('2h 02m 03s');
  });
});

describe('formatSigned and formatWeight', () => {
  it('signs gaps, leaving zero unsigned', () => {
    expect(formatSigned(0.0018867924528301883, 'percent')).toBe('+0.19%');
    expect(formatSigned(-4.307692307692307, 'duration')).toBe('-4.3s');
    expect(formatSigned(0, 'percent')).toBe('0.00%');
    expect(formatSigned(null)).toBe('—');
  });

  it('shows weights as percentages', () => {
    expect(formatWeight(0.21902173913043482)).toBe('21.90%');
    expect(formatWeight(null)).toBe('—');
  });
});
