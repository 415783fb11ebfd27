// What the current block declares, for completion and hover. Names come from the tokens (they survive any
// half-typed line); types, labels and definitions come from the parsed and checked tree when it has them.
import type { Document, KpiDecl, MetricDecl, ScorecardDecl, TopLevel } from '../ast/nodes';
import { checkDocument } from '../checker/check';
import type { CheckedDocument, ScorecardModel } from '../checker/model';
import { formatItem } from '../format/item-printer';
import { parseDocument } from '../parser/parse';
import type { Tok } from './cursor-context';

export interface DeclaredSymbol {
  readonly kind: 'metric' | 'kpi' | 'field' | 'profile';
  readonly name: string;
  readonly label?: string;
  /** a metric's or kpi's unit (checked, else as declared), a field's type */
  readonly type?: string;
  /** the declaration as written, for hover */
  readonly definition?: string;
}

export interface Analysis {
  readonly source: string;
  readonly document?: Document;
  readonly checked?: CheckedDocument;
}

let last: Analysis | undefined;

/** Parse and check, remembered for the last source: completion and hover on one keystroke share the work. */
export function analyze(source: string): Analysis {
  if (last?.source === source) return last;
  let document: Document | undefined;
  let checked: CheckedDocument | undefined;
  try {
    document = parseDocument(source).value;
    checked = document ? checkDocument(document).value : undefined;
  } catch {
    // the editor must keep working even if a stage fails on a strange input; tokens still give names
  }
  last = { source, document, checked };
  return last;
}

const DECLARING = new Set(['metric', 'kpi', 'field', 'profile']);

/**
 * Declarations of the block starting at token offset `blockStart` (depth-1 items only), in source order.
 * Names and labels come from the tokens at once; types and definitions are read from the checked tree only
 * when asked for, so completing a field or a keyword never pays for a parse.
 */
export function blockSymbols(source: string, tokens: readonly Tok[], blockStart: number): DeclaredSymbol[] {
  let found: { block?: TopLevel; model?: ScorecardModel } | undefined;
  const lookup = () => {
    if (!found) {
      const analysis = analyze(source);
      const block = analysis.document?.blocks.find((b) => b.span.start.offset === blockStart);
      found = { block, model: analysis.checked?.scorecards.find((m) => m.decl === block) };
    }
    return found;
  };
  const out: DeclaredSymbol[] = [];
  let depth = 0;
  const from = tokens.findIndex((t) => t.start >= blockStart);
  for (let i = Math.max(from, 0); i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '{') depth++;
    else if (t.text === '}' && --depth <= 0 && i > from) break;
    else if (depth === 1 && t.category === 'keyword' && DECLARING.has(t.text) && tokens[i + 1]?.category === 'identifier') {
      out.push(describe(t.text as DeclaredSymbol['kind'], tokens, i, source, lookup));
    }
  }
  return out;
}

function describe(kind: DeclaredSymbol['kind'], tokens: readonly Tok[], i: number, source: string, lookup: () => { block?: TopLevel; model?: ScorecardModel }): DeclaredSymbol {
  const name = tokens[i + 1].text;
  const next = tokens[i + 2];
  const label = next?.category === 'string' ? unquote(next.text) : undefined;
  if (kind === 'field') {
    const type = next?.text === ':' && tokens[i + 3]?.category === 'identifier' ? tokens[i + 3].text : undefined;
    return { kind, name, type };
  }
  if (kind === 'profile') return { kind, name, label };
  const start = tokens[i].start;
  const decl = () => findDecl(lookup().block, kind, name, start);
  return {
    kind, name, label,
    get type() {
      const model = lookup().model;
      return (kind === 'metric' ? model?.metrics : model?.kpis)?.get(name)?.type ?? decl()?.unit?.name;
    },
    get definition() {
      const d = decl();
      return d ? formatItem(d, source) : undefined;
    },
  };
}

function findDecl(block: TopLevel | undefined, kind: 'metric' | 'kpi', name: string, start: number): MetricDecl | KpiDecl | undefined {
  if (!block || block.kind !== 'scorecard') return undefined;
  const items = (block as ScorecardDecl).items;
  return items.find((it): it is MetricDecl | KpiDecl => it.kind === kind && it.name.name === name && it.span.start.offset === start);
}

const unquote = (raw: string): string => raw.replace(/^"/, '').replace(/"$/, '').replace(/\\(.)/g, '$1');

/** Names of every scorecard in the source (for `scorecard NAME` inside a compensation). */
export function scorecardNames(tokens: readonly Tok[]): string[] {
  const names: string[] = [];
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.text === '{') depth++;
    else if (t.text === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.text === 'scorecard' && tokens[i + 1]?.category === 'identifier') names.push(tokens[i + 1].text);
  });
  return names;
}
