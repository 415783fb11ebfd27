import { useChevrotainBundle } from './startup';
import { CliError, EXIT } from './usage/cli-error';
import { HELP, version } from './usage/help';
import { processIo, type Io } from './usage/io';

// `yardstick COMMAND …`: picks the command and turns whatever it throws into a message and an exit code.
// A user never sees a stack trace: expected failures are CliErrors, anything else is reported as a bug.
// Each command's module is loaded only when that command runs, so `check` and `fmt` never load the engine or
// the records readers, and `--help` loads neither the language nor the engine (tests/e2e/cli/startup.e2e-spec.ts).

type Command = (argv: readonly string[], io: Io) => Promise<number>;

const COMMANDS: Readonly<Record<string, () => Command>> = {
  check: () => require('./commands/check.command').checkCommand,
  fmt: () => require('./commands/fmt.command').fmtCommand,
  score: () => require('./commands/score.command').scoreCommand,
  explain: () => require('./commands/explain.command').explainCommand,
  demo: () => require('./commands/demo.command').demoCommand,
};


export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  return run(name ?? '', io, () => dispatch(name, command, rest, io));
}

async function dispatch(name: string | undefined, command: (() => Command) | undefined, rest: readonly string[], io: Io): Promise<number> {
  if (name === undefined) {
    io.err(HELP.main);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(HELP.main);
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v' || name === '-V') {
    io.out(`${version()}\n`);
    return EXIT.ok;
  }
  if (!command) {
    io.err(`yardstick: unknown command \`${name}\`; the commands are ${Object.keys(COMMANDS).join(', ')} (see \`yardstick --help\`)\n`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(HELP[name]);
    return EXIT.ok;
  }
  useChevrotainBundle();
  return command()(rest, io);
}

async function run(name: string, io: Io, body: () => Promise<number>): Promise<number> {
  const who = Object.hasOwn(COMMANDS, name) ? `yardstick ${name}` : 'yardstick';
  try {
    return await body();
  } catch (error) {
    if (error instanceof CliError) {
      if (error.message) io.err(`${who}: ${error.message}\n`);
      return error.exitCode;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(`${who}: internal error: ${detail}\nThis is a bug in yardstick; please report it with the command you ran.\n`);
    if (process.env.YARDSTICK_DEBUG && error instanceof Error) io.err(`${error.stack}\n`);
    return EXIT.internal;
  }
}

// `node dist/main.js demo` (what `npm start` runs) works like the `yardstick` binary.
if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
