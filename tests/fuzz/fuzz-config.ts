// Seeds and sizes of the fuzz runs. The default seed makes every CI run the same (reproducible); set
// FUZZ_SEED to explore (the seed in use is printed, and fast-check prints it with any counterexample),
// FUZZ_SCALE to run more or fewer cases (1 = the 10,000 cases of a normal run).
import fc from 'fast-check';

const DEFAULT_SEED = 20_260_101;

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new Error(`${name} must be a number, got "${raw}"`);
  return n;
}

export const FUZZ_SEED = Math.trunc(envNumber('FUZZ_SEED', DEFAULT_SEED));
const SCALE = envNumber('FUZZ_SCALE', 1);

/** fast-check parameters for a property meant to run `runs` times in a normal run. */
export function fuzzParameters(runs: number, offset: number): fc.Parameters<unknown> {
  // each property gets its own seed derived from the run's seed, so the files do not replay the same draws
  return { seed: FUZZ_SEED + offset, numRuns: Math.max(1, Math.round(runs * SCALE)), verbose: 0 };
}

/** Prints the seed once per file so a failing CI run can be replayed with FUZZ_SEED. */
export function announceSeed(file: string): void {
  beforeAll(() => console.info(`fuzz ${file}: FUZZ_SEED=${FUZZ_SEED}${process.env.FUZZ_SCALE ? ` FUZZ_SCALE=${process.env.FUZZ_SCALE}` : ''}`));
}

/** Fuzz cases are many small ones: give a file's property the time of all its cases. */
export const FUZZ_TIMEOUT_MS = 600_000;
