import { highlightRanges } from './highlight-ranges';

const classed = (source: string) => highlightRanges(source).map((r) => `${r.className.replace('ys-tok-', '')}:${source.slice(r.from, r.to)}`);

describe('highlightRanges', () => {
  it('colours tokens by the language lexer\'s categories and roles', () => {
    expect(classed('metric csat = count(rating >= 4) / count() as percent  # share')).toEqual([
      'keyword:metric', 'metric:csat', 'operator:=', 'function:count', 'name:rating', 'operator:>=', 'number:4',
      'operator:/', 'function:count', 'keyword:as', 'unit:percent', 'comment:# share',
    ]);
  });

  it('tells literals, strings, dates and agent attributes apart', () => {
    expect(classed('kpi k "满意度" = 90% + 30s\nprofile p active 2026-11-01..2026-11-11 { k: 1% }\ntarget k >= 1 when agent.tenure_days < 90')).toEqual([
      'keyword:kpi', 'kpi:k', 'string:"满意度"', 'operator:=', 'number:90%', 'operator:+', 'number:30s',
      'keyword:profile', 'name:p', 'keyword:active', 'number:2026-11-01', 'operator:..', 'number:2026-11-11', 'kpi:k', 'number:1%',
      'keyword:target', 'kpi:k', 'operator:>=', 'number:1', 'keyword:when', 'name:agent', 'attribute:tenure_days', 'operator:<', 'number:90',
    ]);
  });

  it('keeps words that contain keywords whole', () => {
    expect(classed('metric metrics_kpi = 1')).toEqual(['keyword:metric', 'metric:metrics_kpi', 'operator:=', 'number:1']);
  });

  it('never throws, and ranges never overlap', () => {
    for (const source of ['"unterminated', '§§§', '1..2..', 'scorecard {{{', '']) {
      const ranges = highlightRanges(source);
      ranges.forEach((r, i) => {
        expect(r.to).toBeGreaterThan(r.from);
        if (i > 0) expect(r.from).toBeGreaterThanOrEqual(ranges[i - 1].to);
      });
    }
  });
});
