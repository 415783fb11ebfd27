import type { AggregateFn, ScoreRecord, Value } from './types';

// The fused accumulate step: ONE generated function per scorecard that feeds a record to every aggregate of
// the scorecard, writing straight into the state table of all subjects (one Float64Array: a row of
// `plans × ACC_STRIDE` numbers per subject slot, so one record touches a few adjacent cache lines). It replaces a loop over plans that called each plan's functions through an array and
// dispatched on the aggregate kind per record: here each plan gets its own straight-line code and its own
// call sites, which V8 can inline.
//
// Safety, as in codegen.ts: the source is assembled only from fixed fragments of this file, identifiers it
// invents, and slot integers checked by `jsIndex`. Nothing of the user's text appears in it: each plan's
// `value` and `filter` are the functions codegen.ts compiled from the checked tree, passed in as values
// (`F[i]`) and called, never spliced in as text; the aggregate kind picks one of the templates below
// through a constant table and an unknown kind is refused.

/** Numbers per plan in a slot's row of the state table (`plans.length * ACC_STRIDE` wide): `plan * ACC_STRIDE + ACC_*`. */
export const ACC_STRIDE = 5;
/** count: records counted; numeric aggregates: non-null values seen */
export const ACC_N = 0;
export const ACC_MIN = 1;
export const ACC_MAX = 2;
/** records that passed the filter and gave a non-null value (what explanations show) */
export const ACC_USED = 3;
/** sum and avg: the running sum while it is exact (integers below 2^53); past that the partials list takes over */
export const ACC_SUM = 4;

/**
 * Per plan, per slot, the list state (`lists[plan][slot]`): sum/avg the exact-sum partials once the running
 * sum is no longer an exact integer (undefined until then), percentile the values, distinct a Set.
 */
export type AccumulateLists = unknown[][];

export type AccumulateStep = (r: ScoreRecord, slot: number, num: Float64Array, lists: AccumulateLists) => void;

/** What the step needs of a plan (an AggregatePlan has it). */
export interface AccumulatePlan {
  readonly fn: AggregateFn;
  readonly value?: (r: ScoreRecord) => Value;
  readonly filter?: (r: ScoreRecord) => Value;
}

/** The exact-sum helpers the step calls (libs/engine/src/exact-sum.ts: the dsl does not depend on the engine). */
export interface AccumulateRuntime {
  /** adds x (finite) to the partials */
  readonly addExact: (partials: number[], x: number) => void;
}

function jsIndex(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`codegen: bad slot index ${String(n)}`);
  return String(n);
}

type Template = (p: { col: (c: number) => string; list: string; v: string; x: string }) => string[];
// `col(c)` is the text of the number at column c of the slot's row: `A[b + 7]`

// `x` is the value as a number (booleans count 1 and 0), NaN when it is not a finite number: skipped
const NUMERIC = (v: string, x: string): string =>
  `${x} = typeof ${v} === "number" ? (${v} - ${v} === 0 ? ${v} : NaN) : ${v} === true ? 1 : ${v} === false ? 0 : NaN;`;

const TEMPLATES: Readonly<Record<AggregateFn, Template | undefined>> = {
  count: ({ col, v }) => [`if (${v} === true) ${col(ACC_N)}++;`, `if (${v} !== null) ${col(ACC_USED)}++;`],
  sum: (p) => exactSum(p),
  avg: (p) => exactSum(p),
  min: ({ col, v, x }) => [
    NUMERIC(v, x), `if (${x} === ${x}) {`, `${col(ACC_N)}++; ${col(ACC_USED)}++;`,
    `if (${x} < ${col(ACC_MIN)}) ${col(ACC_MIN)} = ${x};`, '}'],
  max: ({ col, v, x }) => [
    NUMERIC(v, x), `if (${x} === ${x}) {`, `${col(ACC_N)}++; ${col(ACC_USED)}++;`,
    `if (${x} > ${col(ACC_MAX)}) ${col(ACC_MAX)} = ${x};`, '}'],
  percentile: ({ col, list, v, x }) => [
    NUMERIC(v, x), `if (${x} === ${x}) {`, `${col(ACC_USED)}++;`,
    `const q = ${list}; if (q === undefined) ${list} = [${x}]; else q.push(${x});`, '}'],
  distinct: ({ col, list, v }) => [
    `if (${v} !== null) {`, `${col(ACC_USED)}++;`,
    `const d = ${list}; if (d === undefined) ${list} = new Set([${v}]); else d.add(${v});`, '}'],
  // roster aggregates are counted from the agents list, not from records
  headcount: undefined,
  leavers: undefined,
  joiners: undefined,
};

/** While the sum is an exact integer it stays in its column; the first value that breaks that spills it to partials. */
function exactSum({ col, list, v, x }: Parameters<Template>[0]): string[] {
  const s = col(ACC_SUM);
  return [
    NUMERIC(v, x), `if (${x} === ${x}) {`, `${col(ACC_N)}++; ${col(ACC_USED)}++;`,
    `const p = ${list};`,
    'if (p === undefined) {',
    `const s = ${s} + ${x};`,
    `if (s < 9007199254740992 && s > -9007199254740992 && Number.isInteger(${x})) ${s} = s;`,
    `else { const q = ${s} === 0 ? [] : [${s}]; addExact(q, ${x}); ${list} = q; }`,
    `} else addExact(p, ${x});`,
    '}'];
}

/** Which plans the step feeds: roster aggregates and plans without a value (other than count()) take no records. */
export function feedsRecords(p: AccumulatePlan | undefined): boolean {
  return p !== undefined && Object.hasOwn(TEMPLATES, p.fn) && TEMPLATES[p.fn] !== undefined && (p.value !== undefined || p.fn === 'count');
}

/** The JavaScript source of the step for plans by index (a gap is a plan that takes no records), and its functions. */
export function generateAccumulateSource(plans: readonly (AccumulatePlan | undefined)[]): { source: string; fns: ((r: ScoreRecord) => Value)[] } {
  const fns: ((r: ScoreRecord) => Value)[] = [];
  const ref = (f: (r: ScoreRecord) => Value): string => `f${jsIndex(fns.push(f) - 1)}`;
  const lists = new Set<number>();
  const width = plans.length * ACC_STRIDE;
  const body: string[] = [];
  plans.forEach((p, i) => {
    if (p !== undefined && !Object.hasOwn(TEMPLATES, p.fn)) throw new Error(`codegen: unknown aggregate kind in plan ${jsIndex(i)}`);
    if (!feedsRecords(p)) return;
    const template = TEMPLATES[(p as AccumulatePlan).fn] as Template;
    const col = (c: number): string => `A[b + ${jsIndex(i * ACC_STRIDE + c)}]`;
    const list = `l${jsIndex(i)}[k]`;
    const v = `v${jsIndex(i)}`;
    const x = 'x';
    const code = template({ col, list, v, x });
    if (code.some((line) => line.includes(list))) lists.add(i);
    const value = p?.value ? `${ref(p.value)}(r)` : 'true';
    const inner = [`const ${v} = ${value};`, ...code];
    if (p?.filter) body.push(`if (${ref(p.filter)}(r) === true) {`, ...inner, '}');
    else body.push('{', ...inner, '}');
  });
  const source = [
    '"use strict";',
    'const { addExact } = R;',
    ...fns.map((_, i) => `const f${i} = F[${i}];`),
    'return function accumulate(r, k, A, L) {',
    `const b = k * ${jsIndex(width)};`,
    ...[...lists].sort((a, b) => a - b).map((n) => `const l${jsIndex(n)} = L[${jsIndex(n)}];`),
    'let x;',
    ...body,
    '};',
  ].join('\n');
  return { source, fns };
}

/**
 * The fused step for plans by index: `step(r, slot, num, lists)` feeds record `r` to the state at `slot` of
 * every plan. `num` holds a row of `plans.length * ACC_STRIDE` numbers per slot (MIN starting at +Infinity,
 * MAX at -Infinity, the rest at 0); `lists` one array per plan, indexed by slot (filled with undefined up to
 * the slots in use, so V8 keeps them packed).
 */
export function compileAccumulate(plans: readonly (AccumulatePlan | undefined)[], runtime: AccumulateRuntime): AccumulateStep {
  const { source, fns } = generateAccumulateSource(plans);
  return new Function('R', 'F', source)({ addExact: runtime.addExact }, fns) as AccumulateStep;
}
