import { BUILTIN_FIELDS } from '../../fields';
import { evaluateConstant } from '../interpret';
import { irChildren, type Ir } from '../ir';
import type { FieldType, Value } from '../types';
import { compareSql, ordering, type CompareContext } from './compare-sql';
import { callSql } from './functions-call-sql';
import { sqlNumber, type SqlParams, type TableRefs } from './sql-text';
import { asType, CHEAP, compose, holds, leaf, nullOf, unify, Unsupported, type SqlExpr, type SqlType } from './sql-expr';

// Per-record expressions (an aggregate's argument and its `where`) as SQL over one row of the records table,
// with the semantics of the generated JavaScript (codegen.ts): null propagates through arithmetic, division by
// zero is null, conditions hold only when true, tiers and comparisons as in compare-sql.ts. Subtrees that read
// no field are folded by the reference interpreter first, exactly as codegen folds them, so constants are the
// same doubles. A value used more than once that is not cheap is computed once per row in a LATERAL subquery
// (`OFFSET 0` keeps the planner from inlining it back), so no expression is ever copied into itself.

export interface RecordContext {
  readonly refs: TableRefs;
  readonly params: SqlParams;
  readonly fieldTypes: ReadonlyMap<string, FieldType>;
  /** the organisation's zone, as a parameter */
  readonly zone: string;
}

const ARITH = { '+': '+', '-': '-', '*': '*' } as const;

const SQL_TYPE: Readonly<Record<FieldType, SqlType>> = {
  string: 'text', boolean: 'bool', number: 'float8', duration: 'float8', percent: 'float8', money: 'float8', count: 'float8', timestamp: 'float8',
};

function readsNothing(ir: Ir): boolean {
  if (ir.k === 'field' || ir.k === 'node' || ir.k === 'group' || ir.k === 'agg' || ir.k === 'score' || ir.k === 'attr') return false;
  return irChildren(ir).every(readsNothing);
}

export class RecordSql implements CompareContext {
  /** lateral layers: layer k (1-based) computes `expr AS ys_vN` over the tables and layers before it */
  readonly layers: string[][] = [];
  private readonly bound = new Map<string, SqlExpr>();
  readonly sig: string;

  constructor(readonly cx: RecordContext) {
    this.sig = cx.refs.fn('yardstick_sig');
  }

  bind(e: SqlExpr): SqlExpr {
    if (e.cost <= CHEAP) return e;
    const known = this.bound.get(e.text);
    if (known) return known;
    const layer = e.level + 1;
    while (this.layers.length < layer) this.layers.push([]);
    const name = `ys_v${this.bound.size}`;
    this.layers[layer - 1].push(`${e.text} AS ${name}`);
    const ref = leaf(`ys_l${layer}.${name}`, e.type, layer);
    this.bound.set(e.text, ref);
    return ref;
  }

  literal(v: Value): SqlExpr {
    if (typeof v === 'number') return { ...leaf(sqlNumber(v), 'float8'), constant: v };
    if (typeof v === 'string') {
      // PostgreSQL text cannot hold U+0000, so no stored value could be compared with it as the engine does
      if (v.includes('\u0000')) throw new Unsupported('a string holding the character U+0000');
      return leaf(this.cx.params.text(v), 'text');
    }
    if (typeof v === 'boolean') return leaf(v ? 'TRUE' : 'FALSE', 'bool');
    return nullOf('null');
  }

  expr(ir: Ir): SqlExpr {
    if (ir.k !== 'lit' && readsNothing(ir)) return this.literal(evaluateConstant(ir));
    switch (ir.k) {
      case 'lit': return this.literal(ir.value);
      case 'field': return this.field(ir.name, ir.fallback);
      case 'neg': {
        const a = this.expr(ir.a);
        return a.type === 'float8' ? compose(`(- ${a.text})`, 'float8', [a]) : nullOf('float8');
      }
      case 'arith': return this.arith(ir.op, this.expr(ir.a), this.expr(ir.b));
      case 'not': {
        const c = holds(this.expr(ir.a));
        return compose(`(NOT ${c.text})`, 'bool', [c]);
      }
      case 'rate': {
        const a = this.expr(ir.a);
        return a.type === 'bool' ? compose(`((${a.text})::int)::float8`, 'float8', [a], 2) : nullOf('float8');
      }
      case 'compare': return compareSql(this, ir.op, this.expr(ir.a), this.expr(ir.b));
      case 'logic': {
        const [a, b] = [holds(this.expr(ir.a)), holds(this.expr(ir.b))];
        return compose(`(${a.text} ${ir.op === 'and' ? 'AND' : 'OR'} ${b.text})`, 'bool', [a, b]);
      }
      case 'if': return this.ifElse(ir);
      case 'tier': return this.tier(ir);
      case 'call': return callSql(this, ir.fn.name, ir.args.map((a) => this.expr(a)));
      // names outside a record's scope never reach an aggregate's argument (lowering makes them null)
      default: return nullOf('null');
    }
  }

  private arith(op: '+' | '-' | '*' | '/', a: SqlExpr, b: SqlExpr): SqlExpr {
    if (a.type !== 'float8' || b.type !== 'float8') return nullOf('float8');
    // PostgreSQL raises on division by zero where the language gives null
    if (op === '/') return compose(`(${a.text} / NULLIF(${b.text}, 0))`, 'float8', [a, b], 2);
    return compose(`(${a.text} ${ARITH[op]} ${b.text})`, 'float8', [a, b]);
  }

  private ifElse(ir: Ir & { k: 'if' }): SqlExpr {
    const c = holds(this.expr(ir.c));
    const [x, y] = [this.expr(ir.then), this.expr(ir.otherwise)];
    const type = unify([x.type, y.type]);
    if (type === undefined) throw new Unsupported(`if … then … else gives a ${x.type} or a ${y.type}`);
    const [tx, ty] = [asType(x, type), asType(y, type)];
    return compose(`(CASE WHEN ${c.text} THEN ${tx.text} ELSE ${ty.text} END)`, type, [c, tx, ty]);
  }

  private tier(ir: Ir & { k: 'tier' }): SqlExpr {
    const results = [...ir.branches.map((b) => this.expr(b.result)), ir.otherwise ? this.expr(ir.otherwise) : nullOf('null')];
    const type = unify(results.map((r) => r.type));
    if (type === undefined) throw new Unsupported('a tier whose branches give values of different types');
    const subject = this.expr(ir.subject);
    if (subject.type !== 'float8') return nullOf(type);
    const x = this.bind(subject);
    const parts: SqlExpr[] = [x];
    const whens = ir.branches.map((b, i) => {
      const test = ordering(this, b.op, x, this.expr(b.threshold));
      const result = asType(results[i], type);
      parts.push(test, result);
      return `WHEN ${test.text} THEN ${result.text}`;
    });
    const otherwise = asType(results[results.length - 1], type);
    parts.push(otherwise);
    return compose(`(CASE WHEN ${x.text} IS NULL THEN ${nullOf(type).text} ${whens.join(' ')} ELSE ${otherwise.text} END)`, type, parts);
  }

  /** A record field: a built-in column, or a custom field in the jsonb column. */
  field(name: string, fallback: string | undefined): SqlExpr {
    const type = this.cx.fieldTypes.get(name);
    if (type === undefined) return nullOf('null');
    let value = Object.hasOwn(BUILTIN_FIELDS, name) ? this.builtin(name, type) : this.custom(name, type);
    if (fallback !== undefined) {
      const f = this.literal(fallback);
      value = compose(`COALESCE(${value.text}, ${f.text})`, value.type, [value, f]);
    }
    return value;
  }

  private builtin(name: string, type: FieldType): SqlExpr {
    const { refs } = this.cx;
    const mapped = refs.map.fields?.[name];
    if (mapped === null) return nullOf(SQL_TYPE[type]);
    const column = mapped ?? (name === 'agent' ? refs.map.subjects.agent : name === 'occurred_at' ? refs.map.occurredAt : undefined) ?? { column: name };
    const col = refs.col(column, `field ${name}`);
    if (type === 'timestamp') return this.localMs(col);
    const cast = { text: 'text', bool: 'boolean', float8: 'float8', null: 'float8' }[SQL_TYPE[type]];
    return leaf(`(${col})::${cast}`, SQL_TYPE[type]);
  }

  private custom(name: string, type: FieldType): SqlExpr {
    const { refs, params } = this.cx;
    const column = refs.map.custom === undefined ? { column: 'custom' } : refs.map.custom;
    if (column === null) return nullOf(SQL_TYPE[type]);
    const col = refs.col(column, 'custom fields column');
    const key = params.text(name);
    const j = `(${col} -> ${key})`;
    switch (SQL_TYPE[type]) {
      case 'text': return compose(`(${col} ->> ${key})`, 'text', [], 1);
      case 'bool': return compose(`(CASE ${j} WHEN 'true'::jsonb THEN TRUE WHEN 'false'::jsonb THEN FALSE END)`, 'bool', [], 3);
      default:
        if (type === 'timestamp') throw new Unsupported(`the custom timestamp field ${name} is read by the engine only`);
        return compose(`(CASE WHEN jsonb_typeof(${j}) = 'number' THEN (${j})::float8 END)`, 'float8', [], 4);
    }
  }

  /** Org-local wall-clock milliseconds of a timestamptz column, as the engine's records carry them. */
  localMs(col: string): SqlExpr {
    return compose(`(round(extract(epoch FROM (${col} AT TIME ZONE ${this.cx.zone})) * 1000))::float8`, 'float8', [], 4);
  }
}
