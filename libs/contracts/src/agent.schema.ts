import { z } from 'zod';
import { DecimalStringSchema, IsoDateSchema, ScalarSchema } from './scalar.schema';

// One agent of the roster: the id the records use, the team, and the attributes `agent.NAME` reads.

const optionalText = z.string().min(1).nullable().optional();

export const AgentRowSchema = z
  .object({
    /** the id used in the records' `agent` field */
    agent: z.string({ error: 'the agent id is missing' }).trim().min(1, 'the agent id is missing'),
    name: optionalText,
    team: optionalText,
    group: optionalText,
    hired_on: IsoDateSchema.nullable().optional(),
    left_on: IsoDateSchema.nullable().optional(),
    /** money, kept as a decimal string */
    base_bonus: DecimalStringSchema.nullable().optional(),
  })
  .catchall(ScalarSchema);

export type AgentRow = z.infer<typeof AgentRowSchema>;

/** Column names of the agents file with a fixed meaning; any other column is a custom attribute. */
export const AGENT_COLUMNS = ['agent', 'name', 'team', 'group', 'hired_on', 'left_on', 'base_bonus'] as const;
