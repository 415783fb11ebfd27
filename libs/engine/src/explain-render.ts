import type { Value, ValueType } from '@yardstick/dsl';
import { formatValue, type FormatOptions } from './display';
import type { ExplainNode } from './types';

// An explanation as an indented text tree for the terminal:
//   score 82.00 · profile normal · 120 records
//   ├─ csat_score "满意度" = 80.00 · weight 40.00% · branch >= 90%
//   │  └─ csat = 93.10% ← count(rating >= 4) / count(rating != null)

export interface RenderOptions extends FormatOptions {
  readonly lang?: 'en' | 'zh';
}

const WORDS = {
  en: {
    score: 'score', profile: 'profile', records: 'records', weight: 'weight', branch: 'branch', segment: 'segment',
    share: 'share', eligible: 'eligible', yes: 'yes', no: 'no', target: 'target', met: 'met', missed: 'missed',
    actual: 'actual', gap: 'gap', notWeighted: 'not weighted',
  },
  zh: {
    score: '得分', profile: '方案', records: '条记录', weight: '权重', branch: '档位', segment: '分段',
    share: '占比', eligible: '参评', yes: '是', no: '否', target: '目标', met: '达成', missed: '未达成',
    actual: '实际', gap: '差距', notWeighted: '不计权重',
  },
} as const;

type Words = (typeof WORDS)['en' | 'zh'];

export function renderExplainTree(node: ExplainNode, opts: RenderOptions = {}): string {
  const words = WORDS[opts.lang ?? 'en'];
  const lines = [describe(node, words, opts)];
  renderChildren(node.children, '', lines, words, opts);
  return lines.join('\n');
}

function renderChildren(children: readonly ExplainNode[], indent: string, lines: string[], w: Words, opts: RenderOptions): void {
  children.forEach((child, i) => {
    const last = i === children.length - 1;
    lines.push(`${indent}${last ? '└─ ' : '├─ '}${describe(child, w, opts)}`);
    renderChildren(child.children, `${indent}${last ? '   ' : '│  '}`, lines, w, opts);
  });
}

const show = (v: Value, type: ValueType | undefined, opts: RenderOptions) => formatValue(v, type, opts);
const named = (n: ExplainNode) => (n.label ? `${n.key} "${n.label}"` : (n.key ?? n.text));
const recordCount = (n: number | undefined, w: Words) => (n === undefined ? [] : [`${n} ${w.records}`]);

function describe(n: ExplainNode, w: Words, opts: RenderOptions): string {
  const value = show(n.value, n.type, opts);
  switch (n.kind) {
    case 'score':
      return [`${w.score} ${value}`, ...(n.key ? [n.key] : []), `${w.profile} ${n.text || '—'}`, ...recordCount(n.records, w)].join(' · ');
    case 'segment':
      return [`${w.segment} ${n.text}`, `${w.profile} ${named(n)}`, ...recordCount(n.records, w),
        `${w.share} ${show(n.weight ?? null, 'percent', opts)}`, `${w.score} ${value}`].join(' · ');
    case 'eligibility':
      return `${w.eligible}: ${n.value === true ? w.yes : w.no}`;
    case 'kpi':
    case 'metric':
      return [`${named(n)} = ${value}`, ...weightPart(n, w, opts), ...(n.branch ? [`${w.branch} ${n.branch}`] : [])].join(' · ')
        + (n.text && n.kind === 'metric' ? ` ← ${n.text}` : '');
    case 'aggregate':
      return `${n.text} = ${value} (${n.records ?? 0} ${w.records})`;
    case 'target':
      return `${w.target} ${n.text}: ${n.value === true ? w.met : w.missed}`;
    default:
      return `${localWord(n.text, w)} = ${value}${n.branch ? ` · ${w.branch} ${n.branch}` : ''}`;
  }
}

function weightPart(n: ExplainNode, w: Words, opts: RenderOptions): string[] {
  if (n.weight === undefined) return [];
  return [n.weight === null ? w.notWeighted : `${w.weight} ${show(n.weight, 'percent', opts)}`];
}

/** The fixed words of target children (`target`, `actual`, `gap`) in the chosen language. */
function localWord(text: string, w: Words): string {
  return text === 'target' || text === 'actual' || text === 'gap' ? w[text] : text;
}
