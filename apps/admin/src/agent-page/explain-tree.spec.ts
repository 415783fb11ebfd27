import { aggregatesUnder, flattenExplanation, foldableIds, initiallyCollapsed, readExplainNode, segmentIndexOf, visibleRows } from './explain-tree';

// A trimmed explainScore tree of the demo (Becky, February 2021).
const tree = {
  kind: 'score', key: 'Becky', text: 'normal', value: 82.84676470588235, type: 'number', records: 212,
  children: [
    { kind: 'eligibility', text: 'eligible', value: true, type: 'boolean', children: [] },
    {
      kind: 'kpi', key: 'answer_score', label: '接通率', text: 'tier(answered_rate) { … }', type: 'number', value: 80,
      branch: '>= 80%', weight: 0.2,
      children: [{
        kind: 'metric', key: 'answered_rate', text: 'count(answered) / count()', type: 'percent', value: 0.80188,
        children: [
          { kind: 'aggregate', key: '1', text: 'count(answered)', value: 170, records: 212, type: 'count', children: [] },
          { kind: 'aggregate', key: '0', text: 'count()', value: 212, records: 212, type: 'count', children: [] },
        ],
      }],
    },
    {
      kind: 'target', key: 'asa', text: 'asa <= 60s', value: false, type: 'boolean',
      children: [{ kind: 'expression', text: 'gap', value: -7.69, type: 'duration', children: [] }],
    },
  ],
};

describe('readExplainNode', () => {
  it('reads the api tree with its branch, weight and record counts', () => {
    const root = readExplainNode(tree);
    expect(root).toMatchObject({ kind: 'score', records: 212, value: 82.84676470588235 });
    expect(root?.children[1]).toMatchObject({ kind: 'kpi', label: '接通率', branch: '>= 80%', weight: 0.2 });
    expect(root?.children[1].children[0].children[0]).toMatchObject({ kind: 'aggregate', records: 212 });
  });

  it('drops malformed nodes instead of failing', () => {
    expect(readExplainNode(null)).toBeNull();
    expect(readExplainNode({ kind: 'nonsense', children: [] })).toBeNull();
    const root = readExplainNode({ kind: 'score', text: 's', value: { nested: true }, children: [{ kind: 'kpi' }, 'x', null] });
    expect(root).toMatchObject({ value: null, children: [{ kind: 'kpi', text: '', value: null, children: [] }] });
  });

  it('bounds a hostile depth', () => {
    let deep: Record<string, unknown> = { kind: 'expression', text: 'leaf', value: 1, children: [] };
    for (let i = 0; i < 500; i += 1) deep = { kind: 'expression', text: `n${i}`, value: 1, children: [deep] };
    const rows = flattenExplanation(readExplainNode(deep)!);
    expect(rows.length).toBeLessThanOrEqual(41);
  });
});

describe('flattenExplanation and visibleRows', () => {
  const rows = flattenExplanation(readExplainNode(tree)!);

  it('lists nodes depth first with their depth and parent', () => {
    expect(rows.map((row) => `${row.depth}:${row.node.kind}`)).toEqual([
      '0:score', '1:eligibility', '1:kpi', '2:metric', '3:aggregate', '3:aggregate', '1:target', '2:expression',
    ]);
    expect(rows[4]).toMatchObject({ id: '0.1.0.0', parentId: '0.1.0', hasChildren: false });
  });

  it('hides everything under a collapsed row, however deep', () => {
    expect(visibleRows(rows, new Set(['0.1'])).map((row) => row.id)).toEqual(['0', '0.0', '0.1', '0.2', '0.2.0']);
    expect(visibleRows(rows, new Set())).toHaveLength(rows.length);
  });

  it('folds metric detail and target lines at first', () => {
    const collapsed = initiallyCollapsed(rows);
    expect([...collapsed]).toEqual(['0.1.0', '0.2']);
    expect(visibleRows(rows, collapsed).map((row) => row.node.kind)).toEqual(['score', 'eligibility', 'kpi', 'metric', 'target']);
    expect(foldableIds(rows)).toEqual(['0.1', '0.1.0', '0.2']);
  });
});

describe('aggregatesUnder', () => {
  it('lists the aggregates behind a kpi with the records each used, once each', () => {
    const kpi = readExplainNode(tree)!.children[1];
    expect(aggregatesUnder(kpi)).toEqual([{ text: 'count(answered)', records: 212 }, { text: 'count()', records: 212 }]);
  });
});

describe('segmentIndexOf', () => {
  it('gives an aggregate the index of its segment, or null when the period was scored whole', () => {
    const whole = flattenExplanation(readExplainNode(tree)!);
    expect(segmentIndexOf(whole, whole.find((row) => row.node.kind === 'aggregate')!)).toBeNull();
    const split = flattenExplanation(readExplainNode({
      kind: 'score', text: '', value: 80, children: [
        { kind: 'segment', key: 'normal', text: '2021-03-01..2021-03-07', value: 79, children: [tree.children[1]] },
        { kind: 'segment', key: 'promo', text: '2021-03-08 00:00..2021-03-14 12:00', value: 81, children: [tree.children[1]] },
        { kind: 'segment', key: 'normal', text: '2021-03-14 12:00..2021-04-01 00:00', value: 82, children: [tree.children[1]] },
      ],
    })!);
    const aggregates = split.filter((row) => row.node.kind === 'aggregate');
    expect(aggregates.map((row) => segmentIndexOf(split, row))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
