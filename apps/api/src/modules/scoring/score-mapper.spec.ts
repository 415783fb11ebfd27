import { cursorOf, offsetAfter } from './score-mapper';
import { scoreSummary } from './snapshot-rows';
import { difference } from './simulation.service';

describe('cursors', () => {
  it('continue after the edge they name', () => {
    expect(offsetAfter(undefined)).toBe(0);
    expect(offsetAfter(cursorOf(0))).toBe(1);
    expect(offsetAfter(cursorOf(49))).toBe(50);
  });

  it.each(['x', cursorOf(3).slice(0, -1), Buffer.from('ys:score:-1').toString('base64url'), Buffer.from('ys:score:1e3').toString('base64url')])(
    'refuses a cursor this API did not give out: %s', (cursor) => {
      expect(() => offsetAfter(cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
    });
});

describe('team summaries', () => {
  it('give the mean and median of the scores', () => {
    expect(scoreSummary([])).toEqual({ meanScore: null, medianScore: null });
    expect(scoreSummary([70, 90, 80])).toEqual({ meanScore: 80, medianScore: 80 });
    expect(scoreSummary([60, 90, 80, 70])).toEqual({ meanScore: 75, medianScore: 75 });
  });

  it('give a mean that does not depend on the order of the agents', () => {
    const scores = [0.1, 0.2, 0.3, 1e16, -1e16];
    expect(scoreSummary(scores).meanScore).toBe(scoreSummary([...scores].reverse()).meanScore);
    // full precision, as every score: the console rounds for display
    expect(scoreSummary([0.1, 0.2]).meanScore).toBe((0.1 + 0.2) / 2);
  });
});

describe('score changes', () => {
  it('show no binary artefacts', () => {
    expect(80.1 - 80).not.toBe(0.1);
    expect(difference(80.1, 80)).toBe(0.1);
    expect(difference(80, 80.1)).toBe(-0.1);
    expect(difference(57, 0.57 * 100)).toBe(0);
    expect(difference(100, 0)).toBe(100);
    expect(difference(0.3, 0.1)).toBe(0.2);
  });
});
