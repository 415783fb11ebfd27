import type { FieldType } from './compile/types';

/** The built-in record fields of the language (spec §4 and §7); any of them may be null. */
export const BUILTIN_FIELDS: Readonly<Record<string, FieldType>> = Object.freeze({
  agent: 'string', team: 'string', channel: 'string', platform: 'string', priority: 'string', customer: 'string',
  kind: 'string',
  occurred_at: 'timestamp',
  first_response_seconds: 'duration', wait_seconds: 'duration', talk_seconds: 'duration', hold_seconds: 'duration',
  wrap_seconds: 'duration', handle_seconds: 'duration', close_seconds: 'duration',
  answered: 'boolean', resolved: 'boolean', first_contact_resolved: 'boolean', transferred: 'boolean',
  escalated: 'boolean', reopened: 'boolean', abandoned: 'boolean', repeat_contact: 'boolean', converted: 'boolean',
  rating: 'number', qa_score: 'number',
});

/** Types a `field NAME: TYPE` declaration may use. */
export const FIELD_TYPES: readonly FieldType[] = ['string', 'number', 'boolean', 'duration', 'timestamp', 'percent', 'money', 'count'];

/** Agent attributes every agent has; custom ones come from the agents file or the service. */
export const AGENT_ATTRIBUTES: Readonly<Record<string, 'date' | 'money' | 'number' | 'string'>> = Object.freeze({
  hired_on: 'date', left_on: 'date', base_bonus: 'money', tenure_days: 'number', team: 'string', group: 'string', name: 'string',
});

export const RESERVED_WORDS: readonly string[] = [
  'scorecard', 'compensation', 'period', 'subject', 'missing', 'eligible', 'field', 'metric', 'kpi', 'target', 'profile',
  'default', 'active', 'alert', 'notify', 'when', 'where', 'as', 'tier', 'else', 'and', 'or', 'not', 'true', 'false',
  'null', 'payout', 'cap', 'floor', 'if', 'then',
];
