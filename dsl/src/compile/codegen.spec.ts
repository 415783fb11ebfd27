// Code generation must never let user text become code. These tests feed hostile names and strings
// through the generator and check (1) the functions behave, (2) no injected code runs, and (3) the
// generated source, once its string literals are removed, holds only identifiers the generator invents.
import type { Expr } from '../ast/nodes';
import { clamp } from '../functions/math.functions';
import { compileOk } from './__fixtures__/harness';
import { SCALAR_FUNCTIONS } from '../functions';
import { compileFunctions, compileNamedFunction, compileRecordFunction, compileScopeFunction, generateModule, generateSource, jsNumber, jsString } from './codegen';
import type { Ir } from './ir';

const HOSTILE = [
  '"); process.exit(1); ("', "'); process.exit(1); ('", '\\', '\\"', '"', '`${process.exit(1)}`', '${x}', '</script><script>alert(1)</script>',
  '\u2028', '\u2029', 'a\u2028b\u2029c', '\n', '\r\n', '\0', '\ud800', '\udfff', '🙂', '满意度', '"]; globalThis.__pwned = 1; //',
  '*/ globalThis.__pwned = 1; /*', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '',
];

const span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };
const E: Expr = { kind: 'null', span };
const lit = (value: number | string | boolean | null): Ir => ({ k: 'lit', value, expr: E });
const field = (name: string): Ir => ({ k: 'field', name, expr: E });
const eq = (a: Ir, b: Ir): Ir => ({ k: 'compare', op: '==', a, b, expr: E });

/** Identifiers the generator may emit; everything else must sit inside a string literal. */
const ALLOWED = new Set([
  'use', 'strict', 'const', 'let', 'return', 'function', 'compiled', 'if', 'else', 'typeof', 'null', 'true', 'false', 'break',
  'R', 'F', 's', 'r', 'v', 'g', 'values', 'agg', 'attrs', 'agent', 'team', 'group', 'org', 'score',
  'cmp12', 'eq12', 'lt', 'le', 'gt', 'ge', 'own', 'attrNum', 'attrDate', 'attrRaw', 'attrAuto', 'e',
  // the registry's inline templates (functions/math.functions.ts)
  'Math', 'min', 'max', 'abs',
]);
function assertOnlyGeneratedIdentifiers(source: string): void {
  const code = source.replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
  const names = code.match(/[A-Za-z_$][\w$]*/g) ?? [];
  for (const name of names) if (!ALLOWED.has(name) && !/^[tfL]\d+$/.test(name)) throw new Error(`unexpected identifier ${name} in\n${source}`);
  expect(code).not.toMatch(/[`'\\]/);
}

beforeEach(() => { delete (globalThis as Record<string, unknown>).__pwned; });
afterEach(() => expect((globalThis as Record<string, unknown>).__pwned).toBeUndefined());

it('the identifier check itself catches injected code', () => {
  expect(() => assertOnlyGeneratedIdentifiers('t0 = r[""]; process.exit(1);')).toThrow(/process/);
  expect(() => assertOnlyGeneratedIdentifiers('t0 = `${1}`;')).toThrow();
});

describe('jsString and jsNumber', () => {
  it.each(HOSTILE)('jsString(%j) evaluates back to the same string', (s) => {
    expect(new Function(`return ${jsString(s)};`)()).toBe(s);
    expect(jsString(s)).not.toMatch(/[\u2028\u2029]/);
  });

  it.each([0, -0, 1, -5, 0.1, 1 / 3, 1e-7, 1e21, -1e21, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 70])(
    'jsNumber(%p) evaluates back to the same number', (n) => expect(Object.is(new Function(`return ${jsNumber(n)};`)(), n)).toBe(true));

  it.each([NaN, Infinity, -Infinity])('jsNumber refuses %p', (n) => expect(() => jsNumber(n)).toThrow(/non-finite/));
});

describe('hostile names and strings at the IR level', () => {
  it.each(HOSTILE)('a field named %j is read as that property, and nothing runs', (name) => {
    const f = compileRecordFunction(field(name));
    const record = JSON.parse(`{${JSON.stringify(name)}: 42}`);
    expect(f(record)).toBe(42);
    expect(f({})).toBeNull();
    assertOnlyGeneratedIdentifiers(generateSource(field(name), 'r').source);
  });

  it.each(HOSTILE)('a string literal %j compares equal to itself only', (text) => {
    const ir = eq(field('x'), lit(text));
    const f = compileRecordFunction(ir, true);
    expect(f({ x: text })).toBe(true);
    expect(f({ x: `${text}?` })).toBe(false);
    assertOnlyGeneratedIdentifiers(generateSource(ir, 'r', { condition: true }).source);
  });

  it.each(HOSTILE)('an attribute named %j is read from the attributes, converted', (name) => {
    const ir: Ir = { k: 'arith', op: '*', a: { k: 'attr', object: 'agent', name, conv: 'number', expr: E }, b: lit(2), expr: E };
    const f = compileScopeFunction(ir);
    expect(f({ agg: [], values: [], attrs: { agent: JSON.parse(`{${JSON.stringify(name)}: "2.5"}`) } })).toBe(5);
    expect(f({ agg: [], values: [], attrs: { agent: {} } })).toBeNull();
    expect(f({ agg: [], values: [], attrs: {} })).toBeNull();
    assertOnlyGeneratedIdentifiers(generateSource(ir, 's').source);
  });

  it.each(HOSTILE)('a named input %j (compileExpression mode) is read by name', (name) => {
    const ir: Ir = { k: 'call', fn: clamp, args: [{ k: 'node', index: 0, key: name, nodeKind: 'metric', expr: E }, lit(0), lit(10)], expr: E };
    const f = compileNamedFunction(ir);
    expect(f(JSON.parse(`{${JSON.stringify(name)}: 12}`))).toBe(10);
    expect(f({})).toBeNull();
    assertOnlyGeneratedIdentifiers(generateSource(ir, 's', { named: true }).source);
  });
});

describe('hostile strings through the language', () => {
  // the language's string escapes are \" and \\ only; everything else is written as is
  const cases: [string, string][] = [
    ['\\"); process.exit(1); (\\"', '"); process.exit(1); ("'],
    ['\\\\', '\\'],
    ['\\\\\\"', '\\"'],
    ['</script><script>globalThis.__pwned = 1</script>', '</script><script>globalThis.__pwned = 1</script>'],
    ['${globalThis.__pwned = 1}', '${globalThis.__pwned = 1}'],
    ['`+(globalThis.__pwned = 1)+`', '`+(globalThis.__pwned = 1)+`'],
    ["'; globalThis.__pwned = 1; '", "'; globalThis.__pwned = 1; '"],
    ['a\u2028b\u2029c', 'a\u2028b\u2029c'],
    ['*/ globalThis.__pwned = 1 /*', '*/ globalThis.__pwned = 1 /*'],
  ];

  it.each(cases)('count(priority == "%s") matches exactly that text', (written, value) => {
    const sc = compileOk(`scorecard s {
  metric m = count(priority == "${written}")
  kpi k = m
  profile p default { k: 100% }
}`);
    const plan = sc.scorecards[0].aggregates.find((a) => a.fn === 'count' && a.value);
    expect(plan?.value?.({ priority: value })).toBe(true);
    expect(plan?.value?.({ priority: `${value} ` })).toBe(false);
  });

  it('a string in a kpi condition behaves', () => {
    const sc = compileOk(`scorecard s {
  metric m = count()
  kpi k = if agent.team == "\\"); globalThis.__pwned = 1; (\\"" then 1 else 2
  profile p default { k: 100% }
}`).scorecards[0];
    const k = sc.nodes.find((n) => n.key === 'k');
    expect(k?.evaluate({ agg: [], values: [], attrs: { agent: { team: '"); globalThis.__pwned = 1; ("' } } })).toBe(1);
    expect(k?.evaluate({ agg: [], values: [], attrs: { agent: { team: 'x' } } })).toBe(2);
  });
});

describe('generated code shape', () => {
  it('fuses an arithmetic chain into one guarded expression and folds constants', () => {
    const aht: Ir = { k: 'node', index: 0, key: 'aht', nodeKind: 'metric', expr: E };
    const ar = (op: '+' | '-' | '*' | '/', a: Ir, b: Ir): Ir => ({ k: 'arith', op, a, b, expr: E });
    const ir = ar('-', lit(100), ar('/', ar('-', aht, ar('*', lit(5), lit(60))), lit(3)));
    const { source } = generateSource(ir, 's');
    expect(source).toContain('(100 - ((t0 - 300) / 3))');
    expect(source.match(/ - t\d+ !== 0/g)).toHaveLength(1);
  });

  it('checks a divisor that is itself a chain on its own', () => {
    const a: Ir = { k: 'node', index: 0, key: 'a', nodeKind: 'metric', expr: E };
    const ir: Ir = { k: 'arith', op: '/', a: lit(1), b: { k: 'arith', op: '/', a, b: lit(0), expr: E }, expr: E };
    expect(compileScopeFunction(ir)({ agg: [], values: [1], attrs: {} })).toBeNull();
  });
});

describe('one module per scorecard', () => {
  const a: Ir = { k: 'node', index: 0, key: 'a', nodeKind: 'metric', expr: E };
  const specs = [
    { ir: { k: 'call', fn: clamp, args: [a, lit(0), lit(10)], expr: E } as Ir, param: 's' as const },
    { ir: eq(field('"); globalThis.__pwned = 1; ("'), lit('x')), param: 'r' as const, condition: true },
    { ir: { k: 'compare', op: '>=', a, b: lit(5), expr: E } as Ir, param: 's' as const, condition: true },
    { ir: lit(null), param: 's' as const },
  ];

  it('compiles every function of the module, in order', () => {
    const [f0, f1, f2, f3] = compileFunctions(specs);
    const s = (v: number | null) => ({ agg: [], values: [v], attrs: {} }) as never;
    expect(f0(s(12))).toBe(10);
    expect(f0(s(null))).toBeNull();
    expect(f1({ '"); globalThis.__pwned = 1; ("': 'x' } as never)).toBe(true);
    expect(f1({} as never)).toBe(false);
    expect(f2(s(5))).toBe(true);
    expect(f2(s(null))).toBe(false);
    expect(f3(s(1))).toBeNull();
    expect(compileFunctions([])).toEqual([]);
  });

  it('holds only generated identifiers, and each function its own temporaries', () => {
    const { source, fns } = generateModule(specs);
    assertOnlyGeneratedIdentifiers(source);
    expect(fns).toEqual([]); // clamp is inlined
    expect(source.match(/function compiled\(/g)).toHaveLength(4);
    expect(source.match(/let t0\b/g)).toHaveLength(3);
  });

  it('shares one registry function between the functions that call it', () => {
    const round: Ir = { k: 'call', fn: SCALAR_FUNCTIONS.get('round')!, args: [a, lit(1)], expr: E };
    const { source, fns } = generateModule([{ ir: round, param: 's' }, { ir: round, param: 's' }]);
    expect(fns).toHaveLength(1);
    expect(source.match(/f0\(/g)).toHaveLength(2);
  });
});
