import { compose, leaf, nullOf, unify, Unsupported, type SqlExpr } from './sql-expr';
import type { RecordSql } from './record-sql';

// The language's scalar functions (dsl/src/functions) in SQL, with their null rules: min, max and clamp are
// null when any argument is (LEAST and GREATEST would skip it), round is the language's own (yardstick_round),
// and hour, weekday, date read org-local wall-clock milliseconds as the JavaScript versions do.

const DAY = '86400000';

/** x with null when any of `args` is null, the args bound first. */
function unlessNull(rs: RecordSql, args: readonly SqlExpr[], body: (refs: SqlExpr[]) => string): SqlExpr {
  if (args.some((a) => a.type !== 'float8')) return nullOf('float8');
  const refs = args.map((a) => rs.bind(a));
  const anyNull = refs.map((r) => `${r.text} IS NULL`).join(' OR ');
  return compose(`(CASE WHEN ${anyNull} THEN NULL::float8 ELSE ${body(refs)} END)`, 'float8', refs, 2 + refs.length);
}

/** floor(t / 1 day) in exact integer arithmetic (t is integral milliseconds). */
function dayNumber(rs: RecordSql, t: SqlExpr): { text: string; ref: SqlExpr } {
  const ref = rs.bind(t);
  const ms = `(${ref.text})::int8`;
  return { text: `((${ms} - ((${ms} % ${DAY}) + ${DAY}) % ${DAY}) / ${DAY})`, ref };
}

function onTimestamp(rs: RecordSql, name: string, t: SqlExpr | undefined): SqlExpr {
  if (t === undefined || t.type !== 'float8') return nullOf('float8');
  if (name === 'hour') return compose(`((((${t.text})::int8 % ${DAY} + ${DAY}) % ${DAY}) / 3600000)::float8`, 'float8', [t], 5);
  const day = dayNumber(rs, t);
  if (name === 'date') return compose(`(${day.text})::float8`, 'float8', [day.ref], 6);
  // 1970-01-01 was a Thursday (4)
  return compose(`((((${day.text} + 3) % 7) + 7) % 7 + 1)::float8`, 'float8', [day.ref], 10);
}

export function callSql(rs: RecordSql, name: string, args: readonly SqlExpr[]): SqlExpr {
  switch (name) {
    case 'min': case 'max': {
      const fn = name === 'min' ? 'LEAST' : 'GREATEST';
      return unlessNull(rs, args, (refs) => `${fn}(${refs.map((r) => r.text).join(', ')})`);
    }
    case 'clamp':
      return unlessNull(rs, args, ([x, lo, hi]) => `LEAST(GREATEST(${x.text}, ${lo.text}), ${hi.text})`);
    case 'abs':
      return args[0]?.type === 'float8' ? compose(`abs(${args[0].text})`, 'float8', [args[0]]) : nullOf('float8');
    case 'round': {
      const [x, digits = leaf(`'0'::float8`, 'float8')] = args;
      if (x?.type !== 'float8' || digits.type !== 'float8') return nullOf('float8');
      return compose(`${rs.cx.refs.fn('yardstick_round')}(${x.text}, ${digits.text})`, 'float8', [x, digits], 3);
    }
    case 'coalesce': {
      const type = unify(args.map((a) => a.type));
      if (type === undefined) throw new Unsupported('coalesce over values of different types');
      const typed = args.map((a) => (a.type === 'null' ? nullOf(type) : a));
      return compose(`COALESCE(${typed.map((a) => a.text).join(', ')})`, type, typed);
    }
    case 'hour': case 'weekday': case 'date':
      return onTimestamp(rs, name, args[0]);
    default:
      throw new Unsupported(`the function ${name} has no SQL form`);
  }
}
