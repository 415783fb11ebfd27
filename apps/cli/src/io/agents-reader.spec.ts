import { CliError } from '../usage/cli-error';
import { parseAgents } from './agents-reader';

describe('parseAgents', () => {
  it('reads the roster with known and custom attributes', () => {
    const agents = parseAgents('Agent,Team,hired_on,base_bonus,Seniority,shift\nBecky,North,2019-03-01,5000.00,3,early\n\nDan,South,,,,\n', 'agents.csv');
    expect(agents).toEqual([
      {
        id: 'Becky', name: undefined, team: 'North', group: null, hiredOn: '2019-03-01', leftOn: null,
        attributes: { team: 'North', hired_on: '2019-03-01', base_bonus: '5000.00', seniority: 3, shift: 'early' },
      },
      {
        id: 'Dan', name: undefined, team: 'South', group: null, hiredOn: null, leftOn: null,
        attributes: { team: 'South', hired_on: null, base_bonus: null, seniority: null, shift: null },
      },
    ]);
  });

  it('lists every bad row with its line', () => {
    const text = 'agent,hired_on,base_bonus\nBecky,2019-02-30,5000\n,2020-01-01,1\nDan,2020-01-01,5k\nJim,2020-01-01,1\nJim,2020-02-01,2\nJoe\n';
    let error: unknown;
    try { parseAgents(text, 'agents.csv'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(CliError);
    const lines = (error as CliError).message.split('\n');
    expect(lines[0]).toBe('agents.csv:2: hired_on "2019-02-30": expected a real day written YYYY-MM-DD');
    expect(lines[1]).toBe('agents.csv:3: agent: the agent id is missing');
    expect(lines[2]).toMatch(/^agents\.csv:4: base_bonus "5k": expected a decimal number/);
    expect(lines[3]).toBe('agents.csv:6: agent "Jim" is already listed on line 5');
    expect(lines[4]).toBe('agents.csv:7: expected 3 columns as in the header, found 1');
  });

  it('needs an agent column', () => {
    expect(() => parseAgents('name,team\nBecky,North\n', 'agents.csv')).toThrow('agents.csv has no column `agent` (its columns: name, team)');
    expect(() => parseAgents('', 'agents.csv')).toThrow('agents.csv is empty');
  });
});
