import { parseDocument } from '../parser/parse';
import { codesAt, SPEC_EXAMPLE, textOf } from '../parser/test-helpers';
import type { Document, MetricDecl, Node, ScorecardDecl } from './nodes';
import { walk } from './visit';

const parse = (source: string): Document => parseDocument(source).value!;

function nodes(doc: Document): Node[] {
  const all: Node[] = [];
  walk(doc, (node) => void all.push(node));
  return all;
}

/** Line and column recomputed naively from the offset, to check the builder's positions. */
function lineColumn(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('spans', () => {
  const doc = parse(SPEC_EXAMPLE);
  const all = nodes(doc);

  it('lists the comments with their spans', () => {
    expect(doc.comments.map((c) => textOf(SPEC_EXAMPLE, c.span))).toEqual(doc.comments.map((c) => c.text));
    expect(textOf(SPEC_EXAMPLE, doc.comments[0].span)).toBe('# Frontline agents, scored monthly.');
  });

  it('puts a span on every node, inside the source, with line and column matching the offset', () => {
    expect(all.length).toBeGreaterThan(200);
    for (const node of all) {
      const { start, end } = node.span;
      expect(start.offset).toBeLessThanOrEqual(end.offset);
      expect(end.offset).toBeLessThanOrEqual(SPEC_EXAMPLE.length);
      expect({ line: start.line, column: start.column }).toEqual(lineColumn(SPEC_EXAMPLE, start.offset));
      expect({ line: end.line, column: end.column }).toEqual(lineColumn(SPEC_EXAMPLE, end.offset));
    }
  });

  it('highlights exactly the text of each kind of node', () => {
    const first = (kind: string) => textOf(SPEC_EXAMPLE, all.find((n) => n.kind === kind)!.span);
    expect(first('identifier')).toBe('frontline');
    expect(first('string')).toBe('"一线客服"');
    expect(first('member')).toBe('agent.tenure_days');
    expect(first('call')).toBe('count()');
    expect(first('binary')).toBe('handled >= 20');
    expect(first('percent')).toBe('95%');
    expect(first('duration')).toBe('30s');
    expect(first('tier-branch')).toBe('>= 95% -> 100');
    expect(first('weight')).toBe('csat_score: 40%');
    expect(first('date')).toBe('2026-11-01');
    expect(first('eligible')).toBe('eligible when handled >= 20');
    expect(first('field')).toBe('field kb_used: boolean');
  });

  it('includes the parentheses of a parenthesised expression', () => {
    const source = 'scorecard s { metric x = -(a + b) }';
    const expr = ((parse(source).blocks[0] as ScorecardDecl).items[0] as MetricDecl).expr;
    expect(expr.kind === 'unary' && [textOf(source, expr.span), textOf(source, expr.operand.span)]).toEqual(['-(a + b)', '(a + b)']);
  });

  it('counts UTF-16 columns after multi-byte labels', () => {
    const source = 'scorecard s "一线客服" {\n  kpi k "满意度" = 1 }';
    const kpi = (parse(source).blocks[0] as ScorecardDecl).items[0] as MetricDecl;
    expect(kpi.expr.span.start).toEqual({ line: 2, column: 17, offset: 37 });
    expect(textOf(source, kpi.expr.span)).toBe('1');
  });

  it('handles CRLF line endings', () => {
    const source = 'scorecard s {\r\n  metric x = 1\r\n}';
    const metric = (parse(source).blocks[0] as ScorecardDecl).items[0];
    expect(metric.span.start).toMatchObject({ line: 2, column: 3 });
  });

  it('keeps the raw text of literals', () => {
    const source = 'scorecard s { metric x = 12.50 + 90% + "a\\"b" }';
    const raws: string[] = [];
    walk(parse(source), (n) => void ('raw' in n && raws.push(n.raw)));
    expect(raws).toEqual(['12.50', '90%', '"a\\"b"']);
  });
});

describe('error nodes', () => {
  it('puts a zero-width error node where an operand is missing', () => {
    const source = 'scorecard s {\n  metric x = 1 +\n  metric y = 2\n}';
    const result = parseDocument(source);
    const x = (result.value!.blocks[0] as ScorecardDecl).items[0] as MetricDecl;
    expect(x.expr.kind).toBe('binary');
    const right = x.expr.kind === 'binary' ? x.expr.right : x.expr;
    expect(right.kind).toBe('error');
    expect(right.span.start.offset).toBe(right.span.end.offset);
    expect(source.slice(0, right.span.start.offset).endsWith('1 +')).toBe(true);
    expect(codesAt(source, result.diagnostics)).toEqual([{ code: 'YS010', at: 'metric' }]);
  });

  it('makes an error expression of a chained comparison, spanning it', () => {
    const source = 'scorecard s { metric x = 1 < a < 3 }';
    const x = (parse(source).blocks[0] as ScorecardDecl).items[0] as MetricDecl;
    expect([x.expr.kind, textOf(source, x.expr.span)]).toEqual(['error', '1 < a < 3']);
  });

  it('makes an error item of an item without its name, spanning what was written', () => {
    const source = 'scorecard s {\n  target >= 1\n  metric y = 2\n}';
    const items = (parse(source).blocks[0] as ScorecardDecl).items;
    expect(items.map((i) => i.kind)).toEqual(['error-item', 'metric']);
    expect(textOf(source, items[0].span)).toBe('target >= 1');
  });

  it('drops a `where` outside the first argument after reporting it', () => {
    const source = 'scorecard s { metric x = percentile(a where b, 90 where c) }';
    const result = parseDocument(source);
    const x = (result.value!.blocks[0] as ScorecardDecl).items[0] as MetricDecl;
    expect(x.expr.kind === 'call' && [x.expr.args.length, x.expr.where?.kind]).toEqual([2, 'name']);
    expect(codesAt(source, result.diagnostics)).toEqual([{ code: 'YS014', at: 'where' }]);
  });
});
