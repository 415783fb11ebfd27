import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database.options';

// For the TypeORM CLI only (scripts/typeorm.js sets DATABASE_URL): migration:show, migration:run, migration:revert.
// Migrations are written by hand in raw SQL (migrations/README.md); there are no entities here to generate from.
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is unset: run the TypeORM CLI through apps/api/scripts/typeorm.js');

export const dataSource = new DataSource({ ...databaseOptions(url), migrationsRun: false });
