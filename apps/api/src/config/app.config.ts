import { resolve } from 'node:path';
import { z } from 'zod';
import { API_ROOT } from './paths';

// The service reads process.env once, here: every variable is validated together and every bad one is listed in
// one message, so a misconfigured deployment fails at start with the whole picture. Secrets have no defaults.

export type Environment = 'development' | 'production' | 'test';

export interface AppConfig {
  readonly server: { readonly environment: Environment; readonly host: string; readonly port: number; readonly playground: boolean };
  /** `url` unset = start the embedded PostgreSQL in `embeddedDir` (only main.ts does that) */
  readonly database: { readonly url?: string; readonly embeddedDir: string };
  readonly auth: { readonly sessionTtlMs: number; readonly loginMaxFailures: number; readonly loginWindowMs: number };
  /** seed the demo organisation, users and data when the database is empty */
  readonly demo: { readonly seed: boolean };
}

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');
const positiveInt = (max: number) => z.coerce.number({ error: `expected a whole number from 1 to ${max}` })
  .int(`expected a whole number from 1 to ${max}`).min(1, `expected a whole number from 1 to ${max}`).max(max, `expected a whole number from 1 to ${max}`);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number({ error: 'expected a port number from 0 to 65535' }).int('expected a port number from 0 to 65535')
    .min(0, 'expected a port number from 0 to 65535').max(65535, 'expected a port number from 0 to 65535').default(3000),
  GRAPHQL_PLAYGROUND: flag.optional(),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// connection URL').optional(),
  EMBEDDED_PG_DIR: z.string().min(1).optional(),
  SESSION_TTL_HOURS: positiveInt(24 * 90).default(12),
  LOGIN_MAX_FAILURES: positiveInt(1000).default(5),
  LOGIN_WINDOW_MINUTES: positiveInt(24 * 60).default(15),
  DEMO_DATA: z.enum(['auto', 'off']).optional(),
});

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  // empty variables count as unset, so `PORT= npm start` does not fail on ""
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const development = e.NODE_ENV === 'development';
  return deepFreeze({
    server: { environment: e.NODE_ENV, host: e.HOST, port: e.PORT, playground: e.GRAPHQL_PLAYGROUND ?? development },
    database: { url: e.DATABASE_URL, embeddedDir: resolve(e.EMBEDDED_PG_DIR ?? resolve(API_ROOT, '.data/pg')) },
    auth: {
      sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
      loginMaxFailures: e.LOGIN_MAX_FAILURES,
      loginWindowMs: e.LOGIN_WINDOW_MINUTES * 60_000,
    },
    // demo users have published passwords: never seeded in production unless asked for
    demo: { seed: (e.DEMO_DATA ?? (e.NODE_ENV === 'production' ? 'off' : 'auto')) === 'auto' },
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) if (inner && typeof inner === 'object') deepFreeze(inner);
  return Object.freeze(value);
}

/** Injection token of the frozen AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
