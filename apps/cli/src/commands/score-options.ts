import * as path from 'node:path';
import type { OverrideSpec, Period } from '@yardstick/engine';
import { requireFile } from '../io/source-file';
import { COMMON_OPTIONS, flag, langOf, parseCommandArgs, singleFile, text, texts, type Lang, type OptionSpecs } from '../usage/args';
import { usageError } from '../usage/cli-error';
import type { Io } from '../usage/io';
import { checkZone, periodFromOptions, timestampReader } from '../scoring/engine-adapter';

// The options `score` and `explain` share, read and validated before any record is: a typo in a period,
// a zone or a file name fails in milliseconds, not after a million rows.

export const SCORE_OPTIONS: OptionSpecs = {
  ...COMMON_OPTIONS,
  data: { type: 'string' },
  agents: { type: 'string' },
  period: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  profile: { type: 'string' },
  override: { type: 'string', multiple: true },
  map: { type: 'string', multiple: true },
  tz: { type: 'string' },
  json: { type: 'boolean' },
  scorecard: { type: 'string' },
  progress: { type: 'boolean' },
};

export interface InputFile {
  readonly path: string;
  /** as the user wrote it, for messages */
  readonly display: string;
}

export interface ScoreRequest {
  readonly scorecardFile: InputFile;
  readonly scorecardKey?: string;
  readonly data: InputFile;
  readonly agents?: InputFile;
  /** absent: the span of the records */
  readonly period?: Period;
  readonly profile?: string;
  /** `--override FROM..TO=PROFILE`: a profile from an instant to an instant, as the service's overrides */
  readonly overrides: readonly OverrideSpec[];
  /** field → column */
  readonly maps: ReadonlyMap<string, string>;
  readonly zone: string;
  readonly json: boolean;
  readonly progress: boolean;
  readonly lang: Lang;
}

export function readScoreRequest(command: string, argv: readonly string[], io: Io, extra: OptionSpecs = {}) {
  const args = parseCommandArgs(command, argv, { ...SCORE_OPTIONS, ...extra });
  const file = singleFile(command, args.positionals);
  const lang = langOf(args);
  const dataName = text(args, 'data');
  if (dataName === undefined) throw usageError(`\`yardstick ${command}\` needs --data RECORDS (a .csv or .ndjson file)`);
  const input = (name: string, what: string): InputFile => {
    const full = path.resolve(io.cwd, name);
    requireFile(full, name, what);
    return { path: full, display: name };
  };
  const scorecardFile = input(file, 'scorecard');
  const data = input(dataName, 'records file');
  const agentsName = text(args, 'agents');
  const zone = text(args, 'tz') ?? 'UTC';
  checkZone(zone);
  const request: ScoreRequest = {
    scorecardFile, data, lang, zone,
    scorecardKey: text(args, 'scorecard'),
    agents: agentsName === undefined ? undefined : input(agentsName, 'agents file'),
    period: periodFromOptions(text(args, 'period'), text(args, 'from'), text(args, 'to')),
    profile: text(args, 'profile'),
    overrides: parseOverrides(texts(args, 'override'), zone),
    maps: parseMaps(texts(args, 'map')),
    json: flag(args, 'json'),
    progress: flag(args, 'progress'),
  };
  return { request, args };
}

/**
 * `--override FROM..TO=PROFILE` options (FROM and TO: a day, meaning its midnight, or a time, `2021-03-20T12:00`,
 * wall-clock in `--tz` unless it has an offset; the override holds over [FROM, TO)).
 */
export function parseOverrides(entries: readonly string[], zone: string): OverrideSpec[] {
  const read = timestampReader(zone);
  return entries.map((entry) => {
    const m = /^(.+?)\.\.(.+?)=(.+)$/.exec(entry.trim());
    const startMs = m ? read(m[1].trim()) : null;
    const endMs = m ? read(m[2].trim()) : null;
    if (!m || startMs === null || endMs === null) {
      throw usageError(`--override ${entry}: write --override FROM..TO=PROFILE, e.g. --override 2021-03-20T12:00..2021-03-22=double11`);
    }
    if (!(endMs > startMs)) throw usageError(`--override ${entry}: TO must come after FROM`);
    return { startMs, endMs, profile: m[3].trim() };
  });
}

/** `--map field=Column` options to a field → column map; a field mapped twice is an error. */
export function parseMaps(entries: readonly string[]): Map<string, string> {
  const maps = new Map<string, string>();
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const field = eq < 0 ? '' : entry.slice(0, eq).trim();
    const column = eq < 0 ? '' : entry.slice(eq + 1).trim();
    if (field === '' || column === '') throw usageError(`--map ${entry}: write --map FIELD=COLUMN, e.g. --map rating=satisfaction_rating`);
    if (maps.has(field)) throw usageError(`--map ${entry}: \`${field}\` is already mapped to column "${maps.get(field)}"`);
    maps.set(field, column);
  }
  return maps;
}
