import { HALF_124, HALF_62, ident, TWO_62 } from './sql-text';

// SQL functions the generated queries call, for the service's migration to create (`up`) and drop (`down`).
// They reproduce, on the exact binary value of a double, what the language runtime does in JavaScript:
//   yardstick_exact(x)        the exact decimal value of a double (doubles are dyadic, so it is finite);
//   yardstick_sig(x, digits)  that value rounded to `digits` significant digits, half away from zero — the
//                             decimal that JavaScript's x.toPrecision(digits) prints. Equality to 12 digits
//                             (eq12) compares yardstick_sig(a, 12) = yardstick_sig(b, 12), called only for
//                             numbers that are near-equal but not equal, so its loops cost nothing in bulk;
//   yardstick_round(x, d)     the language's round(x, d) (runtime/numbers.ts roundHalfAway), step by step.
// Plain PL/pgSQL, IMMUTABLE and PARALLEL SAFE, no extension needed (PostgreSQL 12 or later).

const EXACT = (q: (name: string) => string) => `CREATE OR REPLACE FUNCTION ${q('yardstick_exact')}(x double precision) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  f double precision;
  m double precision := abs(x);
  e integer := 0;
  n numeric := 0;
  w numeric := 1;
  hi double precision;
  half numeric := 1;
BEGIN
  IF x = 'NaN' OR m = 'Infinity' THEN RETURN NULL; END IF;
  IF m < 9.2e18 AND (x = 0 OR m >= 2.2e-22) THEN
    -- the common case: trunc(x) and two 62-bit slices of the fraction, each an exact bigint (as the sums do)
    f := (x - trunc(x)) * ${TWO_62};
    RETURN trunc(x)::int8::numeric + trunc(f)::int8 * ${HALF_62} + trunc((f - trunc(f)) * ${TWO_62})::int8 * ${HALF_124};
  END IF;
  -- doubling is exact: after e doublings m is an integer and |x| = m / 2^e
  WHILE m <> trunc(m) LOOP m := m * 2; e := e + 1; END LOOP;
  -- read the integer m exactly, 52 bits at a time (each chunk fits a bigint)
  WHILE m > 0 LOOP
    hi := trunc(m / 4503599627370496);
    n := n + (m - hi * 4503599627370496)::bigint * w;
    w := w * 4503599627370496;
    m := hi;
  END LOOP;
  -- numeric multiplication is exact: 0.5^e has e decimals
  FOR i IN 1..e LOOP half := half * 0.5; END LOOP;
  RETURN sign(x)::numeric * n * half;
END
$fn$`;

/** The least decimal that converts to Infinity rather than to the largest double. */
const OVERFLOW = (2n ** 1024n - 2n ** 970n).toString();

/** The decimal exponent of a non-zero exact value: floor(log10) of the double, corrected exactly. */
const EXPONENT = (value: string, double: string) => `k := floor(log(abs(${double})))::integer;
  IF abs(${value}) >= ('1e' || (k + 1))::numeric THEN k := k + 1; ELSIF abs(${value}) < ('1e' || k)::numeric THEN k := k - 1; END IF;`;

const SIG = (q: (name: string) => string) => `CREATE OR REPLACE FUNCTION ${q('yardstick_sig')}(x double precision, digits integer) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  d numeric := ${q('yardstick_exact')}(x);
  k integer;
BEGIN
  IF d IS NULL THEN RETURN NULL; END IF;
  IF d = 0 THEN RETURN 0; END IF;
  ${EXPONENT('d', 'x')}
  -- numeric round() goes half away from zero, as toPrecision does on the exact value; the shifts are exact
  RETURN round(d * ('1e' || (digits - 1 - k))::numeric) * ('1e' || (k - digits + 1))::numeric;
END
$fn$`;

const ROUND = (q: (name: string) => string) => `CREATE OR REPLACE FUNCTION ${q('yardstick_round')}(x double precision, digits double precision) RETURNS double precision
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  d integer;
  v numeric;
  k integer;
BEGIN
  IF x = 'NaN' OR abs(x) = 'Infinity' THEN RETURN x; END IF;
  IF digits = 'NaN' THEN d := 0; ELSE d := greatest(-400, least(400, trunc(digits)))::integer; END IF;
  -- a whole number of at most 15 digits is its own 15-digit decimal: rounding to d >= 0 places keeps it
  IF d >= 0 AND x = trunc(x) AND abs(x) < 1e15 THEN RETURN x; END IF;
  -- the double read as its 15-significant-digit decimal, as roundHalfAway does with toPrecision(15)
  v := ${q('yardstick_sig')}(x, 15);
  IF d < 0 THEN
    -- roundHalfAway gives 0 when the digit rounded at lies left of the value's first digit
    IF v = 0 THEN RETURN 0; END IF;
    ${EXPONENT('v', 'v::double precision')}
    IF k + 1 + d <= 0 THEN RETURN 0; END IF;
  END IF;
  v := round(v, d);
  -- from 2^1024 - 2^970 on, a decimal rounds to Infinity, which the language makes null
  IF abs(v) >= ${OVERFLOW} THEN RETURN NULL; END IF;
  RETURN v::double precision;
END
$fn$`;

const qualify = (schema: string | undefined) => (name: string): string => (schema === undefined ? name : `${ident(schema, 'function schema')}.${name}`);

/** The CREATE statements, in order, for a migration's `up` (optionally in a schema). */
export function sqlFunctionsUp(schema?: string): string[] {
  const q = qualify(schema);
  return [EXACT(q), SIG(q), ROUND(q)];
}

/** The DROP statements, for a migration's `down`. */
export function sqlFunctionsDown(schema?: string): string[] {
  const q = qualify(schema);
  return [
    `DROP FUNCTION IF EXISTS ${q('yardstick_round')}(double precision, double precision)`,
    `DROP FUNCTION IF EXISTS ${q('yardstick_sig')}(double precision, integer)`,
    `DROP FUNCTION IF EXISTS ${q('yardstick_exact')}(double precision)`,
  ];
}

/** The statements for the default schema (the search path), for migrations to include as is. */
export const SQL_FUNCTIONS: readonly string[] = Object.freeze(sqlFunctionsUp());
export const SQL_FUNCTIONS_DOWN: readonly string[] = Object.freeze(sqlFunctionsDown());
