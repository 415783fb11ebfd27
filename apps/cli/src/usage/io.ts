// Where a command writes. Commands never touch `process` directly, so tests can capture their output.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** whether stderr is a terminal (progress lines are drawn in place only then) */
  readonly errIsTTY: boolean;
  /** the directory relative paths are read from */
  readonly cwd: string;
}

let pipeGuarded = false;

export function processIo(): Io {
  if (!pipeGuarded) {
    pipeGuarded = true;
    // `yardstick score … | head` closes the pipe early: that is the reader's choice, not an error
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return {
    out: (t) => { process.stdout.write(t); },
    err: (t) => { process.stderr.write(t); },
    errIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
}
