import type { CompensationDecl, Document, KpiDecl, MetricDecl, ScorecardDecl } from '../ast/nodes';
import type { SubjectKind } from '../compile/types';
import type { CompensationAnalysis, DocumentAnalysis, ExprRoot, ScorecardAnalysis, Ty } from './analysis';
import { dependencies, findCycles, topologicalOrder } from './graph';
import { compensationScope, resolveRoots, scorecardScope } from './resolve';
import { collectSymbols, setting, SUBJECTS, type ScorecardSymbols } from './symbols';
import { declaredUnit, TypeInference } from './types';

// The shared passes, in order: declarations → name resolution → reference graph → types.

export function analyzeDocument(document: Document): DocumentAnalysis {
  const scorecards: ScorecardAnalysis[] = [];
  const compensations: CompensationAnalysis[] = [];
  for (const block of document.blocks) {
    if (block.kind === 'scorecard') scorecards.push(analyzeScorecard(block));
    else if (block.kind === 'compensation') compensations.push(analyzeCompensation(block));
  }
  return { document, scorecards, compensations };
}

const ownsKpi = (symbols: ScorecardSymbols, item: KpiDecl): boolean =>
  symbols.kpis.get(item.name.name) === item && !symbols.metrics.has(item.name.name);

/** Expression roots of a scorecard; only the first declaration of a name owns the name in the graph. */
function scorecardRoots(decl: ScorecardDecl, symbols: ScorecardSymbols): ExprRoot[] {
  const roots: ExprRoot[] = [];
  for (const item of decl.items) {
    switch (item.kind) {
      case 'metric':
        roots.push({ expr: item.expr, site: 'metric', owner: symbols.metrics.get(item.name.name) === item ? item.name.name : undefined });
        break;
      case 'kpi':
        roots.push({ expr: item.expr, site: 'kpi', owner: ownsKpi(symbols, item) ? item.name.name : undefined });
        break;
      case 'eligible': roots.push({ expr: item.condition, site: 'eligible' }); break;
      case 'target':
        roots.push({ expr: item.value, site: 'target' });
        if (item.when) roots.push({ expr: item.when, site: 'target-when' });
        break;
      case 'alert': roots.push({ expr: item.condition, site: 'alert' }); break;
      default: break;
    }
  }
  return roots;
}

/** Metric and kpi names in the order written (a name declared as both counts once, as the metric). */
function declaredNodes(decl: ScorecardDecl, symbols: ScorecardSymbols): string[] {
  const names: string[] = [];
  for (const item of decl.items) {
    if (item.kind === 'metric' && symbols.metrics.get(item.name.name) === item) names.push(item.name.name);
    if (item.kind === 'kpi' && ownsKpi(symbols, item)) names.push(item.name.name);
  }
  return names;
}

export function analyzeScorecard(decl: ScorecardDecl): ScorecardAnalysis {
  const symbols = collectSymbols(decl);
  const subject: SubjectKind = setting(decl.items, 'subject', SUBJECTS, 'agent');
  const uses = resolveRoots(scorecardRoots(decl, symbols), scorecardScope(symbols));
  const declared = declaredNodes(decl, symbols);
  const deps = dependencies(declared, uses.names);
  const order = topologicalOrder(declared, deps);
  const cycles = findCycles(declared, deps);

  const nodeTypes = new Map<string, Ty>();
  const inference = new TypeInference(uses, (name) => nodeTypes.get(name) ?? 'any');
  for (const name of order) {
    const node: MetricDecl | KpiDecl | undefined = symbols.metrics.get(name) ?? symbols.kpis.get(name);
    if (!node) continue;
    const inferred = inference.infer(node.expr);
    nodeTypes.set(name, declaredUnit(node.unit) ?? inferred);
  }
  for (const root of uses.roots) inference.infer(root.expr);

  return {
    kind: 'scorecard', decl, incomplete: symbols.incomplete, subject,
    fields: symbols.fields, metrics: symbols.metrics, kpis: symbols.kpis,
    uses, deps, order, cycles, types: inference.types, nodeTypes,
  };
}

export function analyzeCompensation(decl: CompensationDecl): CompensationAnalysis {
  const roots: ExprRoot[] = [];
  let incomplete = false;
  for (const item of decl.items) {
    if (item.kind === 'payout' || item.kind === 'cap' || item.kind === 'floor') roots.push({ expr: item.expr, site: item.kind });
    if (item.kind === 'error-item') incomplete = true;
  }
  const uses = resolveRoots(roots, compensationScope);
  const inference = new TypeInference(uses, () => 'any');
  for (const root of roots) inference.infer(root.expr);
  return { kind: 'compensation', decl, incomplete, uses, types: inference.types };
}

