import { completionAt } from './completion-items';

const SOURCE = 'scorecard s {\n  metric csat = count(rating >= 4) / count() as percent\n  kpi k = cs';

describe('completionAt', () => {
  it('offers the metrics matching the word being typed, replacing that word', () => {
    const answer = completionAt(SOURCE, SOURCE.length, false, 'en');
    expect(answer && SOURCE.slice(answer.from, answer.to)).toBe('cs');
    expect(answer?.items.map((i) => i.label)).toContain('csat');
  });

  it('stays quiet after an operator unless asked, and answers when asked', () => {
    const source = `${SOURCE.slice(0, -2)}`;
    expect(completionAt(source, source.length, false, 'en')).toBeNull();
    expect(completionAt(source, source.length, true, 'en')?.items.map((i) => i.label)).toContain('csat');
  });

  it('opens after `agent.` with the agent attributes', () => {
    const source = 'scorecard s {\n  target csat >= 90% when agent.';
    expect(completionAt(source, source.length, false, 'en')?.items.map((i) => i.label)).toContain('tenure_days');
  });
});
