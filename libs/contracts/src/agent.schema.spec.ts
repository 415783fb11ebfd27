import { AgentRowSchema } from './agent.schema';

describe('AgentRowSchema', () => {
  it('accepts a full row and keeps the bonus as a decimal string', () => {
    const row = AgentRowSchema.parse({ agent: 'Becky', team: 'North', hired_on: '2019-03-01', base_bonus: '5000.00', seniority: 3 });
    expect(row).toEqual({ agent: 'Becky', team: 'North', hired_on: '2019-03-01', base_bonus: '5000.00', seniority: 3 });
  });

  it('reports an impossible hiring day', () => {
    const result = AgentRowSchema.safeParse({ agent: 'Becky', hired_on: '2019-02-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['hired_on']);
  });

  it('reports a bonus that is not a decimal', () => {
    expect(AgentRowSchema.safeParse({ agent: 'Becky', base_bonus: '5,000' }).success).toBe(false);
    expect(AgentRowSchema.safeParse({ agent: 'Becky', base_bonus: '1e3' }).success).toBe(false);
  });

  it('requires an agent id', () => {
    expect(AgentRowSchema.safeParse({ agent: '  ', team: 'North' }).success).toBe(false);
    expect(AgentRowSchema.safeParse({ team: 'North' }).success).toBe(false);
  });
});
