import { parseDocument } from '../parser/parse';
import { SPEC_EXAMPLE } from '../parser/test-helpers';
import type { CallExpr, Node } from './nodes';
import { children, walk } from './visit';

const doc = parseDocument(SPEC_EXAMPLE).value!;

describe('children', () => {
  it('lists the children of every node in source order, inside the parent', () => {
    walk(doc, (node) => {
      const kids = children(node);
      kids.forEach((kid, i) => {
        if (i > 0) expect(kid.span.start.offset).toBeGreaterThanOrEqual(kids[i - 1].span.end.offset);
        expect(kid.span.start.offset).toBeGreaterThanOrEqual(node.span.start.offset);
        expect(kid.span.end.offset).toBeLessThanOrEqual(node.span.end.offset);
      });
    });
  });

  it('puts a call\'s `where` right after its first argument', () => {
    let call: CallExpr | undefined;
    walk(doc, (n) => void (n.kind === 'call' && n.where && (call = n)));
    expect(children(call!).map((n) => n.kind)).toEqual(['identifier', 'name', 'binary', 'number']);
  });

  it('gives the document its blocks (comments live in `comments`, not in the tree)', () => {
    expect(children(doc).map((n) => n.kind)).toEqual(['scorecard', 'compensation']);
  });
});

describe('walk', () => {
  it('reaches every kind of node the example uses', () => {
    const kinds = new Set<string>();
    walk(doc, (n) => void kinds.add(n.kind));
    expect([...kinds].sort()).toEqual([
      'active-range', 'alert', 'binary', 'call', 'cap', 'comp-scorecard', 'compensation', 'date', 'document',
      'duration', 'eligible', 'field', 'identifier', 'kpi', 'member', 'metric', 'missing', 'name', 'null', 'number',
      'payout', 'percent', 'period', 'profile', 'scorecard', 'string', 'target', 'tier', 'tier-branch', 'tier-else',
      'weight',
    ]);
  });

  it('visits in source order and reports parent and depth', () => {
    const seen: [Node, Node | undefined, number][] = [];
    walk(doc, (n, parent, depth) => void seen.push([n, parent, depth]));
    expect(seen[0]).toEqual([doc, undefined, 0]);
    expect(seen[1][0].kind).toBe('scorecard');
    const starts = seen.filter(([n]) => n.kind === 'metric').map(([n]) => n.span.start.offset);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const metric = seen.find(([n]) => n.kind === 'metric')!;
    expect([metric[1]?.kind, metric[2]]).toEqual(['scorecard', 2]);
  });

  it('skips the children of a node when enter returns false', () => {
    const kinds: string[] = [];
    walk(doc, (n) => {
      kinds.push(n.kind);
      return n.kind === 'document';
    });
    expect(kinds).toEqual(['document', 'scorecard', 'compensation']);
  });
});
