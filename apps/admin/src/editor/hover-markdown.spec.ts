import { readInlines, readMarkdown } from './hover-markdown';

describe('readMarkdown', () => {
  it('reads a title, paragraphs and a fenced scorecard block', () => {
    expect(readMarkdown('**csat_score** "满意度" — kpi · number\n\n```kpi\nkpi csat_score = csat * 100\n```')).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'bold', text: 'csat_score' }, { kind: 'text', text: ' "满意度" — kpi · number' }] },
      { kind: 'code', language: 'kpi', text: 'kpi csat_score = csat * 100' },
    ]);
  });

  it('joins the lines of a paragraph and reads inline code', () => {
    expect(readMarkdown('**avg** — aggregate\n\n`avg(x [where cond])`\n\nThe mean\nof x.')).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'bold', text: 'avg' }, { kind: 'text', text: ' — aggregate' }] },
      { kind: 'paragraph', inlines: [{ kind: 'code', text: 'avg(x [where cond])' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'The mean of x.' }] },
    ]);
  });

  it('keeps an unclosed fence and stray markers as text', () => {
    expect(readMarkdown('```\na < b')).toEqual([{ kind: 'code', language: '', text: 'a < b' }]);
    expect(readInlines('2 ** 3 and `x')).toEqual([{ kind: 'text', text: '2 ** 3 and `x' }]);
    expect(readMarkdown('')).toEqual([]);
  });
});
