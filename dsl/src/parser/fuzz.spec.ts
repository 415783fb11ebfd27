// The parser must never throw, hang or report a span outside the source, whatever it is given.
import type { Span } from '../ast/nodes';
import { walk } from '../ast/visit';
import { parseDocument } from './parse';
import { SPEC_EXAMPLE } from './test-helpers';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = ' \n\t(){}[]<>=!+-*/%.,:;#"\\\'@$abcxyz_019一线';
const WORDS = [
  'scorecard', 'compensation', 'metric', 'kpi', 'target', 'profile', 'alert', 'when', 'where', 'tier', 'else', 'if',
  'then', 'not', 'and', 'or', 'as', 'default', 'active', 'notify', 'payout', 'cap', 'floor', 'period', 'field',
  'count(', 'avg(', ')', '{', '}', '(', '->', '>=', '<', '==', '=', ':', ',', '90%', '30s', '1.5', '2026-11-01', '..',
  '"label"', '"open', 'x', 'agent.', 'csat', '\n', '# c\n', '-', '*', '/', '+',
];

/** Throws (once, with the source) if the parse broke a promise: no internal error, every span inside the source. */
function assertSound(source: string): void {
  const result = parseDocument(source);
  const length = source.length;
  const inside = (span: Span) => span.start.offset >= 0 && span.start.offset <= span.end.offset && span.end.offset <= length
    && span.start.line >= 1 && span.start.column >= 1;
  const bad = result.diagnostics.find((d) => d.code === 'YS009' || !inside(d.span));
  if (bad) throw new Error(`${bad.code} ${JSON.stringify(bad.span)} for ${JSON.stringify(source)}`);
  if (!result.value) return;
  walk(result.value, (node) => {
    if (!inside(node.span)) throw new Error(`bad span on ${node.kind} for ${JSON.stringify(source)}`);
  });
}

describe('fuzz', () => {
  it('survives random characters', () => {
    const next = random(1);
    for (let i = 0; i < 300; i++) {
      const length = Math.floor(next() * 200);
      assertSound(Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join(''));
    }
  });

  it('survives random token soup', () => {
    const next = random(2);
    for (let i = 0; i < 300; i++) {
      const length = Math.floor(next() * 80);
      assertSound(Array.from({ length }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' '));
    }
  });

  it('survives truncations of the spec example (every third character, and the end of every line)', () => {
    for (let end = 0; end <= SPEC_EXAMPLE.length; end++) {
      if (end % 3 === 0 || SPEC_EXAMPLE[end] === '\n') assertSound(SPEC_EXAMPLE.slice(0, end));
    }
  });

  it('survives random edits of the spec example', () => {
    const next = random(3);
    for (let i = 0; i < 200; i++) {
      let source = SPEC_EXAMPLE;
      for (let edits = 1 + Math.floor(next() * 4); edits > 0; edits--) {
        const at = Math.floor(next() * source.length);
        const cut = Math.floor(next() * 12);
        const insert = next() < 0.5 ? '' : WORDS[Math.floor(next() * WORDS.length)];
        source = source.slice(0, at) + insert + source.slice(at + cut);
      }
      assertSound(source);
    }
  });

  it('survives a large random input', () => {
    const next = random(4);
    const source = Array.from({ length: 100_000 }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
    assertSound(source);
  });

  it('treats a non-string as an empty source rather than throwing', () => {
    expect(parseDocument(undefined as unknown as string).value?.blocks).toEqual([]);
  });
});
