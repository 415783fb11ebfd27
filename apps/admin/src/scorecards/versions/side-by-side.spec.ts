import { foldUnchanged, sideBySide } from './side-by-side';

const render = (before: string, after: string): string[] =>
  sideBySide(before, after).rows.map(({ left, right }) =>
    `${left.line ?? '-'}${sign(left.kind)}${left.text} | ${right.line ?? '-'}${sign(right.kind)}${right.text}`);

const sign = (kind: string): string => ({ same: ' ', removed: '-', added: '+', empty: ' ' })[kind] ?? '?';

describe('sideBySide', () => {
  it('faces unchanged lines and pairs a changed line with its replacement', () => {
    expect(render('a\nb: 40%\nc\n', 'a\nb: 45%\nc\n')).toEqual(['1 a | 1 a', '2-b: 40% | 2+b: 45%', '3 c | 3 c']);
  });

  it('pads the shorter side of a changed block so later lines stay aligned', () => {
    expect(render('a\nx\ny\nz\n', 'a\nX\nz\nw\n')).toEqual([
      '1 a | 1 a', '2-x | 2+X', '3-y | - ', '4 z | 3 z', '-  | 4+w',
    ]);
  });

  it('counts added and removed lines', () => {
    const diff = sideBySide('a\nb\n', 'a\nc\nd\n');
    expect([diff.added, diff.removed]).toEqual([2, 1]);
  });

  it('ignores line endings and a missing final newline', () => {
    expect(sideBySide('a\r\nb', 'a\nb\n')).toMatchObject({ added: 0, removed: 0 });
    expect(render('', '')).toEqual([]);
    expect(render('', 'x')).toEqual(['-  | 1+x']);
  });
});

describe('foldUnchanged', () => {
  it('keeps changes with their context and marks skipped stretches once', () => {
    const before = Array.from({ length: 20 }, (_, i) => `l${i}`).join('\n');
    const after = before.replace('l10', 'L10');
    const folded = foldUnchanged(sideBySide(before, after).rows, 2);
    expect(folded.map((row) => (row ? row.left.text : '…'))).toEqual(['…', 'l8', 'l9', 'l10', 'l11', 'l12', '…']);
  });
});
