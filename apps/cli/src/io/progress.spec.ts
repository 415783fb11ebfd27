import { BadRowReporter } from './bad-rows';
import { Progress } from './progress';

describe('Progress', () => {
  it('shows the count about once a second and a final line', () => {
    let now = 0;
    const out: string[] = [];
    const progress = new Progress('calls.csv', (t) => out.push(t), false, () => now);
    progress.tick(100_000);
    expect(out).toEqual([]);
    now = 1500;
    progress.tick(200_000);
    progress.done(250_000);
    expect(out).toEqual(['calls.csv: 200,000 rows…\n', 'calls.csv: 250,000 rows\n']);
  });

  it('shows every million rows even within a second, in place on a terminal', () => {
    const out: string[] = [];
    const progress = new Progress('big.csv', (t) => out.push(t), true, () => 0);
    progress.tick(1_000_000);
    progress.done(1_200_000);
    expect(out).toEqual(['\rbig.csv: 1,000,000 rows…', '\rbig.csv: 1,200,000 rows\n']);
  });

  it('stays silent for a small file', () => {
    const out: string[] = [];
    const progress = new Progress('small.csv', (t) => out.push(t), true);
    progress.tick(10);
    progress.done(10);
    expect(out).toEqual([]);
  });
});

describe('BadRowReporter', () => {
  it('prints the first rows and counts the rest', () => {
    const out: string[] = [];
    const reporter = new BadRowReporter((t) => out.push(t), 2);
    for (let line = 2; line <= 6; line++) reporter.report('r.csv', line, 'bad');
    reporter.finish();
    expect(out).toEqual(['r.csv:2: bad\n', 'r.csv:3: bad\n', '… and 3 more bad rows\n']);
    expect(reporter.rejected).toBe(5);
  });
});

describe('Progress.interrupt', () => {
  it('ends a line drawn in place before another message', () => {
    const out: string[] = [];
    const progress = new Progress('big.csv', (t) => out.push(t), true, () => 0);
    progress.tick(1_000_000);
    progress.interrupt();
    progress.interrupt();
    expect(out).toEqual(['\rbig.csv: 1,000,000 rows…', '\n']);
  });
});
