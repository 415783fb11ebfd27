import { SqlTableMapError, type SqlColumn, type SqlTableMap } from './sql-types';

// THE ONLY PLACES WHERE TEXT ENTERS THE GENERATED SQL:
//   - identifiers, through `ident`: checked against a strict pattern and double-quoted; they come from the
//     caller's SqlTableMap (code), never from a scorecard;
//   - numbers, through `sqlNumber`: a finite double printed by JavaScript and checked against a numeric shape;
//   - everything else a scorecard or a caller supplies (strings, custom field names, days, the time zone,
//     filter values) through `SqlParams`, as bind parameters `$n` the server never parses as SQL.
// All other SQL text is written in this folder. Internal aliases start with `ys_`, which callers may not use.

const IDENT = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const NUMBER_SHAPE = /^-?(?:\d+(?:\.\d+)?)(?:e[+-]\d+)?$/;

/** A double-quoted identifier; throws for anything but a plain name. */
export function ident(name: string, what: string): string {
  if (typeof name !== 'string' || !IDENT.test(name)) throw new SqlTableMapError(`${what}: '${String(name)}' is not a plain SQL name (letters, digits, _)`);
  return `"${name}"`;
}

/** A table name, optionally schema-qualified. */
export function tableName(name: string, what: string): string {
  const parts = typeof name === 'string' ? name.split('.') : [];
  if (parts.length < 1 || parts.length > 2) throw new SqlTableMapError(`${what}: '${String(name)}' is not a table name`);
  return parts.map((p) => ident(p, what)).join('.');
}

/** A double-precision literal; throws for a non-finite number or an unexpected shape. */
export function sqlNumber(n: number): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) throw new Error(`sql: refusing a non-finite constant (${String(n)})`);
  const text = Object.is(n, -0) ? '-0' : String(n);
  if (!NUMBER_SHAPE.test(text)) throw new Error(`sql: unexpected number text ${text}`);
  return `'${text}'::float8`;
}

/** 2^-k as an exact decimal literal (5^k shifted k places). */
function powerOfHalf(k: number): string {
  return `0.${(5n ** BigInt(k)).toString().padStart(k, '0')}`;
}

/** Exact constants of the sums (states-sql.ts) and yardstick_exact: a double splits into 62-bit slices. */
export const TWO_62 = `'4611686018427387904'::float8`;
export const HALF_62 = powerOfHalf(62);
export const HALF_124 = powerOfHalf(124);

/** Bind parameters: each distinct value once, referred to as `$n` with a cast. */
export class SqlParams {
  readonly values: (string | number | boolean)[] = [];
  private readonly known = new Map<string, number>();

  private add(value: string | number | boolean, type: string): string {
    // a parameter's type is inferred once: uses of different types never share a number
    const key = `${type}:${typeof value}:${String(value)}`;
    let n = this.known.get(key);
    if (n === undefined) {
      n = this.values.push(value);
      this.known.set(key, n);
    }
    return `$${n}`;
  }

  text(value: string): string {
    return `${this.add(value, 'text')}::text`;
  }

  /**
   * A `YYYY-MM-DD` day or a `YYYY-MM-DD HH:MM:SS.mmm` wall-clock time (checked by the caller) as a timestamp:
   * typed, so the server parses it once, not per row.
   */
  timestamp(at: string): string {
    return `${this.add(at, 'timestamp')}::timestamp`;
  }

  /** a filter value compared with a column of unknown type: the server casts it to the column's type */
  untyped(value: string | number | boolean): string {
    return this.add(typeof value === 'number' ? String(value) : value, 'untyped');
  }
}

/** The records table is `ys_r`; joins keep their (checked) aliases. */
export const RECORDS = 'ys_r';

/** Column references and the FROM clause of a table map, checked once. */
export class TableRefs {
  private readonly aliases = new Map<string, string>();
  /** aliases read so far: an optional join nothing reads is left out of FROM */
  private readonly used = new Set<string>();

  constructor(readonly map: SqlTableMap) {
    if (!map || typeof map !== 'object') throw new SqlTableMapError('the table map is missing');
    if (!map.subjects || typeof map.subjects !== 'object') throw new SqlTableMapError('subjects: the agent and team columns are needed');
    for (const j of map.joins ?? []) {
      const alias = ident(j.alias, 'join alias');
      if (j.alias.startsWith('ys_') || this.aliases.has(j.alias)) throw new SqlTableMapError(`join alias '${j.alias}' is reserved or used twice`);
      this.aliases.set(j.alias, alias);
    }
  }

  col(c: SqlColumn, what: string): string {
    if (!c || typeof c !== 'object') throw new SqlTableMapError(`${what}: a column is expected`);
    const owner = c.from === undefined ? RECORDS : this.aliases.get(c.from);
    if (owner === undefined) throw new SqlTableMapError(`${what}: no join has the alias '${String(c.from)}'`);
    if (c.from !== undefined) this.used.add(c.from);
    return `${owner}.${ident(c.column, what)}`;
  }

  /**
   * `FROM records ys_r JOIN … ON …`, each join's equalities reading only tables before it. Call it last: an
   * optional (LEFT, many-to-one) join that no column read needs is left out.
   */
  from(): string {
    const parts = [`${tableName(this.map.table, 'records table')} AS ${RECORDS}`];
    const seen = new Set<string | undefined>([undefined]);
    const joins = this.map.joins ?? [];
    // a join is needed when read, when inner (it filters), or when a needed join's ON reads it
    const needed = new Set(this.used);
    for (const j of [...joins].reverse()) {
      if (!needed.has(j.alias) && j.optional) continue;
      for (const eq of j.on) if (eq.left.from) needed.add(eq.left.from);
    }
    for (const j of joins) {
      if (j.optional && !needed.has(j.alias)) continue;
      if (j.on.length === 0) throw new SqlTableMapError(`join ${j.alias}: no ON columns`);
      const on = j.on.map((eq) => {
        if (!seen.has(eq.left.from)) throw new SqlTableMapError(`join ${j.alias}: '${String(eq.left.from)}' is not joined before it`);
        return `${this.col(eq.left, `join ${j.alias}`)} = ${this.aliases.get(j.alias)}.${ident(eq.right, `join ${j.alias}`)}`;
      });
      parts.push(`${j.optional ? 'LEFT JOIN' : 'JOIN'} ${tableName(j.table, `join ${j.alias}`)} AS ${this.aliases.get(j.alias)} ON ${on.join(' AND ')}`);
      seen.add(j.alias);
    }
    return parts.join('\n  ');
  }

  /** `schema.yardstick_x` or `yardstick_x` */
  fn(name: 'yardstick_sig' | 'yardstick_round'): string {
    const schema = this.map.functionSchema;
    return schema === undefined ? name : `${ident(schema, 'function schema')}.${name}`;
  }
}
