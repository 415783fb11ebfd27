import type { Identifier } from '../../ast/nodes';
import { diagnostic } from '../../diagnostics/catalogue';
import type { Diagnostic } from '../../diagnostics/diagnostic';
import type { CheckRule, DocumentAnalysis } from '../analysis';

// Fields, metrics, kpis, profiles and alerts of a scorecard share one namespace; scorecards share one,
// compensation rules another. The second declaration is reported, naming the line of the first (YS101).

function duplicates(names: Iterable<Identifier>): Diagnostic[] {
  const first = new Map<string, Identifier>();
  const out: Diagnostic[] = [];
  for (const id of names) {
    if (!id.name) continue;
    const earlier = first.get(id.name);
    if (earlier) out.push(diagnostic('YS101', id.span, { name: id.name, line: earlier.span.start.line }));
    else first.set(id.name, id);
  }
  return out;
}

function* scorecardNames(doc: DocumentAnalysis, index: number): Generator<Identifier> {
  for (const item of doc.scorecards[index].decl.items) {
    if (item.kind === 'field' || item.kind === 'metric' || item.kind === 'kpi' || item.kind === 'profile' || item.kind === 'alert') {
      yield item.name;
    }
  }
}

export const duplicateNameRule: CheckRule = {
  id: 'duplicate-name',
  check: (doc) => [
    ...duplicates(doc.scorecards.map((sc) => sc.decl.name)),
    ...duplicates(doc.compensations.map((c) => c.decl.name)),
    ...doc.scorecards.flatMap((_, i) => duplicates(scorecardNames(doc, i))),
  ],
};
