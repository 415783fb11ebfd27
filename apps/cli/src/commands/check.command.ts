import * as path from 'node:path';
import { check, formatDiagnostic, hasErrors } from '@yardstick/dsl';
import { readTextFile } from '../io/source-file';
import { COMMON_OPTIONS, flag, langOf, parseCommandArgs, singleFile } from '../usage/args';
import { EXIT } from '../usage/cli-error';
import type { Io } from '../usage/io';
import { diagnosticsSummary } from '../output/diagnostics';

/** `yardstick check FILE.kpi [--json] [--lang zh]` */
export async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseCommandArgs('check', argv, { ...COMMON_OPTIONS, json: { type: 'boolean' } });
  const file = singleFile('check', args.positionals);
  const lang = langOf(args);
  const { diagnostics } = check(readTextFile(path.resolve(io.cwd, file), file));
  if (flag(args, 'json')) io.out(`${JSON.stringify(diagnostics, null, 2)}\n`);
  else {
    for (const d of diagnostics) io.out(`${formatDiagnostic(d, file, lang)}\n`);
    io.err(`${file}: ${diagnosticsSummary(diagnostics, lang)}\n`);
  }
  return hasErrors(diagnostics) ? EXIT.problems : EXIT.ok;
}
