import { attrAuto, attrDate, attrNum, attrRaw, ge, lt, order, own, rate, same } from './ops';

describe('order and same', () => {
  it('orders numbers to 12 significant digits and strings by code unit; anything else is null', () => {
    expect([order(0.1 + 0.2, 0.3), order(1, 2), order(2, 1), order('a', 'b'), order('b', 'b')]).toEqual([0, -1, 1, -1, 0]);
    expect([order(null, 1), order(1, null), order('1', 1), order(true, false)]).toEqual([null, null, null, null]);
    expect([lt(null, 1), ge(2, 2), lt('a', 'b')]).toEqual([null, true, true]);
  });

  it('== is always a boolean', () => {
    expect([same(null, null), same(null, 0), same(0.1 + 0.2, 0.3), same('a', 'a'), same('1', 1), same(true, true)])
      .toEqual([true, false, true, true, false, true]);
  });
});

describe('attribute readers', () => {
  it('attrNum reads numbers and decimal strings (money), else null', () => {
    expect([attrNum('5000.00'), attrNum(' 12.5 '), attrNum('-3'), attrNum('1e3'), attrNum(7)]).toEqual([5000, 12.5, -3, 1000, 7]);
    expect([attrNum('abc'), attrNum(''), attrNum('1,000'), attrNum(true), attrNum(undefined), attrNum(null), attrNum('1e999')])
      .toEqual([null, null, null, null, null, null, null]);
  });

  it('attrDate reads YYYY-MM-DD as a day number', () => {
    expect([attrDate('1970-01-02'), attrDate('2026-01-01'), attrDate(20000)]).toEqual([1, 20454, 20000]);
    expect([attrDate('2026-13-45'), attrDate('2026-02-30'), attrDate('soon'), attrDate(undefined)]).toEqual([null, null, null, null]);
    expect(attrDate('2024-02-29')).toBe(19782);
  });

  it('attrRaw and attrAuto', () => {
    expect([attrRaw(undefined), attrRaw('x'), attrRaw(false)]).toEqual([null, 'x', false]);
    expect([attrAuto('12.50'), attrAuto('blue'), attrAuto(undefined), attrAuto(true)]).toEqual([12.5, 'blue', null, true]);
  });

  it('own reads only the object\'s own properties', () => {
    expect([own({}, 'constructor'), own({}, 'toString'), own(undefined, 'x'), own({ x: 1 }, 'x')]).toEqual([undefined, undefined, undefined, 1]);
    expect(own(JSON.parse('{"__proto__": 3}'), '__proto__')).toBe(3);
  });

  it('rate turns conditions into 1 and 0', () => {
    expect([rate(true), rate(false), rate(null), rate(1)]).toEqual([1, 0, null, null]);
  });
});
