import { checkSource, errorsAt, scorecardWith, type Found } from '../testing';

// Compensation rules (spec §1): YS400–YS402, and the payout's scope and units.

const expectErrors = (source: string, expected: Found[]) => expect(errorsAt(source)).toEqual(expected);
const withComp = (body: string) => `${scorecardWith('')}compensation bonus {\n${body}\n}\n`;

describe('compensation rules', () => {
  it('accepts score and agent attributes in payout, cap and floor', () => {
    expectErrors(withComp('  scorecard frontline\n  period quarter\n  payout = agent.base_bonus * tier(score) {\n    >= 90 -> 120%\n    else -> 0%\n  }\n  cap 2 * agent.base_bonus\n  floor 0'), []);
  });

  it('reports an unknown scorecard with a suggestion', () => {
    expectErrors(withComp('  scorecard frontlin\n  payout = score'), [{ code: 'YS400', at: 'frontlin', suggestion: 'frontline' }]);
  });

  it('requires a payout and a scorecard, at the compensation name', () => {
    const source = withComp('  period quarter');
    expectErrors(source, [{ code: 'YS401', at: 'bonus' }, { code: 'YS401', at: 'bonus' }]);
    expect(checkSource(source).map((d) => d.message)).toEqual([
      'compensation `bonus` needs `scorecard NAME`', 'compensation `bonus` needs `payout = …`',
    ]);
  });

  it('reports names other than score, with a suggestion', () => {
    expectErrors(withComp('  scorecard frontline\n  payout = scor * 10 + handled'), [
      { code: 'YS402', at: 'scor', suggestion: 'score' }, { code: 'YS402', at: 'handled' },
    ]);
  });

  it('reports aggregates and team. in a compensation rule', () => {
    expectErrors(withComp('  scorecard frontline\n  payout = count() + team.bonus'), [
      { code: 'YS107', at: 'count' }, { code: 'YS111', at: 'team' },
    ]);
  });

  it('reports a cap in another unit than the payout', () => {
    expectErrors(withComp('  scorecard frontline\n  payout = agent.base_bonus * 10%\n  cap 5s'), [{ code: 'YS200', at: '5s' }]);
  });

  it('reports a payout that is not a number', () => {
    expectErrors(withComp('  scorecard frontline\n  payout = score > 50'), [{ code: 'YS201', at: 'score > 50' }]);
  });

  it('reports period and payout given twice', () => {
    expectErrors(withComp('  scorecard frontline\n  period month\n  period year\n  payout = score\n  payout = 1'), [
      { code: 'YS333', at: 'period year' }, { code: 'YS333', at: 'payout = 1' },
    ]);
  });

  it('reports compensation rules of the same name', () => {
    const source = `${withComp('  scorecard frontline\n  payout = score')}compensation bonus { scorecard frontline payout = 1 }\n`;
    expectErrors(source, [{ code: 'YS101', at: 'bonus' }]);
  });
});
