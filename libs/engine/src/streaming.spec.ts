import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { compile, type ScoreRecord } from '@yardstick/dsl';
import { Scorer } from './scorer';

// Memory must stay flat however many records stream through: the scorer keeps accumulators per agent, never
// the records. Two million generated records over 1,000 agents; heap growth measured after forced collections.

const SOURCE = `
scorecard streaming {
  period month
  metric handled = count()
  metric csat = count(rating >= 4) / count(rating != null) as percent
  metric aht = avg(handle_seconds) as duration
  kpi csat_score = csat * 100
  kpi aht_score = clamp(100 - (aht - 300s) / 3s, 0, 100)
  profile normal default { csat_score: 50%, aht_score: 50% }
}`;

/** `gc()` if it can be had: flags set at run time expose it to contexts created afterwards. */
function collector(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}

describe('streaming', () => {
  it('keeps the heap flat over two million records', () => {
    const doc = compile(SOURCE).value;
    if (!doc) throw new Error('the scorecard did not compile');
    const scorer = new Scorer({ scorecard: doc.scorecards[0], period: { from: '2021-01-01', to: '2021-01-31' } });
    const start = Date.UTC(2021, 0, 1);
    const record: { -readonly [K in keyof ScoreRecord]: ScoreRecord[K] } = {};
    const feed = (from: number, to: number) => {
      for (let i = from; i < to; i++) {
        // one mutable record object reused: what is measured is the scorer, not the generator
        record.agent = `agent-${i % 1000}`;
        record.occurred_at = start + (i % 2_678_400) * 1000;
        record.rating = i % 7 === 0 ? null : 1 + (i % 5);
        record.handle_seconds = 120 + (i % 600);
        scorer.add(record);
      }
    };
    const gc = collector();
    feed(0, 100_000); // every agent seen once: the per-agent state exists from here on
    gc?.();
    const before = process.memoryUsage().heapUsed;
    feed(100_000, 2_000_000);
    gc?.();
    const growth = process.memoryUsage().heapUsed - before;
    const report = scorer.finish();
    expect(report.recordsRead).toBe(2_000_000);
    expect(report.results).toHaveLength(1000);
    expect(report.org.handled).toBe(2_000_000);
    if (gc) expect(growth).toBeLessThan(50 * 1024 * 1024);
  });
});
