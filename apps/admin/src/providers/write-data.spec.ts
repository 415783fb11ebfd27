import { changedData, writableData } from './write-data';

describe('writableData', () => {
  it('drops read-only relation projections and the id', () => {
    expect(writableData('Agent', { id: '3', name: 'Becky', teamId: '2', team: { id: '1', name: 'North' } }))
      .toEqual({ name: 'Becky', teamId: '2' });
    expect(writableData('Team', { id: '1', name: 'North', groupId: null, group: null })).toEqual({ name: 'North', groupId: null });
  });

  it('keeps attributes, which are data, not a relation', () => {
    expect(writableData('Agent', { attributes: { shift: 'night' } })).toEqual({ attributes: { shift: 'night' } });
  });
});

describe('changedData', () => {
  it('keeps only what changed', () => {
    const before = { name: 'Becky', teamId: '1', attributes: { a: 1 }, leftOn: null, baseBonus: '5000.00' };
    expect(changedData({ ...before, teamId: '2' }, before)).toEqual({ teamId: '2' });
    expect(changedData({ ...before, attributes: { a: 2 } }, before)).toEqual({ attributes: { a: 2 } });
  });

  it('reads a cleared input as unchanged when the value was already empty', () => {
    expect(changedData({ leftOn: '' }, { leftOn: null })).toEqual({});
  });

  it('sends an explicit null when a value is cleared', () => {
    expect(changedData({ leftOn: null }, { leftOn: '2021-03-31' })).toEqual({ leftOn: null });
  });

  it('sends everything without previous data', () => {
    expect(changedData({ name: 'x' }, undefined)).toEqual({ name: 'x' });
  });
});
