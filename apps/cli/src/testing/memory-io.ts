import type { Io } from '../usage/io';

/** An Io that keeps what a command writes, for unit tests. */
export interface MemoryIo extends Io {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function memoryIo(cwd: string, errIsTTY = false): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    cwd, errIsTTY,
    out: (t) => { out.push(t); },
    err: (t) => { err.push(t); },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
