import { CliError } from './cli-error';
import { flag, langOf, parseCommandArgs, singleFile, text, texts, type OptionSpecs } from './args';

const options: OptionSpecs = {
  data: { type: 'string', short: 'd' },
  json: { type: 'boolean' },
  map: { type: 'string', multiple: true },
  lang: { type: 'string' },
};

const failure = (argv: string[]): CliError => {
  try {
    parseCommandArgs('score', argv, options);
  } catch (error) {
    return error as CliError;
  }
  throw new Error('expected a usage error');
};

describe('parseCommandArgs', () => {
  it('reads values, flags, repeated options and positionals', () => {
    const args = parseCommandArgs('score', ['f.kpi', '--data', 'r.csv', '--json', '--map', 'a=B', '--map=c=D'], options);
    expect(text(args, 'data')).toBe('r.csv');
    expect(flag(args, 'json')).toBe(true);
    expect(texts(args, 'map')).toEqual(['a=B', 'c=D']);
    expect(args.positionals).toEqual(['f.kpi']);
  });

  it('names an unknown option and points at the help', () => {
    const error = failure(['--dta', 'x']);
    expect(error.message).toBe('unknown option --dta (see `yardstick score --help`)');
    expect(error.exitCode).toBe(2);
  });

  it('says which option lacks its value', () => {
    expect(failure(['--data']).message).toBe('option --data needs a value (see `yardstick score --help`)');
    expect(failure(['-d']).message).toBe('option --data needs a value (see `yardstick score --help`)');
    expect(failure(['--data', '--json']).message).toBe('option --data needs a value (see `yardstick score --help`)');
  });

  it('says when a flag is given a value', () => {
    expect(failure(['--json=yes']).message).toBe('option --json takes no value (see `yardstick score --help`)');
  });
});

describe('singleFile and langOf', () => {
  it('needs exactly one file', () => {
    expect(singleFile('check', ['a.kpi'])).toBe('a.kpi');
    expect(() => singleFile('check', [])).toThrow('`yardstick check` needs a FILE.kpi');
    expect(() => singleFile('check', ['a.kpi', 'b.kpi'])).toThrow('unexpected argument `b.kpi`');
  });

  it('accepts en and zh only', () => {
    expect(langOf(parseCommandArgs('check', ['--lang', 'zh'], options))).toBe('zh');
    expect(langOf(parseCommandArgs('check', [], options))).toBe('en');
    expect(() => langOf(parseCommandArgs('check', ['--lang', 'fr'], options))).toThrow('--lang fr: use en or zh');
  });
});
