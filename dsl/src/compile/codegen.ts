import type { ArithmeticOp, CompareOp } from '../ast/nodes';
import { cmp12, eq12 } from '../runtime/numbers';
import { attrAuto, attrDate, attrNum, attrRaw, ge, gt, inheritedName, le, lt, own, type AttrConversion } from '../runtime/ops';
import { evaluateConstant } from './interpret';
import { irChildren, type Ir } from './ir';
import type { ScoreRecord, ScopeFn, Value } from './types';

// THE ONLY PLACE WHERE JAVASCRIPT IS GENERATED AND `new Function` IS CALLED (with codegen-accumulate.ts, which
// generates the engine's fused accumulate step under the same rules and from this file's compiled functions).
//
// Why this is safe: the source text is assembled only from
//   - fixed fragments written in this file (operators are mapped through the constant tables below,
//     never copied from the tree, even though the tree's operator types are closed unions);
//   - identifiers this file invents (`t0`, `f1`, `L2`, `s`, `r`, `v`, `g`), never a user's name;
//   - integers from the compiler (slot indexes), checked by `jsIndex`;
//   - numbers through `jsNumber`, which refuses anything but a finite number and checks the shape of
//     what it emits;
//   - strings (string literals, field and attribute names) through `jsString`: JSON.stringify, which
//     yields a valid JavaScript string literal for every string, with U+2028/U+2029 escaped as well.
// Functions from the registry are passed in as values (`F[i]`), never referred to by name. Nothing
// a user writes can therefore end a literal, open a template, or reach an identifier.
// Speed: each node gets a local temporary and inline null checks (no closure per operator), so V8
// compiles a formula to straight-line code close to what one would write by hand. Subexpressions that
// read nothing are folded by the reference interpreter, and arithmetic chains are fused (see `fuse`).

const RUNTIME = { cmp12, eq12, lt, le, gt, ge, own, attrNum, attrDate, attrRaw, attrAuto };

const ARITH: Readonly<Record<ArithmeticOp, string>> = { '+': '+', '-': '-', '*': '*', '/': '/' };
const SLOW_ORDER: Readonly<Record<Exclude<CompareOp, '==' | '!='>, string>> = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge' };
const READER: Readonly<Record<AttrConversion, string>> = { number: 'attrNum', date: 'attrDate', raw: 'attrRaw', auto: 'attrAuto' };
const ATTRS: Readonly<Record<'agent' | 'team' | 'group', string>> = { agent: 's.attrs.agent', team: 's.attrs.team', group: 's.attrs.group' };
const GROUPS: Readonly<Record<'team' | 'org', string>> = { team: 's.team', org: 's.org' };

/** A JavaScript string literal for any string. */
export function jsString(s: string): string {
  return JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

const NUMBER_SHAPE = /^(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]\d+)?$/;

/** A JavaScript numeric literal for a finite number (negatives parenthesised); throws on anything else. */
export function jsNumber(n: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`codegen: refusing a non-finite constant (${String(n)})`);
  if (Object.is(n, -0)) return '(-0)';
  const text = String(Math.abs(n));
  if (!NUMBER_SHAPE.test(text)) throw new Error(`codegen: unexpected number text ${text}`);
  return n < 0 ? `(-${text})` : text;
}

function jsIndex(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`codegen: bad slot index ${String(n)}`);
  return String(n);
}

/** A piece of generated code: a temporary, or a literal whose value is known at compile time. */
interface Atom { readonly code: string; readonly known?: { readonly value: Value } }

function constant(raw: Value): Atom {
  // non-finite never reaches here (lowering and the interpreter turn it into null); kept null if it did
  const value = typeof raw === 'number' && !Number.isFinite(raw) ? null : raw;
  const code = typeof value === 'number' ? jsNumber(value) : typeof value === 'string' ? jsString(value) : String(value);
  return { code, known: { value } };
}
const isNum = (a: Atom): boolean => typeof a.known?.value === 'number';
/** `typeof x === "number"` checks for the atoms not already known to be numbers. */
const numberChecks = (...atoms: Atom[]): string[] => atoms.filter((a) => !isNum(a)).map((a) => `typeof ${a.code} === "number"`);

/**
 * Whether IR subtrees read nothing (no record, scope or attribute), so they can be folded. One memo per
 * generation (a Map, cheaper than a module-wide WeakMap): the generator asks about every node top-down.
 */
class Constness {
  private readonly memo = new Map<Ir, boolean>();

  of(ir: Ir): boolean {
    if (ir.k === 'lit') return true;
    if (ir.k === 'field' || ir.k === 'node' || ir.k === 'group' || ir.k === 'agg' || ir.k === 'score' || ir.k === 'attr') return false;
    let known = this.memo.get(ir);
    if (known === undefined) {
      known = true;
      for (const child of irChildren(ir)) {
        if (!this.of(child)) {
          known = false;
          break;
        }
      }
      this.memo.set(ir, known);
    }
    return known;
  }
}

type RegistryFn = (...args: Value[]) => Value;

/** Generates one function body; several generators may share the registry functions (`fns`) of one module. */
class Generator {
  private temps = 0;
  private labels = 0;
  usesValues = false;
  usesAgg = false;

  /** `named`: metric/kpi references read `s[name]` of a plain object of inputs (compileExpression) */
  constructor(
    private readonly named: boolean, readonly fns: RegistryFn[] = [], private readonly constness = new Constness(),
  ) {}

  get tempCount(): number {
    return this.temps;
  }

  private temp(): string {
    return `t${this.temps++}`;
  }

  private assign(out: string[], code: string): Atom {
    const t = this.temp();
    out.push(`${t} = ${code};`);
    return { code: t };
  }

  /** `obj[key]`, or an own-property read when the key could be inherited from Object.prototype. */
  private read(obj: string, key: string, optional: boolean): string {
    if (inheritedName(key)) return `own(${obj}, ${jsString(key)})`;
    return `${obj}${optional ? '?.' : ''}[${jsString(key)}]`;
  }

  atom(ir: Ir, out: string[]): Atom {
    if (ir.k === 'lit') return constant(ir.value);
    if (this.constness.of(ir)) return constant(evaluateConstant(ir));
    switch (ir.k) {
      case 'field': return this.assign(out, `${this.read('r', ir.name, false)} ?? ${ir.fallback === undefined ? 'null' : jsString(ir.fallback)}`);
      case 'node':
        if (this.named) return this.assign(out, `${this.read('s', ir.key, false)} ?? null`);
        this.usesValues = true;
        return this.assign(out, `v[${jsIndex(ir.index)}] ?? null`);
      case 'group': return this.named ? constant(null) : this.assign(out, `${GROUPS[ir.group]}?.[${jsIndex(ir.index)}] ?? null`);
      case 'agg':
        if (this.named) return constant(null);
        this.usesAgg = true;
        return this.assign(out, `g[${jsIndex(ir.index)}] ?? null`);
      case 'score': return this.named ? constant(null) : this.assign(out, 's.score ?? null');
      case 'attr': return this.named ? constant(null) : this.assign(out, `${READER[ir.conv]}(${this.read(ATTRS[ir.object], ir.name, true)})`);
      case 'neg': case 'arith': return this.arithmetic(ir, out);
      case 'not': {
        const a = this.atom(ir.a, out);
        return this.assign(out, `${a.code} !== true`);
      }
      case 'rate': {
        const a = this.atom(ir.a, out);
        return this.assign(out, `${a.code} === true ? 1 : ${a.code} === false ? 0 : null`);
      }
      case 'compare': return this.compare(ir.op, this.atom(ir.a, out), this.atom(ir.b, out), out);
      case 'logic': return this.logic(ir, out);
      case 'if': return this.ifElse(ir, out);
      case 'tier': return this.tier(ir, out);
      case 'call': return this.call(ir, out);
    }
  }

  /**
   * An arithmetic chain as one guarded JavaScript expression: `100 - (t0 - 300) / 3`. Null in any
   * leaf makes the whole chain null, and a non-finite step makes it null too: ±Infinity and NaN
   * survive + - * and division by a finite number, so checking the result once is enough — provided
   * no divisor is itself a chain (1 / (x / 0) would give 0), so divisors get their own checked temporary.
   */
  private arithmetic(ir: Ir, out: string[]): Atom {
    const checks = new Set<string>();
    const code = this.fuse(ir, out, checks);
    if (code === null) return constant(null);
    const t = this.temp();
    const compute = `${t} = ${code}; if (${t} - ${t} !== 0) ${t} = null;`;
    out.push(checks.size > 0 ? `if (${[...checks].join(' && ')}) { ${compute} } else ${t} = null;` : compute);
    return { code: t };
  }

  /** The expression text of an arithmetic chain, or null when a leaf is a literal that is not a number. */
  private fuse(ir: Ir, out: string[], checks: Set<string>): string | null {
    if (ir.k === 'neg') {
      const a = this.fuse(ir.a, out, checks);
      return a === null ? null : `(-${a})`;
    }
    if (ir.k !== 'arith' || this.constness.of(ir)) return this.leaf(ir, out, checks);
    const a = this.fuse(ir.a, out, checks);
    const b = ir.op === '/' ? this.leaf(ir.b, out, checks) : this.fuse(ir.b, out, checks);
    return a === null || b === null ? null : `(${a} ${ARITH[ir.op]} ${b})`;
  }

  private leaf(ir: Ir, out: string[], checks: Set<string>): string | null {
    const a = this.atom(ir, out);
    if (a.known) return isNum(a) ? a.code : null;
    checks.add(`typeof ${a.code} === "number"`);
    return a.code;
  }

  private compare(op: CompareOp, a: Atom, b: Atom, out: string[]): Atom {
    if (op === '==' || op === '!=') {
      // against a string, boolean or null literal, equality is identity
      if ((a.known && !isNum(a)) || (b.known && !isNum(b))) return this.assign(out, `${a.code} ${op === '==' ? '===' : '!=='} ${b.code}`);
      const numeric = [...numberChecks(a, b), near12(a, b)].join(' && ');
      return this.assign(out, `${op === '!=' ? '!' : ''}(${a.code} === ${b.code} || (${numeric}))`);
    }
    if (a.known?.value === null || b.known?.value === null) return constant(null);
    const slow = `${SLOW_ORDER[op]}(${a.code}, ${b.code})`;
    if ((a.known && !isNum(a)) || (b.known && !isNum(b))) return this.assign(out, slow);
    // against a number literal the other side is a number or the ordering is null (strings order only with strings)
    const otherwise = isNum(a) || isNum(b) ? 'null' : slow;
    return this.assign(out, `(${numberChecks(a, b).join(' && ')}) ? ${ordering(op, a, b)} : ${otherwise}`);
  }

  private logic(ir: Ir & { k: 'logic' }, out: string[]): Atom {
    const a = this.atom(ir.a, out);
    const t = this.temp();
    const inner: string[] = [];
    const b = this.atom(ir.b, inner);
    const right = [...inner, `${t} = ${b.code} === true;`];
    if (ir.op === 'and') out.push(`if (${a.code} === true) {`, ...right, `} else ${t} = false;`);
    else out.push(`if (${a.code} === true) ${t} = true; else {`, ...right, '}');
    return { code: t };
  }

  private ifElse(ir: Ir & { k: 'if' }, out: string[]): Atom {
    const c = this.atom(ir.c, out);
    const t = this.temp();
    const [thenOut, elseOut]: string[][] = [[], []];
    const x = this.atom(ir.then, thenOut);
    const y = this.atom(ir.otherwise, elseOut);
    out.push(`if (${c.code} === true) {`, ...thenOut, `${t} = ${x.code};`, '} else {', ...elseOut, `${t} = ${y.code};`, '}');
    return { code: t };
  }

  /** A labelled block, so a tier of any length stays flat: each branch that holds breaks out. */
  private tier(ir: Ir & { k: 'tier' }, out: string[]): Atom {
    const x = this.atom(ir.subject, out);
    if (x.known && !isNum(x)) return constant(null);
    const t = this.temp();
    const label = `L${this.labels++}`;
    out.push(`${label}: {`);
    if (!isNum(x)) out.push(`if (typeof ${x.code} !== "number") { ${t} = null; break ${label}; }`);
    for (const branch of ir.branches) {
      const th = this.atom(branch.threshold, out);
      if (th.known && !isNum(th)) continue; // a null threshold never holds
      const test = [...numberChecks(th), ordering(branch.op, x, th)].join(' && ');
      out.push(`if (${test}) {`);
      const r = this.atom(branch.result, out);
      out.push(`${t} = ${r.code}; break ${label};`, '}');
    }
    const otherwise = ir.otherwise ? this.atom(ir.otherwise, out) : constant(null);
    out.push(`${t} = ${otherwise.code};`, '}');
    return { code: t };
  }

  private call(ir: Ir & { k: 'call' }, out: string[]): Atom {
    const args = ir.args.map((a) => this.atom(a, out));
    // templates assume a well-formed call: an ill-typed arity (only raw IR has one) takes the impl
    const { inline, minArgs, maxArgs } = ir.fn;
    if (inline && args.length >= minArgs && args.length <= maxArgs) return this.inlineCall(inline, args, out);
    let i = this.fns.indexOf(ir.fn.impl);
    if (i < 0) i = this.fns.push(ir.fn.impl) - 1;
    const t = this.assign(out, `f${jsIndex(i)}(${args.map((a) => a.code).join(', ')}) ?? null`).code;
    out.push(`if (typeof ${t} === "number" && ${t} - ${t} !== 0) ${t} = null;`);
    return { code: t };
  }

  /** A registry function's inline template over number-checked arguments (null if any is not a number). */
  private inlineCall(template: (args: readonly string[]) => string, args: Atom[], out: string[]): Atom {
    if (args.some((a) => a.known && !isNum(a))) return constant(null);
    const t = this.temp();
    const checks = numberChecks(...args);
    const compute = `${t} = ${template(args.map((a) => a.code))}; if (${t} - ${t} !== 0) ${t} = null;`;
    out.push(checks.length > 0 ? `if (${checks.join(' && ')}) { ${compute} } else ${t} = null;` : compute);
    return { code: t };
  }
}

/**
 * `ordering(op, x, y)`: the text of `cmp12(x, y) op 0` for two numbers, exactly (NaN included), with
 * the plain comparison first so eq12 runs only when it can change the answer:
 * cmp12 >= 0 ⇔ !(x < y) || eq12, > 0 ⇔ !(x < y) && !eq12, <= 0 ⇔ x < y || eq12, < 0 ⇔ x < y && !eq12.
 */
function ordering(op: Exclude<CompareOp, '==' | '!='>, x: Atom, y: Atom): string {
  const below = `${x.code} < ${y.code}`;
  const eq = near12(x, y);
  switch (op) {
    case '>=': return `(!(${below}) || ${eq})`;
    case '>': return `(!(${below}) && !(${eq}))`;
    case '<=': return `(${below} || ${eq})`;
    case '<': return `(${below} && !(${eq}))`;
  }
}

/**
 * `eq12(x, y)` for two numbers. Against a number literal `c` it is guarded by the band `lo <= x <= hi`
 * outside which eq12 cannot hold (see band12), so the usual case costs two comparisons and no call.
 */
function near12(x: Atom, y: Atom): string {
  const call = `eq12(${x.code}, ${y.code})`;
  const [other, literal] = isNum(y) ? [x, y] : isNum(x) ? [y, x] : [undefined, undefined];
  if (!other || !literal) return call;
  const band = band12(literal.known!.value as number);
  return band ? `${other.code} >= ${jsNumber(band[0])} && ${other.code} <= ${jsNumber(band[1])} && ${call}` : call;
}

/**
 * A band [lo, hi] around c holding every x with eq12(x, c), or undefined when it would not be finite.
 * eq12 holds when x === c, or when both print the same to 12 significant digits; then both lie within one
 * unit of the 12th digit of their common rounding d, so |x - c| <= 10^(e-11) <= ~1e-11·|c| (e = d's exponent,
 * |c| >= ~10^e). eq12 also requires |x - c| <= max(|x|, |c|)·1e-10 (so, about 1e-10·|c|). A margin of
 * 1e-9·|c| (plus the smallest double, for c near 0) is ten times wider than both: it is only a pre-filter.
 */
export function band12(c: number): readonly [number, number] | undefined {
  const margin = Math.abs(c) * 1e-9 + Number.MIN_VALUE;
  const lo = c - margin;
  const hi = c + margin;
  return Number.isFinite(lo) && Number.isFinite(hi) ? [lo, hi] : undefined;
}

export interface GeneratedSource {
  readonly source: string;
  readonly fns: readonly RegistryFn[];
}

export interface GenerateOptions {
  /** return exactly true or false (a null condition counts as false) */
  readonly condition?: boolean;
  /** metric/kpi references read `s[name]` of a plain object instead of `s.values[index]` */
  readonly named?: boolean;
}

/** One function of a generated module: what it computes, over what, and how it returns. */
export interface FunctionSpec extends GenerateOptions {
  readonly ir: Ir;
  /** `s`: an EvalScope (or named inputs); `r`: a record */
  readonly param: 's' | 'r';
}

const PRELUDE = ['"use strict";', 'const { cmp12, eq12, lt, le, gt, ge, own, attrNum, attrDate, attrRaw, attrAuto } = R;'];

/** The lines of one `function compiled(param) { … }` pushed to `out`, its registry functions added to `fns`. */
function functionLines(spec: FunctionSpec, fns: RegistryFn[], constness: Constness, out: string[]): void {
  const gen = new Generator(spec.named === true, fns, constness);
  const body: string[] = [];
  const result = gen.atom(spec.ir, body);
  out.push(`function compiled(${spec.param}) {`);
  if (gen.usesValues) out.push('const v = s.values;');
  if (gen.usesAgg) out.push('const g = s.agg;');
  if (gen.tempCount > 0) {
    let temps = 'let t0';
    for (let i = 1; i < gen.tempCount; i++) temps += `, t${i}`;
    out.push(`${temps};`);
  }
  for (const line of body) out.push(line);
  out.push(`return ${spec.condition ? `${result.code} === true` : result.code};`, '}');
}

const fnImports = (fns: readonly RegistryFn[]): string[] => fns.map((_, i) => `const f${jsIndex(i)} = F[${jsIndex(i)}];`);

/** The JavaScript source of a function of `s` (an EvalScope, or named inputs) or `r` (a record) computing `ir`. */
export function generateSource(ir: Ir, param: 's' | 'r', options: GenerateOptions = {}): GeneratedSource {
  const fns: RegistryFn[] = [];
  const lines: string[] = [];
  functionLines({ ...options, ir, param }, fns, new Constness(), lines);
  return { source: [...PRELUDE, ...fnImports(fns), `return ${lines.join('\n')};`].join('\n'), fns };
}

/**
 * The JavaScript source of a module returning an array of functions, one per spec, in order: a whole
 * scorecard's metrics, kpis, targets and conditions in one `new Function` rather than one each (the parse
 * and instantiation of one larger source is much cheaper than of a hundred small ones).
 */
export function generateModule(specs: readonly FunctionSpec[]): GeneratedSource {
  const fns: RegistryFn[] = [];
  const constness = new Constness();
  const lines: string[] = ['return ['];
  for (const spec of specs) {
    functionLines(spec, fns, constness, lines);
    lines[lines.length - 1] += ',';
  }
  lines.push('];');
  return { source: [...PRELUDE, ...fnImports(fns), ...lines].join('\n'), fns };
}

function instantiate(generated: GeneratedSource): unknown {
  return new Function('R', 'F', generated.source)(RUNTIME, generated.fns);
}

/** A compiled metric, kpi or condition over an EvalScope. */
export function compileScopeFunction(ir: Ir, condition = false): ScopeFn {
  return instantiate(generateSource(ir, 's', { condition })) as ScopeFn;
}

/** A compiled per-record function (an aggregate's value or `where` filter). */
export function compileRecordFunction(ir: Ir, condition = false): (r: ScoreRecord) => Value {
  return instantiate(generateSource(ir, 'r', { condition })) as (r: ScoreRecord) => Value;
}

/** Many functions from one generated module (see generateModule), in the order of `specs`. */
export function compileFunctions(specs: readonly FunctionSpec[]): ((x: never) => Value)[] {
  if (specs.length === 0) return [];
  const fns = instantiate(generateModule(specs)) as ((x: never) => Value)[];
  if (!Array.isArray(fns) || fns.length !== specs.length) throw new Error('codegen: module returned the wrong number of functions');
  return fns;
}

/** A compiled expression over a plain object of named inputs: `(inputs) => value` (compileExpression). */
export function compileNamedFunction(ir: Ir): (inputs: Readonly<Record<string, Value | undefined>>) => Value {
  return instantiate(generateSource(ir, 's', { named: true })) as (inputs: Readonly<Record<string, Value | undefined>>) => Value;
}
