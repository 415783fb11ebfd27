import { columnWidths, exportFileName, exportTable, safeText, sheetName, tableToCsv, tableToSheet, toCsvText, type ExportHeadings } from './export-table';
import type { LeaderboardRow } from './leaderboard-rows';

const headings: ExportHeadings = {
  rank: 'Rank', teamRank: 'Team rank', agent: 'Agent', externalId: 'External id', team: 'Team', score: 'Score',
  targetsMet: 'Targets met', targets: 'Targets', records: 'Records', profile: 'Profile',
};

const row = (over: Partial<LeaderboardRow>): LeaderboardRow => ({
  agentId: '1', agent: 'Becky', externalId: 'Becky', teamId: '1', team: 'North', score: 80.34602122015914, rank: 2,
  teamRank: 1, eligible: true, profile: 'normal+double11', records: 203, kpis: { csat_score: 80, speed_score: 66.00588235294117 },
  targetsMet: 3, targetsTotal: 4, targets: [], metrics: [], ...over,
});
const kpis = [{ key: 'csat_score', label: '满意度' }, { key: 'speed_score', label: 'speed, "avg"' }];

describe('exportTable', () => {
  it('writes the shown columns with scores rounded to two decimals', () => {
    const table = exportTable([row({})], kpis, headings);
    expect(table.header).toEqual(['Rank', 'Team rank', 'Agent', 'External id', 'Team', 'Score', '满意度', 'speed, "avg"',
      'Targets met', 'Targets', 'Records', 'Profile']);
    expect(table.rows[0]).toEqual([
      { value: 2, decimals: 0 }, { value: 1, decimals: 0 }, 'Becky', 'Becky', 'North', { value: 80.35, decimals: 2 },
      { value: 80, decimals: 2 }, { value: 66.01, decimals: 2 }, { value: 3, decimals: 0 }, { value: 4, decimals: 0 },
      { value: 203, decimals: 0 }, 'normal+double11',
    ]);
  });

  it('leaves missing values empty', () => {
    const table = exportTable([row({ score: null, rank: null, teamRank: null, team: '', kpis: {} })], kpis, headings);
    expect(table.rows[0].slice(0, 8)).toEqual([null, null, 'Becky', 'Becky', null, null, null, null]);
  });
});

describe('tableToCsv', () => {
  it('writes a UTF-8 CSV with a byte-order mark, quoting where needed and two decimals exactly', () => {
    const csv = tableToCsv(exportTable([row({ score: 80.005, agent: 'Li, "Lee"' })], kpis, headings));
    const [first, second] = csv.split('\r\n');
    expect(first).toBe('\uFEFFRank,Team rank,Agent,External id,Team,Score,满意度,"speed, ""avg""",Targets met,Targets,Records,Profile');
    expect(second).toBe('2,1,"Li, ""Lee""",Becky,North,80.01,80.00,66.01,3,4,203,normal+double11');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(safeText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(safeText('-1')).toBe('\'-1');
    expect(safeText('Becky')).toBe('Becky');
    const csv = tableToCsv(exportTable([row({ agent: '@cmd' })], [], headings));
    expect(csv).toContain(',\'@cmd,');
  });

  it('writes nothing for an empty table but the header', () => {
    expect(toCsvText([])).toBe('');
    expect(tableToCsv({ header: ['A'], rows: [] })).toBe('\uFEFFA\r\n');
  });
});

describe('tableToSheet', () => {
  it('types numbers with a number format and bolds the header', () => {
    const sheet = tableToSheet(exportTable([row({})], kpis, headings));
    expect(sheet[0][0]).toEqual({ value: 'Rank', type: String, fontWeight: 'bold' });
    expect(sheet[1][5]).toEqual({ value: 80.35, type: Number, format: '0.00' });
    expect(sheet[1][0]).toEqual({ value: 2, type: Number, format: '0' });
    expect(sheet[1][2]).toEqual({ value: 'Becky', type: String });
  });
});

describe('exportFileName', () => {
  it('keeps the parts readable and file-system safe', () => {
    expect(exportFileName(['leaderboard', 'frontline', '2021-02'], 'csv')).toBe('leaderboard-frontline-2021-02.csv');
    expect(exportFileName(['leaderboard', 'front/line', '2021-02-01..2021-02-14', ''], 'xlsx'))
      .toBe('leaderboard-front_line-2021-02-01..2021-02-14.xlsx');
    expect(exportFileName(['排行榜', '一线客服'], 'csv')).toBe('排行榜-一线客服.csv');
  });
});

describe('sheetName and columnWidths', () => {
  it('makes a worksheet name Excel accepts', () => {
    expect(sheetName('frontline 2021-02')).toBe('frontline 2021-02');
    expect(sheetName('a/b:c*d?[e]')).toBe('a b c d e');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
    expect(sheetName('///')).toBe('Sheet1');
  });

  it('sizes columns from their longest text within bounds', () => {
    expect(columnWidths({ header: ['A', 'Agent name'], rows: [['x'.repeat(80), null], [{ value: 80.35, decimals: 2 }, 'Bo']] }))
      .toEqual([40, 12]);
  });
});
