import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// Runs the BUILT command (`node apps/cli/bin/yardstick.js …`, built by `tsc -b` before the tests) as a
// separate process, the way a person or a script would.

export const REPO = path.resolve(__dirname, '../../..');
export const BIN = path.join(REPO, 'apps/cli/bin/yardstick.js');
export const PWC_CSV = path.join(REPO, 'tests/fixtures/pwc-call-centre/call_centre_clean.csv');
export const PWC_MAPS = [
  '--map', 'occurred_at=datetime', '--map', 'wait_seconds=speed_of_answer_s',
  '--map', 'talk_seconds=talk_duration_s', '--map', 'rating=satisfaction_rating',
];

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: readonly string[], cwd: string = REPO): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(prefix: string): { dir: string; write(name: string, text: string): string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    write: (name, text) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, text);
      return file;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Two numbers agree to 12 significant digits (the product's own equality); nulls agree only with nulls. */
export function agree12(actual: number | null | undefined, expected: number | null): boolean {
  if (expected === null || actual === null || actual === undefined) return expected === null && (actual ?? null) === null;
  if (actual === expected) return true;
  return Math.abs(actual - expected) <= 5e-12 * Math.max(Math.abs(actual), Math.abs(expected));
}

/** A stack trace line, which a user must never see. */
export const STACK_LINE = /^\s+at .+\(.+:\d+:\d+\)$/m;
