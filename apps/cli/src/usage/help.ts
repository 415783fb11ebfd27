import * as fs from 'node:fs';
import * as path from 'node:path';

// What `--help` prints, per command. Kept beside each other so the commands read alike.

const SCORE_OPTIONS = `
Records:
  --data FILE          the records: .csv with a header row, or .ndjson/.jsonl (one JSON object per line)
  --map FIELD=COLUMN   read FIELD from COLUMN (repeatable); other columns feed the field of their snake_case name
  --tz ZONE            the organisation's time zone (IANA name such as Asia/Shanghai); default UTC
  --agents FILE        agents CSV: agent, team, hired_on, base_bonus, left_on, group, name and custom attributes
  --progress           report progress on stderr even when it is not a terminal

Period and weights:
  --period P           a day 2021-01-05, ISO week 2021-W03, month 2021-01, quarter 2021-Q1 or year 2021
  --from DAY --to DAY  an explicit range of days, both included
                       (neither: from the first to the last day found in the records)
  --profile KEY        weigh the kpis with this profile instead of the scheduled or default one
  --override FROM..TO=KEY
                       switch to profile KEY over [FROM, TO) (days or times such as 2021-03-20T12:00,
                       in --tz), as the service's profile overrides; repeatable
  --scorecard KEY      the scorecard to use when FILE.kpi holds several

Output:
  --json               print JSON with full-precision numbers
  --lang en|zh         language of scorecard diagnostics`;

export const HELP: Readonly<Record<string, string>> = {
  main: `yardstick — check, format and score customer-service scorecards (.kpi files)

Usage:
  yardstick check FILE.kpi [--json] [--lang zh]        report errors and warnings
  yardstick fmt FILE.kpi [--write | --check]          print (or rewrite) the canonical layout
  yardstick score FILE.kpi --data RECORDS [options]   rank agents for a period
  yardstick explain FILE.kpi --data RECORDS --agent ID [options]
                                                      show how one agent's score came about
  yardstick demo                                      score the bundled call-centre demo

Options: --help (also after a command), --version
Exit codes: 0 ok; 1 problems in the input (scorecard errors, unformatted file); 2 usage error.
Run \`yardstick COMMAND --help\` for a command's options.
`,
  check: `Usage: yardstick check FILE.kpi [--json] [--lang en|zh]

Checks a scorecard and prints one line per problem:
  FILE:LINE:COL: error YS104 unknown metric or kpi \`csta\`: did you mean \`csat\`?
Exits 1 when there is an error (warnings alone exit 0).

  --json       print the diagnostics as a JSON array
  --lang zh    messages in Chinese
`,
  fmt: `Usage: yardstick fmt FILE.kpi [--write | --check]

Prints FILE.kpi in the canonical layout (comments kept).

  --write, -w  rewrite the file in place instead of printing it
  --check      print nothing; exit 1 when the file is not in the canonical layout
  --lang zh    syntax errors in Chinese
A file with syntax errors is left alone: the errors are printed and the exit code is 1.
`,
  score: `Usage: yardstick score FILE.kpi --data RECORDS [options]

Scores every agent found in RECORDS for a period and prints a ranked table: rank, agent, team, score,
each kpi and the targets met. Bad rows are reported on stderr with their line and skipped.
${SCORE_OPTIONS}

Example:
  yardstick score frontline.kpi --data calls.csv --period 2021-Q1 --agents agents.csv \\
    --map occurred_at=datetime --map wait_seconds=speed_of_answer_s
`,
  explain: `Usage: yardstick explain FILE.kpi --data RECORDS --agent ID [options]

Shows how one agent's score came about: the profile and weights, each kpi (with the tier branch taken),
each metric and its aggregates with the number of records they used.

  --agent ID           the agent to explain (as written in the records)
${SCORE_OPTIONS}
`,
  demo: `Usage: yardstick demo

Scores the bundled scorecard (demo/frontline.kpi) on the bundled PwC call-centre data (5,000 calls,
8 agents, Q1 2021) and prints the table, with the commands to do the same yourself.
`,
};

export function version(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
