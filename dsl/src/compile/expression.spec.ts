// compileExpression: a standalone kpi-style expression over named inputs (the benchmark's entry point).
import { compileExpression, type CompiledExpression } from './expression';

function ok(source: string, inputs: Parameters<typeof compileExpression>[1]): CompiledExpression {
  const r = compileExpression(source, inputs);
  if (!r.value) throw new Error(r.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n'));
  return r.value;
}

describe('compileExpression', () => {
  it('compiles the aht formula over a plain object of inputs', () => {
    const f = ok('clamp(100 - (aht - 300) / 3, 0, 100)', { aht: 'number' });
    expect([f({ aht: 240 }), f({ aht: 330 }), f({ aht: 900 }), f({ aht: null }), f({})]).toEqual([100, 90, 0, null, null]);
  });

  it('takes input names as a list of plain numbers, or with units', () => {
    expect(ok('a * 2 + b', ['a', 'b'])({ a: 2, b: 1 })).toBe(5);
    const f = ok('clamp(100 - (aht - 5m) / 3s, 0, 100)', { aht: 'duration' });
    expect(f({ aht: 330 })).toBe(90);
  });

  it('supports conditions, tiers and if chains', () => {
    const tier = ok('if csat >= 0.95 then 100 else if csat >= 0.9 then 80 else 60', ['csat']);
    expect([tier({ csat: 0.97 }), tier({ csat: 0.9 }), tier({ csat: 0.5 }), tier({ csat: null })]).toEqual([100, 80, 60, 60]);
    const t = ok('tier(csat) { >= 95% -> 100 >= 90% -> 80 else -> 0 }', { csat: 'percent' });
    expect([t({ csat: 0.95 - 2 ** -53 }), t({ csat: 0.92 }), t({ csat: null })]).toEqual([100, 80, null]);
  });

  it('reports problems as diagnostics placed in the expression', () => {
    const r = compileExpression('1 +\n  csta', ['csat']);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.code, d.span.start.line, d.span.start.column])).toEqual([['YS104', 2, 3]]);
  });

  it('refuses units that do not fit', () => {
    const r = compileExpression('aht + csat', { aht: 'duration', csat: 'percent' });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['YS200']);
  });

  it('refuses anything but one expression', () => {
    expect(compileExpression('a\n  metric y = count()', ['a']).value).toBeUndefined();
    expect(compileExpression('a }\nscorecard x {', ['a']).value).toBeUndefined();
    expect(compileExpression('', ['a']).value).toBeUndefined();
    expect(compileExpression('count()', ['a']).value).toBeUndefined();
  });

  it('throws on an input name that is not an identifier (a programming error, not user input)', () => {
    expect(() => compileExpression('1', ['a b'])).toThrow(TypeError);
    expect(() => compileExpression('1', ['tier'])).toThrow(TypeError);
  });
});
