import * as fs from 'node:fs';
import { usageError } from '../usage/cli-error';

/** The text of a file the user named; a missing or unreadable file is a usage error that says why. */
export function readTextFile(path: string, display: string): string {
  try {
    return fs.readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw usageError(`cannot read ${display}: ${reasonOf(error)}`);
  }
}

/** Fails early, before any work, when an input file is missing or is a directory. */
export function requireFile(path: string, display: string, what: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (error) {
    throw usageError(`cannot read the ${what} ${display}: ${reasonOf(error)}`);
  }
  if (!stat.isFile()) throw usageError(`cannot read the ${what} ${display}: it is not a file`);
}

export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EISDIR': return 'it is a directory';
    case 'EACCES': case 'EPERM': return 'permission denied';
    default: return (error as Error).message ?? String(error);
  }
}
