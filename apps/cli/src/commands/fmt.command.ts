import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from '@yardstick/dsl';
import { readTextFile, reasonOf } from '../io/source-file';
import { renderDiagnostics } from '../output/diagnostics';
import { COMMON_OPTIONS, flag, langOf, parseCommandArgs, singleFile } from '../usage/args';
import { CliError, EXIT, usageError } from '../usage/cli-error';
import type { Io } from '../usage/io';

/** `yardstick fmt FILE.kpi [--write | --check]` */
export async function fmtCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseCommandArgs('fmt', argv, {
    ...COMMON_OPTIONS, write: { type: 'boolean', short: 'w' }, check: { type: 'boolean' },
  });
  const file = singleFile('fmt', args.positionals);
  const lang = langOf(args);
  if (flag(args, 'write') && flag(args, 'check')) throw usageError('give --write or --check, not both');
  const fullPath = path.resolve(io.cwd, file);
  const source = readTextFile(fullPath, file);
  const result = format(source);
  if (result.value === undefined) {
    io.err(renderDiagnostics(result.diagnostics, file, lang));
    io.err(`${file}: not formatted because of syntax errors\n`);
    return EXIT.problems;
  }
  const changed = result.value !== source;
  if (flag(args, 'check')) {
    if (changed) io.err(`${file} is not formatted (run \`yardstick fmt ${file} --write\`)\n`);
    return changed ? EXIT.problems : EXIT.ok;
  }
  if (!flag(args, 'write')) {
    io.out(result.value);
    return EXIT.ok;
  }
  if (changed) writeFile(fullPath, file, result.value);
  io.err(changed ? `formatted ${file}\n` : `${file} was already formatted\n`);
  return EXIT.ok;
}

function writeFile(fullPath: string, display: string, text: string): void {
  try {
    fs.writeFileSync(fullPath, text);
  } catch (error) {
    throw new CliError(`cannot write ${display}: ${reasonOf(error)}`, EXIT.usage);
  }
}
