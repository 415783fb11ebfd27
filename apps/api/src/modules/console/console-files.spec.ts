import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleIsBuilt, wantsConsolePage } from './console-files';

describe('wantsConsolePage', () => {
  it('serves the console for pages', () => {
    expect(wantsConsolePage('GET', '/')).toBe(true);
    expect(wantsConsolePage('GET', '/Agent/12')).toBe(true);
    expect(wantsConsolePage('HEAD', '/leaderboard')).toBe(true);
  });

  it('never answers for the api', () => {
    expect(wantsConsolePage('GET', '/graphql')).toBe(false);
    expect(wantsConsolePage('GET', '/api')).toBe(false);
    expect(wantsConsolePage('GET', '/api/ingest/interactions')).toBe(false);
    expect(wantsConsolePage('POST', '/')).toBe(false);
  });

  it('lets a missing file be a 404 instead of HTML', () => {
    expect(wantsConsolePage('GET', '/assets/index-123.js')).toBe(false);
    expect(wantsConsolePage('GET', '/favicon.ico')).toBe(false);
  });

  it('does not mistake a page that starts like the api for the api', () => {
    expect(wantsConsolePage('GET', '/apis')).toBe(true);
    expect(wantsConsolePage('GET', '/graphql-help')).toBe(true);
  });
});

describe('consoleIsBuilt', () => {
  it('needs an index.html', () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-'));
    expect(consoleIsBuilt(dir)).toBe(false);
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    expect(consoleIsBuilt(dir)).toBe(true);
  });
});
