import { minimalChange } from './minimal-change';

const apply = (text: string, change: ReturnType<typeof minimalChange>): string =>
  change ? text.slice(0, change.from) + change.insert + text.slice(change.to) : text;

describe('minimalChange', () => {
  it('replaces only what differs', () => {
    expect(minimalChange('a: 40%, b: 60%', 'a: 45%, b: 60%')).toEqual({ from: 4, to: 5, insert: '5' });
    expect(minimalChange('abc', 'abc')).toBeNull();
    expect(minimalChange('', 'x')).toEqual({ from: 0, to: 0, insert: 'x' });
    expect(minimalChange('x', '')).toEqual({ from: 0, to: 1, insert: '' });
  });

  it('handles repeated text at the edges', () => {
    for (const [a, b] of [['aaa', 'aa'], ['aa', 'aaa'], ['abab', 'ab'], ['x  y', 'x y'], ['😀a', '😁a'], ['a😀', 'a😁']]) {
      const change = minimalChange(a, b);
      expect(apply(a, change)).toBe(b);
    }
  });

  it('never splits a surrogate pair', () => {
    const change = minimalChange('"😀"', '"😁"');
    expect(change).toEqual({ from: 1, to: 3, insert: '😁' });
  });
});
