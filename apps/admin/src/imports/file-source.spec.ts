import { decodeText, fileKind, linesOf, sourceFromFileName } from './file-source';

describe('fileKind', () => {
  it('tells CSV text from Excel workbooks and refuses the rest', () => {
    expect(fileKind('calls.csv')).toBe('csv');
    expect(fileKind('calls.TSV')).toBe('csv');
    expect(fileKind('export', 'text/csv')).toBe('csv');
    expect(fileKind('Calls.xlsx')).toBe('xlsx');
    expect(fileKind('calls.xls')).toBe('xls');
    expect(fileKind('calls.csv', 'application/vnd.ms-excel')).toBe('csv');
    expect(fileKind('photo.png', 'image/png')).toBeNull();
  });
});

describe('decodeText', () => {
  it('reads UTF-8, even when a slice cuts a character in two', () => {
    const bytes = new TextEncoder().encode('坐席,满意度');
    expect(decodeText(bytes, false)).toEqual({ text: '坐席,满意度', encoding: 'utf-8' });
    expect(decodeText(bytes.slice(0, bytes.length - 1), true)).toEqual({ text: '坐席,满意', encoding: 'utf-8' });
  });

  it('reads what is not UTF-8 as GB18030 (Excel on Chinese Windows)', () => {
    const gbk = new Uint8Array([0xd7, 0xf8, 0xcf, 0xaf]); // 坐席
    expect(decodeText(gbk, false)).toEqual({ text: '坐席', encoding: 'gb18030' });
  });
});

describe('sourceFromFileName and linesOf', () => {
  it('makes a source name from the file name', () => {
    expect(sourceFromFileName('Calls March 2021.csv')).toBe('calls-march-2021');
    expect(sourceFromFileName('呼叫记录.xlsx')).toBe('呼叫记录');
    expect(sourceFromFileName('.csv')).toBe('upload');
  });

  it('numbers rows as lines of the CSV written from them', () => {
    expect(linesOf([['h'], ['a\nb'], ['c']])).toEqual([1, 2, 4]);
  });
});
