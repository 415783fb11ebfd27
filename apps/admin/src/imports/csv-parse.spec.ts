import { detectDelimiter, parseCsv, parsePreview } from './csv-parse';

describe('detectDelimiter', () => {
  it('picks the delimiter used most in the header, outside quotes', () => {
    expect(detectDelimiter('a,b,c\n1;2;3')).toBe(',');
    expect(detectDelimiter('a;b;"c,d,e"\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('single')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, numbering lines as the api does', () => {
    const parsed = parseCsv('\uFEFFid,text,n\r\n1,"a, ""b""",2\r\n2,"two\r\nlines",3\r\n\r\n3,,4');
    expect(parsed.rows).toEqual([['id', 'text', 'n'], ['1', 'a, "b"', '2'], ['2', 'two\r\nlines', '3'], ['3', '', '4']]);
    expect(parsed.lines).toEqual([1, 2, 3, 6]);
    expect(parsed.unclosedQuote).toBe(false);
  });

  it('reads semicolon files and keeps empty trailing fields', () => {
    expect(parseCsv('a;b\n1;\n').rows).toEqual([['a', 'b'], ['1', '']]);
  });

  it('stops after maxRows rows', () => {
    expect(parseCsv('h\n1\n2\n3\n', { maxRows: 2 }).rows).toEqual([['h'], ['1']]);
  });

  it('says when a quote is never closed', () => {
    const parsed = parseCsv('a,b\n1,"open\n2,3\n');
    expect(parsed.unclosedQuote).toBe(true);
    expect(parsed.rows).toHaveLength(2);
  });

  it('reads an empty text as no rows', () => {
    expect(parseCsv('').rows).toEqual([]);
    expect(parseCsv('\n\n').rows).toEqual([]);
  });
});

describe('parsePreview', () => {
  it('drops the half row at the end of a cut text', () => {
    const preview = parsePreview('h1,h2\n1,2\n3,4\n5,"cut he', true, 10);
    expect(preview.rows).toEqual([['h1', 'h2'], ['1', '2'], ['3', '4']]);
    expect(preview.unclosedQuote).toBe(false);
  });

  it('keeps maxRows rows when more follow', () => {
    expect(parsePreview('h\n1\n2\n3', true, 2).rows).toEqual([['h'], ['1']]);
  });

  it('keeps everything of a whole file', () => {
    expect(parsePreview('h\n1\n2', false, 10).rows).toEqual([['h'], ['1'], ['2']]);
  });
});
