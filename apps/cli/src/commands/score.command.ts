import { scoreJson } from '../output/json';
import { renderScoreTable } from '../output/table';
import { loadScorecard } from '../scoring/load-scorecard';
import { runScoring } from '../scoring/score-run';
import { EXIT } from '../usage/cli-error';
import type { Io } from '../usage/io';
import { readScoreRequest } from './score-options';

/** `yardstick score FILE.kpi --data RECORDS [--period P | --from D --to D] [--json] …` */
export async function scoreCommand(argv: readonly string[], io: Io): Promise<number> {
  const { request } = readScoreRequest('score', argv, io);
  const { scorecardFile, scorecardKey, lang } = request;
  const scorecard = loadScorecard(scorecardFile.path, scorecardFile.display, scorecardKey, lang, io.err);
  const { report, summary } = await runScoring(request, scorecard, io);
  io.out(request.json ? `${JSON.stringify(scoreJson(report, summary), null, 2)}\n` : renderScoreTable(report, scorecard, summary));
  return EXIT.ok;
}
