import { BUILTIN_FIELDS } from '@yardstick/dsl';
import { BUILTIN_RECORD_FIELDS, InteractionRecordInputSchema } from './record.schema';

describe('InteractionRecordInputSchema', () => {
  const base = { agent: 'Becky', occurred_at: '2021-01-05T09:12:58' };

  it('covers exactly the language built-in fields', () => {
    const wire = [...Object.keys(BUILTIN_RECORD_FIELDS), 'agent', 'team', 'occurred_at'].sort();
    expect(wire).toEqual(Object.keys(BUILTIN_FIELDS).sort());
  });

  it('accepts a typed record with custom fields', () => {
    const parsed = InteractionRecordInputSchema.parse({
      ...base, external_id: 'ID0001', answered: true, wait_seconds: 12, rating: null, topic: 'Streaming', kb_used: false,
    });
    expect(parsed).toMatchObject({ agent: 'Becky', wait_seconds: 12, topic: 'Streaming', kb_used: false });
  });

  it('accepts occurred_at with an offset or as local wall-clock time', () => {
    expect(InteractionRecordInputSchema.safeParse({ ...base, occurred_at: '2021-01-05T09:12:58+08:00' }).success).toBe(true);
    expect(InteractionRecordInputSchema.safeParse({ ...base, occurred_at: '2021-01-05T09:12:58Z' }).success).toBe(true);
    expect(InteractionRecordInputSchema.safeParse({ ...base, occurred_at: 'yesterday' }).success).toBe(false);
  });

  it('rejects wrongly typed built-in fields', () => {
    expect(InteractionRecordInputSchema.safeParse({ ...base, answered: 'Y' }).success).toBe(false);
    expect(InteractionRecordInputSchema.safeParse({ ...base, wait_seconds: -3 }).success).toBe(false);
    expect(InteractionRecordInputSchema.safeParse({ ...base, agent: '' }).success).toBe(false);
  });

  it('rejects nested values in custom fields', () => {
    expect(InteractionRecordInputSchema.safeParse({ ...base, tags: ['a'] }).success).toBe(false);
  });
});
