import type { MigrationInterface, QueryRunner } from 'typeorm';

// The PL/pgSQL functions the generated scoring queries call (yardstick_exact, yardstick_sig, yardstick_round):
// the language's number rules inside PostgreSQL. A copy of dsl/src/compile/sql/functions-sql.ts as of this
// migration, frozen here so later changes to the language arrive through new migrations, never by editing this one.

const UP = [
    `CREATE OR REPLACE FUNCTION yardstick_exact(x double precision) RETURNS numeric
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
    f := (x - trunc(x)) * '4611686018427387904'::float8;
    RETURN trunc(x)::int8::numeric + trunc(f)::int8 * 0.00000000000000000021684043449710088680149056017398834228515625 + trunc((f - trunc(f)) * '4611686018427387904'::float8)::int8 * 0.0000000000000000000000000000000000000470197740328915003187494614888898271127466222708835008603500682511366903781890869140625;
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
$fn$`,
    `CREATE OR REPLACE FUNCTION yardstick_sig(x double precision, digits integer) RETURNS numeric
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  d numeric := yardstick_exact(x);
  k integer;
BEGIN
  IF d IS NULL THEN RETURN NULL; END IF;
  IF d = 0 THEN RETURN 0; END IF;
  k := floor(log(abs(x)))::integer;
  IF abs(d) >= ('1e' || (k + 1))::numeric THEN k := k + 1; ELSIF abs(d) < ('1e' || k)::numeric THEN k := k - 1; END IF;
  -- numeric round() goes half away from zero, as toPrecision does on the exact value; the shifts are exact
  RETURN round(d * ('1e' || (digits - 1 - k))::numeric) * ('1e' || (k - digits + 1))::numeric;
END
$fn$`,
    `CREATE OR REPLACE FUNCTION yardstick_round(x double precision, digits double precision) RETURNS double precision
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
  v := yardstick_sig(x, 15);
  IF d < 0 THEN
    -- roundHalfAway gives 0 when the digit rounded at lies left of the value's first digit
    IF v = 0 THEN RETURN 0; END IF;
    k := floor(log(abs(v::double precision)))::integer;
  IF abs(v) >= ('1e' || (k + 1))::numeric THEN k := k + 1; ELSIF abs(v) < ('1e' || k)::numeric THEN k := k - 1; END IF;
    IF k + 1 + d <= 0 THEN RETURN 0; END IF;
  END IF;
  v := round(v, d);
  -- from 2^1024 - 2^970 on, a decimal rounds to Infinity, which the language makes null
  IF abs(v) >= 179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792 THEN RETURN NULL; END IF;
  RETURN v::double precision;
END
$fn$`,
];

const DOWN = [
    `DROP FUNCTION IF EXISTS yardstick_round(double precision, double precision)`,
    `DROP FUNCTION IF EXISTS yardstick_sig(double precision, integer)`,
    `DROP FUNCTION IF EXISTS yardstick_exact(double precision)`,
];

export class CreateScoringFunctions1795458462509 implements MigrationInterface {
  name = 'CreateScoringFunctions1795458462509';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}
