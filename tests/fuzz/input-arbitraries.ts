// Random records and agents for evaluating generated scorecards, and character-level mutations of sources.
import fc from 'fast-check';
import type { ScoreRecord } from '@yardstick/dsl';
import type { Inputs } from './pipeline-properties';

const AGENTS = ['a1', 'a2', 'a3', 'a4'];
const TEAM: Record<string, string> = { a1: 'T1', a2: 'T1', a3: 'T2', a4: 'T2' };
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 4 });
const seconds = maybe(fc.integer({ min: 0, max: 3_600 }));
const flag = maybe(fc.boolean());

/** One interaction record of January 2026 (sometimes just outside it), with any field possibly null. */
const record: fc.Arbitrary<ScoreRecord> = fc
  .record({
    agent: fc.constantFrom(...AGENTS),
    day: fc.integer({ min: 0, max: 32 }),
    minute: fc.integer({ min: 0, max: 1_439 }),
    rating: maybe(fc.integer({ min: 1, max: 5 })),
    qa_score: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
    handle_seconds: seconds, first_response_seconds: seconds, wait_seconds: seconds, talk_seconds: seconds, hold_seconds: seconds,
    resolved: flag, first_contact_resolved: flag, transferred: flag, abandoned: flag, escalated: flag, reopened: flag, kb_used: flag,
    channel: maybe(fc.constantFrom('chat', 'phone', 'email')),
    priority: maybe(fc.constantFrom('urgent', 'normal')),
    customer: maybe(fc.constantFrom('c1', 'c2', 'c3', 'c4', 'c5')),
    kind: fc.option(fc.constantFrom('interaction', 'kb_contribution'), { nil: undefined, freq: 3 }),
    order_value: maybe(fc.constantFrom(0.1, 0.2, 19.99, 100)),
  })
  .map(({ agent, day, minute, ...fields }) => ({
    ...fields,
    agent,
    team: TEAM[agent],
    // day 0 is 31 December 2025 and day 32 is 1 February 2026: outside the period
    occurred_at: Date.UTC(2025, 11, 31 + day, 0, minute),
  }));

export const inputs: fc.Arbitrary<Inputs> = fc.record({
  records: fc.array(record, { maxLength: 12 }),
  agents: fc.constant(AGENTS.map((id, i) => ({
    id, team: TEAM[id], hiredOn: i % 2 === 0 ? '2025-12-20' : '2024-03-01', attributes: { base_bonus: i === 3 ? '1000.10' : 5000 },
  }))),
});

/** Text a mutation may insert: the language's own tokens, whitespace of every kind, odd Unicode, or anything. */
const FRAGMENTS = [
  '(', ')', '{', '}', '"', '\\', '#', '//', '->', '..', '.', '%', ':', ',', '=', '==', '!=', '>=', '<', '-', '*', '/', '+',
  'and', 'or', 'not', 'tier', 'else', 'where', 'if', 'then', 'metric', 'kpi', 'profile', 'default', 'active', 'target',
  'when', 'as', 'field', 'scorecard', 'compensation', 'payout', 'cap', 'null', 'true', 'agent.', 'team(', 'count(',
  '2026-11-01', '2026-02-30', '0', '9', '1.5', '30s', '90%', '1e9', '99999999999999999999', '\n', ' ', '\t', '\r\n', '\r',
  '满', '😀', '\u0000', '\uffff', '\ud800', '\u200b', 'x'.repeat(40),
];
const insertion = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
);

export type Mutation =
  | { readonly kind: 'delete' | 'swap' | 'truncate' | 'duplicate'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string };

const position = fc.nat();
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'swap' as const, 'duplicate' as const), at: position, length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: position, length: fc.constant(0) }),
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: insertion }) },
);
export const mutations = fc.array(mutation, { minLength: 1, maxLength: 4 });

/** Applies character-level mutations in turn; positions wrap around the current length. */
export function mutate(source: string, list: readonly Mutation[]): string {
  let s = source;
  for (const m of list) {
    const at = m.at % (s.length + 1);
    if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
    else if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.length);
    else if (m.kind === 'truncate') s = s.slice(0, at);
    else if (m.kind === 'duplicate') s = s.slice(0, at + m.length) + s.slice(at, at + m.length) + s.slice(at + m.length);
    else s = s.slice(0, at) + s.slice(at + m.length, at + 2 * m.length) + s.slice(at, at + m.length) + s.slice(at + 2 * m.length);
  }
  return s;
}

/** Offsets of the spaces of a source that lie outside strings and comments (where a line break may go). */
function freeSpaces(source: string): number[] {
  const out: number[] = [];
  let inString = false;
  let inComment = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (inComment) inComment = c !== '\n';
    else if (inString) inString = !(c === '"' && source[i - 1] !== '\\');
    else if (c === '"') inString = true;
    else if (c === '#' || (c === '/' && source[i + 1] === '/')) inComment = true;
    else if (c === ' ') out.push(i);
  }
  return out;
}

const BREAKS = [' # note\n    ', '\n      ', ' // 注释 ✓\n', '\n\n  ', '\t# x\n'];

/**
 * Puts comments and line breaks between tokens anywhere in a valid source (inside expressions, tier
 * blocks, profile braces), which must not change its meaning: a hard case for the formatter.
 */
export const sprinkle = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 });
export function sprinkled(source: string, picks: readonly [number, number][]): string {
  const spaces = freeSpaces(source);
  if (spaces.length === 0) return source;
  const chosen = new Map<number, string>();
  for (const [at, kind] of picks) chosen.set(spaces[at % spaces.length], BREAKS[kind % BREAKS.length]);
  let out = '';
  for (let i = 0; i < source.length; i++) out += chosen.get(i) ?? source[i];
  return out;
}
