import { coerceJsonValue, coercerFor, quoteRaw, readBoolean, readDuration, readNumber, readPercent } from './value-coercion';

const noTimestamps = (): number | null => null;

describe('value coercion', () => {
  it('reads booleans in any case', () => {
    for (const t of ['Y', 'y', 'yes', 'YES', 'True', 'true', ' tRuE ', '1']) expect(readBoolean(t)).toBe(true);
    for (const t of ['N', 'n', 'no', 'No', 'FALSE', 'false', '0']) expect(readBoolean(t)).toBe(false);
    for (const t of ['maybe', 'T', '2', 'yess']) expect(readBoolean(t)).toBeUndefined();
  });

  it('reads plain decimal numbers only', () => {
    expect(readNumber('42')).toBe(42);
    expect(readNumber(' -3.5 ')).toBe(-3.5);
    expect(readNumber('.5')).toBe(0.5);
    expect(readNumber('1e3')).toBe(1000);
    for (const t of ['abc', '0x10', '1,5', 'Infinity', 'NaN', '', ' ', '1.2.3']) expect(readNumber(t)).toBeUndefined();
  });

  it('refuses numbers too large for a double instead of reading Infinity', () => {
    expect(readNumber('1e999')).toBeUndefined();
    expect(readNumber('-1e999')).toBeUndefined();
    expect(readNumber('9'.repeat(400))).toBeUndefined();
    expect(readNumber('1e308')).toBe(1e308);
  });

  it('reads durations as seconds or HH:MM:SS', () => {
    expect(readDuration('95')).toBe(95);
    expect(readDuration('12.5')).toBe(12.5);
    expect(readDuration('00:01:35')).toBe(95);
    expect(readDuration('1:00:00')).toBe(3600);
    expect(readDuration('26:00:01')).toBe(93601);
    for (const t of ['-5', '1:75:00', '10:00', 'abc']) expect(readDuration(t)).toBeUndefined();
  });

  it('reads percentages as fractions', () => {
    expect(readPercent('85%')).toBeCloseTo(0.85, 12);
    expect(readPercent('0.85')).toBe(0.85);
    expect(readPercent('eighty%')).toBeUndefined();
  });

  it('makes blank cells null for every type', () => {
    for (const type of ['number', 'boolean', 'duration', 'timestamp', 'string'] as const) {
      expect(coercerFor(type, noTimestamps)('  ')).toBeNull();
    }
  });

  it('reads timestamps through the given reader', () => {
    const coerce = coercerFor('timestamp', (t) => (t === '2021-01-05T09:00:00' ? 1 : null));
    expect(coerce(' 2021-01-05T09:00:00 ')).toBe(1);
    expect(coerce('soon')).toBeUndefined();
  });

  it('trims text values', () => {
    expect(coercerFor('string', noTimestamps)('  Becky ')).toBe('Becky');
  });

  it('takes typed JSON values that fit and coerces strings like cells', () => {
    const bool = coercerFor('boolean', noTimestamps);
    expect(coerceJsonValue(true, 'boolean', bool)).toBe(true);
    expect(coerceJsonValue('N', 'boolean', bool)).toBe(false);
    expect(coerceJsonValue(1, 'boolean', bool)).toBe(true);
    expect(coerceJsonValue(7, 'boolean', bool)).toBeUndefined();
    const num = coercerFor('number', noTimestamps);
    expect(coerceJsonValue(4, 'number', num)).toBe(4);
    expect(coerceJsonValue('4', 'number', num)).toBe(4);
    expect(coerceJsonValue(true, 'number', num)).toBeUndefined();
    expect(coerceJsonValue({ a: 1 }, 'number', num)).toBeUndefined();
    expect(coerceJsonValue(null, 'number', num)).toBeNull();
    expect(coerceJsonValue(-1, 'duration', coercerFor('duration', noTimestamps))).toBeUndefined();
    expect(coerceJsonValue(17, 'string', coercerFor('string', noTimestamps))).toBe('17');
    expect(coerceJsonValue(1609459200000, 'timestamp', coercerFor('timestamp', noTimestamps))).toBeUndefined();
  });

  it('quotes raw values shortly', () => {
    expect(quoteRaw('abc')).toBe('"abc"');
    expect(quoteRaw({ a: 1 })).toBe('"{\\"a\\":1}"');
    expect(quoteRaw('x'.repeat(100))).toHaveLength(60);
  });
});
