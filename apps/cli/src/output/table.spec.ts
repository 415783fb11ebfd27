import { displayWidth } from './table';

describe('displayWidth', () => {
  it('counts wide characters as two columns', () => {
    expect(displayWidth('Becky')).toBe(5);
    expect(displayWidth('一线客服')).toBe(8);
    expect(displayWidth('王 Li')).toBe(5);
    expect(displayWidth('—')).toBe(1);
  });
});
