import { renderExplainTree } from '@yardstick/engine';
import { asUsageError } from '../scoring/engine-adapter';
import { loadScorecard } from '../scoring/load-scorecard';
import { runScoring } from '../scoring/score-run';
import { text } from '../usage/args';
import { CliError, EXIT, usageError } from '../usage/cli-error';
import type { Io } from '../usage/io';
import { readScoreRequest } from './score-options';

/** `yardstick explain FILE.kpi --data RECORDS --agent ID [score options]` */
export async function explainCommand(argv: readonly string[], io: Io): Promise<number> {
  const { request, args } = readScoreRequest('explain', argv, io, { agent: { type: 'string' } });
  const agent = text(args, 'agent');
  if (agent === undefined) throw usageError('`yardstick explain` needs --agent ID (an agent id as written in the records)');
  const { scorecardFile, scorecardKey, lang } = request;
  const scorecard = loadScorecard(scorecardFile.path, scorecardFile.display, scorecardKey, lang, io.err);
  const { scorer, report } = await runScoring(request, scorecard, io);
  let tree;
  try {
    tree = scorer.explain(agent);
  } catch (error) {
    const known = report.results.map((r) => r.subject).sort();
    const hint = known.length > 0 ? ` (scored: ${known.slice(0, 20).join(', ')}${known.length > 20 ? ', …' : ''})` : '';
    throw withHint(asUsageError(error), hint);
  }
  io.out(request.json ? `${JSON.stringify(tree, null, 2)}\n` : `${renderExplainTree(tree, { lang })}\n`);
  return EXIT.ok;
}

function withHint(error: unknown, hint: string): unknown {
  return error instanceof CliError ? usageError(`${error.message}${hint}`) : error;
}
