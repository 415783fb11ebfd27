import * as path from 'node:path';
import { renderScoreTable } from '../output/table';
import { loadScorecard } from '../scoring/load-scorecard';
import { runScoring } from '../scoring/score-run';
import { COMMON_OPTIONS, langOf, parseCommandArgs } from '../usage/args';
import { EXIT, usageError } from '../usage/cli-error';
import type { Io } from '../usage/io';
import { periodFromOptions } from '../scoring/engine-adapter';
import { parseMaps, type ScoreRequest } from './score-options';

// `yardstick demo`: the bundled scorecard over the bundled PwC call-centre data for Q1 2021, with the
// commands that do the same by hand. Reads only files inside the package.

const DEMO_DIR = path.join(__dirname, '..', '..', 'demo');
const MAPS = ['occurred_at=datetime', 'wait_seconds=speed_of_answer_s', 'talk_seconds=talk_duration_s', 'rating=satisfaction_rating'];

export async function demoCommand(argv: readonly string[], io: Io): Promise<number> {
  const args = parseCommandArgs('demo', argv, COMMON_OPTIONS);
  if (args.positionals.length > 0) throw usageError(`unexpected argument \`${args.positionals[0]}\`: \`yardstick demo\` takes none`);
  const file = (name: string) => ({ path: path.join(DEMO_DIR, name), display: path.relative(io.cwd, path.join(DEMO_DIR, name)) || name });
  const request: ScoreRequest = {
    scorecardFile: file('frontline.kpi'),
    data: file('data/call_centre_clean.csv'),
    agents: file('agents.csv'),
    period: periodFromOptions('2021-Q1'),
    overrides: [],
    maps: parseMaps(MAPS),
    zone: 'UTC', json: false, progress: false, lang: langOf(args),
  };
  io.out(intro(request));
  const scorecard = loadScorecard(request.scorecardFile.path, request.scorecardFile.display, undefined, request.lang, io.err);
  const { report, summary } = await runScoring(request, scorecard, io);
  io.out(renderScoreTable(report, scorecard, summary));
  io.out(outro(request));
  return EXIT.ok;
}

function intro(r: ScoreRequest): string {
  return `Yardstick demo: the scorecard ${r.scorecardFile.display}
scores 5,000 calls of PwC's public call-centre data (8 agents, Q1 2021; ${r.data.display})
with the roster ${r.agents?.display}, for the quarter 2021-Q1. Its profiles weigh the kpis:
"日常运营" (normal) by default and "春节大促" (cny_promo) from 8 to 21 February, so the quarter is
scored in three segments combined by their share of the calls.

`;
}

function outro(r: ScoreRequest): string {
  const maps = MAPS.map((m) => `--map ${m}`);
  const kpi = r.scorecardFile.display;
  return `
Do it yourself (yardstick is node apps/cli/bin/yardstick.js, or npx yardstick):
  yardstick check ${kpi}
  yardstick score ${kpi} --period 2021-Q1 \\
      --data ${r.data.display} --agents ${r.agents?.display} \\
      ${maps.slice(0, 2).join(' ')} \\
      ${maps.slice(2).join(' ')}
Then vary it: --period 2021-01, --profile cny_promo, --json, or \`yardstick explain … --agent Becky\`
to see how one score came about. The column mapping is described in ${path.join(path.dirname(kpi), 'README.md')}.
`;
}
