import { closestName, editDistance, hintFor, maxDistance } from './suggest';

describe('did you mean', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('csta', 'csat')).toBe(1);
    expect(editDistance('agnet', 'agent')).toBe(1);
    expect(editDistance('abc', 'cba')).toBe(2);
    expect(editDistance('aht', 'aht')).toBe(0);
  });

  it('allows one edit for short names and a third of the length for long ones', () => {
    expect(maxDistance('aht')).toBe(1);
    expect(maxDistance('handle_seconds')).toBe(4);
    expect(closestName('ahd', ['aht', 'csat'])).toBe('aht');
    expect(closestName('xyz', ['aht', 'csat'])).toBeUndefined();
    expect(closestName('handle_secs', ['handle_seconds', 'hold_seconds'])).toBe('handle_seconds');
  });

  it('never suggests the name itself and prefers the first of equally close names', () => {
    expect(closestName('aht', ['aht'])).toBeUndefined();
    expect(closestName('ab', ['ac', 'ad'])).toBe('ac');
  });

  it('builds the hint in both languages, or empty strings', () => {
    expect(hintFor('csta', ['csat'])).toEqual({ hint: ': did you mean `csat`?', hintZh: '：是否想写 `csat`？', suggestion: 'csat' });
    expect(hintFor('zzz', ['csat'])).toEqual({ hint: '', hintZh: '' });
  });
});
