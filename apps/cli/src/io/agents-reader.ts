import * as fs from 'node:fs';
import Papa from 'papaparse';
import { AgentRowSchema, columnList, normaliseHeader, readNumber, type AgentRow } from '@yardstick/contracts';
import type { AgentInfo } from '@yardstick/engine';
import type { Value } from '@yardstick/dsl';
import { CliError, EXIT } from '../usage/cli-error';

// The agents file: a small CSV with a column `agent` (the id the records use) and optionally `team`,
// `hired_on`, `left_on`, `base_bonus`, `group`, `name` and custom attributes that `agent.NAME` reads.
// It decides payouts, so any bad row stops the command instead of being skipped.

const MAX_SHOWN = 20;

/** Reads and validates the agents file; throws a CliError listing every bad row. */
export function readAgentsFile(path: string, display: string): AgentInfo[] {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read the agents file ${display}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parseAgents(text, display);
}

export function parseAgents(text: string, display: string): AgentInfo[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const [header, ...rows] = parsed.data;
  if (!header || isBlank(header)) throw new CliError(`${display} is empty: expected a header line with a column \`agent\``);
  const columns = header.map(normaliseHeader);
  if (!columns.includes('agent')) {
    throw new CliError(`${display} has no column \`agent\` (its columns: ${columnList(header)})`);
  }
  const problems: string[] = [];
  const agents: AgentInfo[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, i) => {
    if (isBlank(cells)) return;
    // one row per line: rosters have no quoted newlines worth tracking
    const line = i + 2;
    const row = agentRow(columns, cells, line, display, problems);
    if (!row) return;
    const first = seen.get(row.agent);
    if (first !== undefined) problems.push(`${display}:${line}: agent "${row.agent}" is already listed on line ${first}`);
    else {
      seen.set(row.agent, line);
      agents.push(toAgentInfo(row));
    }
  });
  if (problems.length > 0) throw new CliError(summarise(problems), EXIT.usage);
  return agents;
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

function agentRow(columns: readonly string[], cells: readonly string[], line: number, display: string, problems: string[]): AgentRow | undefined {
  if (cells.length !== columns.length) {
    problems.push(`${display}:${line}: expected ${columns.length} columns as in the header, found ${cells.length}`);
    return undefined;
  }
  const raw: Record<string, Value> = {};
  columns.forEach((column, i) => { raw[column] = cellValue(column, cells[i]); });
  const result = AgentRowSchema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'row');
    const shown = raw[field] === undefined || raw[field] === null ? '' : ` ${JSON.stringify(raw[field])}`;
    problems.push(`${display}:${line}: ${field}${shown}: ${issue.message}`);
  }
  return undefined;
}

const TEXT_COLUMNS = new Set(['agent', 'name', 'team', 'group', 'hired_on', 'left_on', 'base_bonus']);

/** Known columns stay text (dates, money as decimal strings); custom numeric attributes become numbers. */
function cellValue(column: string, cell: string): Value {
  const text = cell.trim();
  if (text === '') return null;
  if (TEXT_COLUMNS.has(column)) return text;
  return readNumber(text) ?? text;
}

function toAgentInfo(row: AgentRow): AgentInfo {
  const attributes: Record<string, Value> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key !== 'agent' && value !== undefined) attributes[key] = value as Value;
  }
  return {
    id: row.agent,
    name: row.name ?? undefined,
    team: row.team ?? null,
    group: row.group ?? null,
    hiredOn: row.hired_on ?? null,
    leftOn: row.left_on ?? null,
    attributes,
  };
}

function summarise(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_SHOWN).join('\n');
  const hidden = problems.length - MAX_SHOWN;
  return hidden > 0 ? `${shown}\n… and ${hidden} more problems` : shown;
}
