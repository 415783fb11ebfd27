import { loadConfig } from './app.config';

describe('configuration', () => {
  it('has working defaults for a development start', () => {
    const config = loadConfig({});
    expect(config.server).toEqual({ environment: 'development', host: '127.0.0.1', port: 3000, playground: true });
    expect(config.database.url).toBeUndefined();
    expect(config.database.embeddedDir).toMatch(/apps\/api\/\.data\/pg$/);
    expect(config.demo.seed).toBe(true);
    expect(config.auth).toEqual({ sessionTtlMs: 12 * 3_600_000, loginMaxFailures: 5, loginWindowMs: 15 * 60_000 });
  });

  it('lists every invalid variable in one error', () => {
    const attempt = () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', SESSION_TTL_HOURS: '0' });
    expect(attempt).toThrow(/^invalid environment:\n/);
    const lines = (() => { try { attempt(); } catch (error) { return (error as Error).message.split('\n').slice(1); } return []; })();
    expect(lines.map((line) => line.trim()).sort()).toEqual([
      'DATABASE_URL: expected a postgres:// connection URL',
      'NODE_ENV: Invalid option: expected one of "development"|"production"|"test"',
      'PORT: expected a port number from 0 to 65535',
      'SESSION_TTL_HOURS: expected a whole number from 1 to 2160',
    ]);
  });

  it('treats empty variables as unset and never seeds the demo in production unless asked', () => {
    expect(loadConfig({ PORT: '', NODE_ENV: 'production' })).toMatchObject({ server: { port: 3000, playground: false }, demo: { seed: false } });
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'auto' }).demo.seed).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'off' }).demo.seed).toBe(false);
  });

  it('is frozen', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config) && Object.isFrozen(config.server)).toBe(true);
  });
});
