import { z } from 'zod';
import { ScalarSchema } from './scalar.schema';

// The wire shape of one interaction record (a chat, a call, a ticket) as the api ingests it and as the
// CLI reads it from NDJSON once coerced. Built-in fields have fixed types; any other key is a custom field
// declared in a scorecard with `field NAME: TYPE`.

const text = z.string().nullable().optional();
/** seconds, never negative */
const seconds = z.number().nonnegative().nullable().optional();
const flag = z.boolean().nullable().optional();

/** The built-in record fields and their wire types (the language's `BUILTIN_FIELDS`, spec §4 and §7). */
export const BUILTIN_RECORD_FIELDS = {
  channel: text, platform: text, priority: text, customer: text, kind: text,
  first_response_seconds: seconds, wait_seconds: seconds, talk_seconds: seconds, hold_seconds: seconds,
  wrap_seconds: seconds, handle_seconds: seconds, close_seconds: seconds,
  answered: flag, resolved: flag, first_contact_resolved: flag, transferred: flag,
  escalated: flag, reopened: flag, abandoned: flag, repeat_contact: flag, converted: flag,
  rating: z.number().nullable().optional(),
  qa_score: z.number().nullable().optional(),
} as const;

export const InteractionRecordInputSchema = z
  .object({
    /** the id in the source system, so a re-import replaces instead of duplicating */
    external_id: z.string().min(1).optional(),
    /** where the record came from: `"zendesk"`, `"csv:calls-2021.csv"` */
    source: z.string().min(1).optional(),
    agent: z.string().min(1),
    team: text,
    /** ISO 8601; without an offset it is read as wall-clock time in the organisation's zone */
    occurred_at: z.iso.datetime({ offset: true, local: true }),
    /** the source's last-modified time of the record: a newer version replaces an older one, an older one is ignored */
    record_version: z.iso.datetime({ offset: true, local: true }).nullable().optional(),
    ...BUILTIN_RECORD_FIELDS,
  })
  .catchall(ScalarSchema);

export type InteractionRecordInput = z.infer<typeof InteractionRecordInputSchema>;
