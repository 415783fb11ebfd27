import { Field, Float, InputType } from '@nestjs/graphql';
import { InteractionRecordInputSchema, RowProblem } from '@yardstick/contracts';
import { JSONObjectScalar } from '../../common/json.scalar';

// One record of `ingestInteractions`: the wire record of @yardstick/contracts with GraphQL's camelCase names.
// Each is turned back into the wire shape and validated by the shared zod schema; a record that fails becomes a
// rejection at its position, like a bad line of a file.

@InputType('InteractionInput', { description: 'One interaction record (a call, chat, ticket). Times are ISO 8601; without an offset they are wall-clock times in the organisation\'s zone.' })
export class InteractionInput {
  @Field({ description: 'the id in the source system: sending it again replaces instead of duplicating' }) externalId: string;
  @Field(() => String, { nullable: true, description: 'where the record comes from; default: the `source` argument' }) source?: string | null;
  @Field({ description: 'the agent\'s external id' }) agent: string;
  @Field(() => String, { nullable: true, description: 'team name at the time; default: the agent\'s current team' }) team?: string | null;
  @Field() occurredAt: string;
  @Field(() => String, { nullable: true, description: 'last-modified time in the source: an older version never replaces a newer one' })
  recordVersion?: string | null;
  @Field(() => String, { nullable: true }) channel?: string | null;
  @Field(() => String, { nullable: true }) platform?: string | null;
  @Field(() => String, { nullable: true }) priority?: string | null;
  @Field(() => String, { nullable: true }) customer?: string | null;
  @Field(() => String, { nullable: true }) kind?: string | null;
  @Field(() => Float, { nullable: true }) firstResponseSeconds?: number | null;
  @Field(() => Float, { nullable: true }) waitSeconds?: number | null;
  @Field(() => Float, { nullable: true }) talkSeconds?: number | null;
  @Field(() => Float, { nullable: true }) holdSeconds?: number | null;
  @Field(() => Float, { nullable: true }) wrapSeconds?: number | null;
  @Field(() => Float, { nullable: true }) handleSeconds?: number | null;
  @Field(() => Float, { nullable: true }) closeSeconds?: number | null;
  @Field(() => Boolean, { nullable: true }) answered?: boolean | null;
  @Field(() => Boolean, { nullable: true }) resolved?: boolean | null;
  @Field(() => Boolean, { nullable: true }) firstContactResolved?: boolean | null;
  @Field(() => Boolean, { nullable: true }) transferred?: boolean | null;
  @Field(() => Boolean, { nullable: true }) escalated?: boolean | null;
  @Field(() => Boolean, { nullable: true }) reopened?: boolean | null;
  @Field(() => Boolean, { nullable: true }) abandoned?: boolean | null;
  @Field(() => Boolean, { nullable: true }) repeatContact?: boolean | null;
  @Field(() => Boolean, { nullable: true }) converted?: boolean | null;
  @Field(() => Float, { nullable: true }) rating?: number | null;
  @Field(() => Float, { nullable: true }) qaScore?: number | null;
  @Field(() => JSONObjectScalar, { nullable: true, description: 'custom fields (defined with createFieldDefinition): name → value' })
  custom?: Record<string, unknown> | null;
}

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The wire record of an input, or why it is not one (checked by the shared zod schema). `customFields` are the
 * defined custom fields: a custom value for any other name is refused rather than silently dropped.
 */
export function wireRecordOf(input: InteractionInput, customFields: ReadonlySet<string>): Record<string, unknown> | RowProblem {
  const wire: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (key !== 'custom' && value !== undefined && value !== null) wire[snake(key)] = value;
  }
  for (const [name, value] of Object.entries(input.custom ?? {})) {
    if (name in wire || name in InteractionRecordInputSchema.shape) {
      return new RowProblem('row.builtin_in_custom', {}, `custom.${name}`);
    }
    if (!customFields.has(name)) return new RowProblem('row.unknown_custom_field', {}, `custom.${name}`);
    wire[name] = value;
  }
  const checked = InteractionRecordInputSchema.safeParse(wire);
  if (checked.success) return wire;
  const issue = checked.error.issues[0];
  const field = issue.path.map(String).join('.');
  return new RowProblem('row.invalid', { detail: issue.message }, field === '' ? undefined : field);
}
