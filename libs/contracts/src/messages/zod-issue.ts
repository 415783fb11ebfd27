import type { z } from 'zod';
import type { MessageCode, MessageParams } from './catalogue';

// A zod issue as a catalogue message, by issue code: the schema's own English text stays the `message` a client
// reads (schemas write specific ones), and the catalogue gives the generic Chinese. Issues without an entry fall
// back to `input.invalid`, whose Chinese carries the English text.

type Issue = z.core.$ZodIssue;

const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

function bound(issue: Issue & { readonly origin?: string }, small: boolean): { code: MessageCode; params: MessageParams } {
  const params: MessageParams = small ? { minimum: String((issue as { minimum: unknown }).minimum) } : { maximum: String((issue as { maximum: unknown }).maximum) };
  if (issue.origin === 'string') {
    if (small && params.minimum === '1') return { code: 'input.required', params: {} };
    return { code: small ? 'input.too_short' : 'input.too_long', params };
  }
  if (issue.origin === 'array' || issue.origin === 'set') return { code: small ? 'input.too_few' : 'input.too_many', params };
  return { code: small ? 'input.too_small' : 'input.too_big', params };
}

/** The catalogue code and parameters of a zod issue. */
export function issueMessage(issue: Issue): { readonly code: MessageCode; readonly params: MessageParams } {
  switch (issue.code) {
    case 'invalid_type':
      // zod keeps no input in its issues; its own text ends so for a missing value
      return / received undefined$/.test(issue.message) ? { code: 'input.required', params: {} } : { code: 'input.invalid_type', params: { expected: issue.expected } };
    case 'too_small':
      return bound(issue, true);
    case 'too_big':
      return bound(issue, false);
    case 'invalid_format':
      if (issue.format === 'regex') return { code: 'input.invalid', params: { detail: issue.message } };
      return { code: 'input.invalid_format', params: { format: issue.format } };
    case 'invalid_value':
      return { code: 'input.invalid_value', params: { values: list(issue.values) } };
    case 'unrecognized_keys':
      return { code: 'input.unrecognized_keys', params: { keys: issue.keys.join(', ') } };
    case 'not_multiple_of':
      return { code: 'input.not_multiple_of', params: { divisor: String(issue.divisor) } };
    default:
      return { code: 'input.invalid', params: { detail: issue.message } };
  }
}
