import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SQL_FUNCTIONS } from './sql-backend';
import { DataSource } from 'typeorm';

// The generated aggregate queries call three PL/pgSQL functions (yardstick_exact, yardstick_sig,
// yardstick_round: dsl/src/compile/sql/functions-sql.ts) that reproduce the language's number rules in the
// database. They belong in a migration; until one creates them, the service creates any that is missing at
// start (CREATE OR REPLACE, the very statements a migration would run), so scoring never fails on them.

const SIGNATURES = [
  'yardstick_exact(double precision)', 'yardstick_sig(double precision, integer)', 'yardstick_round(double precision, double precision)',
];

@Injectable()
export class ScoringSqlFunctions implements OnModuleInit {
  private readonly logger = new Logger('ScoringSqlFunctions');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    const rows: { missing: number }[] = await this.db.query(
      'SELECT count(*) FILTER (WHERE to_regprocedure(s) IS NULL)::int AS missing FROM unnest($1::text[]) AS s', [SIGNATURES]);
    if (rows[0].missing === 0) return;
    this.logger.log(`creating the ${rows[0].missing} missing scoring SQL function(s)`);
    await this.db.transaction(async (manager) => {
      // one creator at a time when several instances start together
      await manager.query("SELECT pg_advisory_xact_lock(hashtextextended('yardstick:sql-functions', 0))");
      for (const statement of SQL_FUNCTIONS) await manager.query(statement);
    });
  }
}
