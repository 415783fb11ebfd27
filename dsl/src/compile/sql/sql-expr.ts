// A piece of generated SQL with what the generator needs to know about it: its SQL type (the language's
// numbers, timestamps and dates are all `float8`, as they are all doubles in JavaScript), a rough cost, and
// the lateral layer its value comes from (0: the tables and parameters only).

export type SqlType = 'float8' | 'text' | 'bool' | 'null';

export interface SqlExpr {
  readonly text: string;
  readonly type: SqlType;
  /** operators in it: an expression above CHEAP is computed once per record (bound) before being repeated */
  readonly cost: number;
  /** the highest lateral layer it reads (see RecordSql.bind) */
  readonly level: number;
  /** set on a number literal: its value */
  readonly constant?: number;
}

export const CHEAP = 4;

const NULL_TEXT: Readonly<Record<SqlType, string>> = { float8: 'NULL::float8', text: 'NULL::text', bool: 'NULL::boolean', null: 'NULL::float8' };

/** A leaf: a column, a parameter, a literal. */
export const leaf = (text: string, type: SqlType, level = 0): SqlExpr => ({ text, type, cost: 1, level });

/** SQL null of a type ('null' is the type of what is null whatever the record). */
export const nullOf = (type: SqlType): SqlExpr => leaf(NULL_TEXT[type], type);

/** An expression built from parts: cost and layer follow them. */
export function compose(text: string, type: SqlType, parts: readonly SqlExpr[], cost = 1): SqlExpr {
  return {
    text, type,
    cost: parts.reduce((c, p) => c + p.cost, cost),
    level: parts.reduce((l, p) => Math.max(l, p.level), 0),
  };
}

/** `e` as a value of `type`: a null-typed expression becomes that type's null. */
export const asType = (e: SqlExpr, type: SqlType): SqlExpr => (e.type === 'null' && type !== 'null' ? nullOf(type) : e);

/** The one type a set of branches has (null fits any), or undefined when they disagree. */
export function unify(types: readonly SqlType[]): SqlType | undefined {
  let out: SqlType = 'null';
  for (const t of types) {
    if (t === 'null' || t === out) continue;
    if (out !== 'null') return undefined;
    out = t;
  }
  return out;
}

/** A condition as the language tests it: only true holds, so null and non-booleans count as false. */
export function holds(e: SqlExpr): SqlExpr {
  return e.type === 'bool' ? compose(`(${e.text}) IS TRUE`, 'bool', [e]) : leaf('FALSE', 'bool');
}

/** A case the SQL back end does not cover: the caller scores the scorecard by streaming instead. */
export class Unsupported extends Error {
  override readonly name = 'Unsupported';
}
