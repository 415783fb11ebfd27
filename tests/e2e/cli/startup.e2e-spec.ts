import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BIN, PWC_CSV, PWC_MAPS, REPO, tempDir } from './cli-harness';
import { TEST_SCORECARD } from './pwc-reference';

// What each command loads: a command loads only what it uses, so short commands start fast. Asserted on the
// modules the BUILT command loaded (recorded by support/record-modules.js), never on times.

const tmp = tempDir('ys-e2e-startup-');
const kpi = tmp.write('pwc-test.kpi', TEST_SCORECARD);
const agents = tmp.write('agents.csv', 'agent,team,hired_on\nBecky,North,2020-02-03\n');
afterAll(() => tmp.remove());

interface Loaded {
  readonly code: number | null;
  readonly has: (part: string) => boolean;
}

/** Runs the CLI and returns which modules it loaded (paths relative to the repository, `/` separated). */
function loaded(args: readonly string[]): Loaded {
  const out = path.join(tmp.dir, `modules-${Math.random().toString(36).slice(2)}.json`);
  const result = spawnSync(process.execPath, ['--require', path.join(__dirname, 'support/record-modules.js'), BIN, ...args], {
    cwd: REPO, encoding: 'utf8', timeout: 60_000, env: { ...process.env, YS_MODULES_OUT: out },
  });
  if (result.error) throw result.error;
  const files = (JSON.parse(fs.readFileSync(out, 'utf8')) as string[]).map((f) => path.relative(REPO, f).split(path.sep).join('/'));
  return { code: result.status, has: (part) => files.some((f) => f.includes(part)) };
}

const LANGUAGE = 'dsl/dist/index.js';
const ENGINE = 'libs/engine/dist/index.js';
const ZOD = 'node_modules/zod/';
const PAPAPARSE = 'node_modules/papaparse/';
// chevrotain's one-file bundle; its many-file ES modules do not show in require.cache, so this is what is asserted
const CHEVROTAIN_BUNDLE = 'node_modules/chevrotain/lib/chevrotain.mjs';

describe('what each command loads', () => {
  it('--help and --version load neither the language nor the engine', () => {
    for (const args of [['--help'], ['--version'], ['check', '--help']]) {
      const run = loaded(args);
      expect(run.code).toBe(0);
      expect(run.has(LANGUAGE)).toBe(false);
      expect(run.has(ENGINE)).toBe(false);
      expect(run.has(CHEVROTAIN_BUNDLE)).toBe(false);
    }
  });

  it.each([['check'], ['fmt']])('%s loads the language from chevrotain\'s one-file bundle, and no engine, zod or CSV reader', (command) => {
    const run = loaded([command, kpi, ...(command === 'fmt' ? ['--check'] : [])]);
    expect(run.has(LANGUAGE)).toBe(true);
    expect(run.has(CHEVROTAIN_BUNDLE)).toBe(true);
    expect(run.has(ENGINE)).toBe(false);
    expect(run.has(ZOD)).toBe(false);
    expect(run.has(PAPAPARSE)).toBe(false);
  });

  it('score loads the engine and the CSV readers, and zod only for an agents file', () => {
    const plain = loaded(['score', kpi, '--data', PWC_CSV, ...PWC_MAPS, '--period', '2021-01']);
    expect(plain.code).toBe(0);
    expect(plain.has(ENGINE)).toBe(true);
    expect(plain.has(PAPAPARSE)).toBe(true);
    expect(plain.has(CHEVROTAIN_BUNDLE)).toBe(true);
    expect(plain.has(ZOD)).toBe(false);
    const withAgents = loaded(['score', kpi, '--data', PWC_CSV, ...PWC_MAPS, '--period', '2021-01', '--agents', agents]);
    expect(withAgents.code).toBe(0);
    expect(withAgents.has(ZOD)).toBe(true);
  });
});
