import { RecordDirectory } from './record-directory';

describe('RecordDirectory', () => {
  it('looks up each agent and team once, remembering the ones that do not exist', async () => {
    const asked: string[][] = [];
    const directory = new RecordDirectory({
      agents: async (ids) => {
        asked.push([...ids]);
        return new Map(ids.filter((id) => id !== 'Ghost').map((id) => [id, { id: id.length, teamId: null }]));
      },
      teams: async (names) => new Map(names.map((name) => [name, 1])),
    });
    await directory.prepare([{ agent: 'Becky', team: 'North' }, { agent: 'Ghost' }, { agent: 'Becky' }]);
    await directory.prepare([{ agent: 'Becky' }, { agent: 'Ghost' }, { agent: 'Jim' }]);
    expect(asked).toEqual([['Becky', 'Ghost'], ['Jim']]);
    expect(directory.agent('Becky')).toEqual({ id: 5, teamId: null });
    expect(directory.agent('Ghost')).toBeUndefined();
    expect(directory.team('North')).toBe(1);
  });
});
