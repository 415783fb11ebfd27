// Structural equality of syntax trees, ignoring where things were written: the formatter's promise is that its
// output parses to the same tree as its input. Exported for the formatter's tests and the fuzz suite.
import type { Document } from '../ast/nodes';

const SPAN_MARK = '<span>';

const isSpan = (v: object): boolean => {
  const o = v as { start?: { offset?: unknown }; end?: { offset?: unknown } };
  return typeof o.start?.offset === 'number' && typeof o.end?.offset === 'number';
};

/**
 * A deep copy without positions: every span becomes the same marker (so an optional span such as a
 * profile's `default` still counts as present), and comments keep only their text, trailing blanks trimmed.
 */
export function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value === null || typeof value !== 'object') return value;
  if (isSpan(value)) return SPAN_MARK;
  const node = value as Record<string, unknown>;
  if (node.kind === 'comment' && typeof node.text === 'string') return { kind: 'comment', text: node.text.trimEnd() };
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node).sort()) {
    if (node[key] !== undefined) out[key] = stripSpans(node[key]);
  }
  return out;
}

/** True when two trees are the same apart from positions (comments compared by text, in order). */
export function astEqual(a: Document | unknown, b: Document | unknown): boolean {
  return JSON.stringify(stripSpans(a)) === JSON.stringify(stripSpans(b));
}

/** The first path where two trees differ, for readable test failures; undefined when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  const x = stripSpans(a);
  const y = stripSpans(b);
  if (JSON.stringify(x) === JSON.stringify(y)) return undefined;
  if (x === null || y === null || typeof x !== 'object' || typeof y !== 'object' || Array.isArray(x) !== Array.isArray(y)) {
    return `${path}: ${JSON.stringify(x)} ≠ ${JSON.stringify(y)}`;
  }
  const xo = x as Record<string, unknown>;
  const yo = y as Record<string, unknown>;
  for (const key of new Set([...Object.keys(xo), ...Object.keys(yo)])) {
    const diff = firstDifference(xo[key], yo[key], `${path}.${key}`);
    if (diff) return diff;
  }
  return `${path}: differs`;
}
