import { assignLanes, colourOf, layoutTimeline, tickDays, type TimelineOverride, type TimelineStretch } from './timeline-layout';

const stretch = (from: string, to: string, profile: string, source: TimelineStretch['source'] = 'DEFAULT'): TimelineStretch =>
  ({ from, to, profile, label: profile, source, overrideId: null, reason: null });
const override = (id: string, from: string, to: string, active = true): TimelineOverride =>
  ({ id, profile: 'double11', from, to, reason: 'promo', active, createdBy: 'Admin', clearedAt: active ? null : '2021-03-02T00:00:00Z' });

describe('layoutTimeline', () => {
  const base = {
    from: '2021-03-01', to: '2021-03-10', timeZone: 'Asia/Shanghai', profiles: ['normal', 'double11'],
    nowMs: Date.parse('2021-03-06T00:00:00.000+08:00'),
  };

  it('places the stretches as percentages of the window in the organisation zone', () => {
    const layout = layoutTimeline({
      ...base, overrides: [],
      stretches: [
        stretch('2021-03-01T00:00:00.000+08:00', '2021-03-08T00:00:00.000+08:00', 'normal'),
        stretch('2021-03-08T00:00:00.000+08:00', '2021-03-11T00:00:00.000+08:00', 'double11', 'SCHEDULE'),
      ],
    });
    expect(layout.bars.map((bar) => [bar.left, bar.width, bar.colour])).toEqual([[0, 70, 0], [70, 30, 1]]);
    expect(layout.now).toBe(50);
  });

  it('clips what lies partly outside, drops what lies outside, and has no now line outside the window', () => {
    const layout = layoutTimeline({
      ...base, nowMs: Date.parse('2022-01-01T00:00:00Z'), overrides: [],
      stretches: [
        stretch('2021-02-20T00:00:00.000+08:00', '2021-03-03T00:00:00.000+08:00', 'normal'),
        stretch('2021-04-01T00:00:00.000+08:00', '2021-04-03T00:00:00.000+08:00', 'normal'),
      ],
    });
    expect(layout.bars.map((bar) => [bar.left, bar.width])).toEqual([[0, 20]]);
    expect(layout.now).toBeNull();
  });

  it('puts overlapping overrides (a cleared one and its successor) on separate lanes', () => {
    const layout = layoutTimeline({
      ...base, stretches: [],
      overrides: [
        override('2', '2021-03-03T00:00:00.000+08:00', '2021-03-05T00:00:00.000+08:00'),
        override('1', '2021-03-02T00:00:00.000+08:00', '2021-03-04T00:00:00.000+08:00', false),
        override('3', '2021-03-05T00:00:00.000+08:00', '2021-03-06T00:00:00.000+08:00'),
      ],
    });
    expect(layout.lanes.map((lane) => lane.map((bar) => bar.override.id))).toEqual([['1', '3'], ['2']]);
  });

  it('ticks every day of a short window, months labelled', () => {
    const layout = layoutTimeline({ ...base, stretches: [], overrides: [] });
    expect(layout.ticks).toHaveLength(10);
    expect(layout.ticks[0]).toEqual({ left: 0, label: '2021-03', major: true });
    expect(layout.ticks[1]).toEqual({ left: 10, label: '03-02', major: false });
  });
});

describe('ticks of a longer window', () => {
  it('drops a week label that would overprint a month label', () => {
    const layout = layoutTimeline({
      from: '2026-11-09', to: '2027-02-07', timeZone: 'UTC', profiles: [], stretches: [], overrides: [], nowMs: 0,
    });
    const labels = layout.ticks.map((tick) => tick.label);
    expect(labels).toContain('2026-12');
    expect(labels).not.toContain('11-30');
    expect(labels).toContain('11-23');
  });
});

describe('tickDays', () => {
  it('ticks Mondays and firsts of months for a quarter', () => {
    const ticks = tickDays('2021-02-15', '2021-04-10');
    expect(ticks.filter((t) => t.major).map((t) => t.day)).toEqual(['2021-03-01', '2021-04-01']);
    expect(ticks.filter((t) => !t.major).map((t) => t.day)).toEqual([
      '2021-02-15', '2021-02-22', '2021-03-08', '2021-03-15', '2021-03-22', '2021-03-29', '2021-04-05',
    ]);
  });

  it('ticks months for a year and years for a decade', () => {
    expect(tickDays('2021-01-15', '2021-12-31').map((t) => t.day)).toHaveLength(11);
    expect(tickDays('2020-06-01', '2029-12-31').map((t) => t.day)).toEqual(
      ['2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029'].map((year) => `${year}-01-01`));
  });
});

describe('assignLanes and colourOf', () => {
  it('lets bars that only touch share a lane', () => {
    expect(assignLanes([{ left: 0, width: 10 }, { left: 10, width: 5 }, { left: 12, width: 1 }])).toHaveLength(2);
  });

  it('gives unknown profiles the colour after the known ones', () => {
    expect(colourOf(['normal', 'double11'], 'double11')).toBe(1);
    expect(colourOf(['normal', 'double11'], 'gone')).toBe(2);
    expect(colourOf(['normal'], null)).toBe(1);
  });
});
