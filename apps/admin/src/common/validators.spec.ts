import { formatAttributes, parseAttributes, validAttributes, validDay, validIdentifier, validMoney, withParsedAttributes } from './validators';

describe('validators', () => {
  it('accepts money with at most two decimals', () => {
    expect(validMoney('5000.00')).toBeUndefined();
    expect(validMoney('12')).toBeUndefined();
    expect(validMoney('')).toBeUndefined();
    expect(validMoney('12.345')).toBe('ys.common.invalid_money');
    expect(validMoney('1e3')).toBe('ys.common.invalid_money');
  });

  it('accepts real calendar days only', () => {
    expect(validDay('2024-02-29')).toBeUndefined();
    expect(validDay(null)).toBeUndefined();
    expect(validDay('2023-02-29')).toBe('ys.common.invalid_date');
    expect(validDay('2023-2-1')).toBe('ys.common.invalid_date');
  });

  it('accepts field names the language can read', () => {
    expect(validIdentifier('csat_score')).toBeUndefined();
    expect(validIdentifier('CSAT')).toBe('ys.common.invalid_identifier');
    expect(validIdentifier('1st')).toBe('ys.common.invalid_identifier');
  });
});

describe('attributes', () => {
  it('parses a JSON object of scalars', () => {
    expect(parseAttributes('{"shift": "night", "level": 3, "lead": true, "x": null}')).toEqual({ value: { shift: 'night', level: 3, lead: true, x: null } });
    expect(parseAttributes('')).toEqual({ value: {} });
    expect(parseAttributes({ a: 1 })).toEqual({ value: { a: 1 } });
  });

  it('refuses anything else', () => {
    expect(validAttributes('[1]')).toBe('ys.common.invalid_json');
    expect(validAttributes('{"a": {"b": 1}}')).toBe('ys.common.invalid_json');
    expect(validAttributes('{oops')).toBe('ys.common.invalid_json');
    expect(validAttributes('3')).toBe('ys.common.invalid_json');
  });

  it('round-trips through the input', () => {
    const text = formatAttributes({ shift: 'night' });
    expect(parseAttributes(text)).toEqual({ value: { shift: 'night' } });
    expect(formatAttributes({})).toBe('');
    expect(formatAttributes('{"typing": ')).toBe('{"typing": ');
  });

  it('replaces the text by the object before saving', () => {
    expect(withParsedAttributes({ name: 'x', attributes: '{"a": 1}' })).toEqual({ name: 'x', attributes: { a: 1 } });
    expect(withParsedAttributes({ name: 'x' })).toEqual({ name: 'x' });
  });
});
