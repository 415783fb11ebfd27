import { parseArgs } from 'node:util';
import { usageError } from './cli-error';

// Command lines are read with Node's own `util.parseArgs`; its errors are rewritten into one plain sentence
// that names the command and points at its help.

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
}

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;
  readonly positionals: readonly string[];
}

export function parseCommandArgs(command: string, argv: readonly string[], options: OptionSpecs): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: { ...options }, allowPositionals: true, strict: true });
    return { values, positionals };
  } catch (error) {
    throw usageError(`${rewrite(error as Error & { code?: string }, argv)} (see \`yardstick ${command} --help\`)`);
  }
}

function rewrite(error: Error & { code?: string }, argv: readonly string[]): string {
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option || argv.find((a) => a.startsWith('-')) || ''}`.trim();
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing|ambiguous/.test(error.message)) return `option ${option} needs a value`;
      return `option ${option} takes no value`;
    default:
      return error.message.split('. ')[0];
  }
}

/** The one FILE argument of a command. */
export function singleFile(command: string, positionals: readonly string[], what = 'FILE.kpi'): string {
  if (positionals.length === 0) throw usageError(`\`yardstick ${command}\` needs a ${what} (see \`yardstick ${command} --help\`)`);
  if (positionals.length > 1) throw usageError(`unexpected argument \`${positionals[1]}\`: \`yardstick ${command}\` takes one ${what}`);
  return positionals[0];
}

export const text = (args: ParsedArgs, name: string): string | undefined => {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
};

export const flag = (args: ParsedArgs, name: string): boolean => args.values[name] === true;

export const texts = (args: ParsedArgs, name: string): string[] => {
  const v = args.values[name];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

export type Lang = 'en' | 'zh';

export function langOf(args: ParsedArgs): Lang {
  const lang = text(args, 'lang') ?? 'en';
  if (lang !== 'en' && lang !== 'zh') throw usageError(`--lang ${lang}: use en or zh`);
  return lang;
}

/** Options every command takes. */
export const COMMON_OPTIONS: OptionSpecs = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
};
