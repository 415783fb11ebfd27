import { binaryOutcome, combine, unaryOutcome, unify } from './unit-algebra';

describe('the unit algebra', () => {
  it.each([
    ['+', 'duration', 'duration', 'duration'],
    ['-', 'duration', 'number', 'duration'],
    ['+', 'count', 'count', 'count'],
    ['/', 'duration', 'duration', 'number'],
    ['/', 'count', 'count', 'number'],
    ['/', 'money', 'count', 'money'],
    ['/', 'duration', 'number', 'duration'],
    ['*', 'percent', 'number', 'percent'],
    ['*', 'money', 'percent', 'money'],
    ['*', 'number', 'duration', 'duration'],
    ['*', 'count', 'duration', 'duration'],
    ['+', 'null', 'money', 'money'],
    ['>', 'duration', 'number', 'boolean'],
    ['==', 'string', 'string', 'boolean'],
    ['==', 'string', 'null', 'boolean'],
    ['<', 'timestamp', 'timestamp', 'boolean'],
    ['and', 'boolean', 'null', 'boolean'],
    ['+', 'any', 'duration', 'any'],
  ] as const)('%s of %s and %s is %s', (op, l, r, result) => {
    expect(binaryOutcome(op, l, r)).toEqual({ type: result });
  });

  it.each([
    ['+', 'duration', 'percent', 'add'],
    ['-', 'money', 'duration', 'subtract'],
    ['*', 'duration', 'money', 'multiply'],
    ['>=', 'count', 'percent', undefined],
    ['<', 'duration', 'percent', 'compare'],
    ['==', 'string', 'number', 'compare'],
  ] as const)('%s of %s and %s clashes (%s)', (op, l, r, verb) => {
    const outcome = binaryOutcome(op, l, r);
    expect(outcome.problem).toEqual(verb === undefined ? undefined : { code: 'YS200', verb });
  });

  it('blames the operand of the wrong kind', () => {
    expect(binaryOutcome('+', 'number', 'string').problem).toEqual({ code: 'YS201', side: 'right', expected: 'number' });
    expect(binaryOutcome('or', 'count', 'boolean').problem).toEqual({ code: 'YS201', side: 'left', expected: 'condition' });
    expect(binaryOutcome('<', 'string', 'string').problem).toEqual({ code: 'YS201', side: 'left', expected: 'number' });
    expect(unaryOutcome('not', 'duration').problem).toEqual({ code: 'YS201', side: 'operand', expected: 'condition' });
    expect(unaryOutcome('-', 'boolean').problem).toEqual({ code: 'YS201', side: 'operand', expected: 'number' });
  });

  it('unifies plain numbers and counts with any unit, and combines branches', () => {
    expect(unify('number', 'percent')).toBe('percent');
    expect(unify('count', 'number')).toBe('count');
    expect(unify('duration', 'money')).toBeUndefined();
    expect(combine('string', 'string')).toBe('string');
    expect(combine('null', 'boolean')).toBe('boolean');
    expect(combine('string', 'number')).toBeUndefined();
  });
});
