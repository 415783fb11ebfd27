import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Tables whose rows make a database "not empty" for the demo seed. */
const OWNED_DATA = ['users', 'groups', 'teams', 'agents', 'api_keys', 'interactions', 'scorecards'];

@Injectable()
export class DemoRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async isEmpty(): Promise<boolean> {
    const probes = OWNED_DATA.map((table) => `NOT EXISTS (SELECT 1 FROM ${table})`).join(' AND ');
    const rows: { empty: boolean }[] = await this.db.query(`SELECT ${probes} AS empty`);
    return rows[0].empty;
  }

  /** Removes every row of every application table (never the migrations log) and resets the settings row. */
  async empty(): Promise<void> {
    const tables: { name: string }[] = await this.db.query(
      `SELECT quote_ident(tablename) AS name FROM pg_tables
        WHERE schemaname = current_schema() AND tablename NOT IN ('migrations', 'typeorm_metadata', 'organisation')`);
    await this.db.transaction(async (manager) => {
      if (tables.length > 0) await manager.query(`TRUNCATE ${tables.map((table) => table.name).join(', ')} RESTART IDENTITY CASCADE`);
      await manager.query(`UPDATE organisation SET name = 'Organisation', time_zone = 'UTC', updated_at = now()`);
    });
  }
}
