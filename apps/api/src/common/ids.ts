import { z } from 'zod';
import { parseInput } from './validation';

/** GraphQL IDs are strings; ours are positive integers. A malformed id is BAD_USER_INPUT naming `path`. */
export function parseId(value: string | number, path = 'id'): number {
  return parseInput(z.object({ [path]: IdSchema }), { [path]: value })[path] as number;
}

export const IdSchema = z.union([z.number(), z.string().trim().regex(/^\d+$/, 'expected a numeric id')])
  .transform(Number).pipe(z.number().int().positive('expected a positive id').max(2_147_483_647, 'no such id'));

/** `%`, `_` and `\` taken literally inside ILIKE patterns. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

/** Custom attributes: identifier keys, scalar values (what `agent.NAME` / `team.NAME` can read in a scorecard). */
export const AttributesSchema = z.record(
  z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'attribute names are identifiers: letters, digits, underscore'),
  z.union([z.string().max(1000), z.number(), z.boolean(), z.null()], { error: 'attribute values are strings, numbers, booleans or null' }),
).refine((value) => Object.keys(value).length <= 100, 'at most 100 attributes');
