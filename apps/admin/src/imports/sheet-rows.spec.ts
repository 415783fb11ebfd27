import { parseCsv } from './csv-parse';
import { cellText, rowsToCsv, sheetRows } from './sheet-rows';

describe('cellText', () => {
  it('writes Excel dates as wall-clock times without an offset', () => {
    expect(cellText(new Date(Date.UTC(2021, 0, 5, 9, 12, 58)))).toBe('2021-01-05T09:12:58');
    expect(cellText(new Date(Date.UTC(2021, 0, 5)))).toBe('2021-01-05');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });

  it('rounds away the fraction of a second Excel day fractions leave behind', () => {
    expect(cellText(new Date(Date.UTC(2021, 2, 30, 9, 29, 59, 999)))).toBe('2021-03-30T09:30:00');
    expect(cellText(new Date(Date.UTC(2021, 2, 30, 23, 59, 59, 700)))).toBe('2021-03-31');
  });

  it('writes numbers in full, booleans as words and blanks as empty', () => {
    expect(cellText(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(cellText(95)).toBe('95');
    expect(cellText(true)).toBe('true');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('Y')).toBe('Y');
  });
});

describe('sheetRows and rowsToCsv', () => {
  it('drops empty rows and trailing empty header columns, padding short rows', () => {
    const rows = sheetRows([
      ['call_id', 'agent', 'answered', null],
      [null, null, null, null],
      ['ID1', 'Becky', true],
      ['ID2, "x"', 'Dan', false, 'extra'],
    ]);
    expect(rows).toEqual([['call_id', 'agent', 'answered'], ['ID1', 'Becky', 'true'], ['ID2, "x"', 'Dan', 'false']]);
    expect(parseCsv(rowsToCsv(rows)).rows).toEqual(rows);
  });

  it('gives nothing for an empty sheet', () => {
    expect(sheetRows([[null], []])).toEqual([]);
    expect(rowsToCsv([])).toBe('');
  });
});
