import { issueMessage } from '@yardstick/contracts';
import type { z } from 'zod';
import { InvalidInputException } from './domain.exception';

/** Parses `input` with `schema` or throws BAD_USER_INPUT listing every failing field with its path, in both languages. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new InvalidInputException(result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
    ...issueMessage(issue),
  })));
}
