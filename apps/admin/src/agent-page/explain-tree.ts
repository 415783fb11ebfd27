// The engine's explanation of one score (explainScore.tree, docs/service.md): score → segments → weighted kpis →
// the tier branch taken → metrics → aggregates with how many records each used; then eligibility and targets.
// The api sends it as JSON; it is read defensively here (a malformed node is dropped, never a crash) and
// flattened into rows an indented, collapsible list can show.

export type ExplainKind = 'score' | 'segment' | 'kpi' | 'metric' | 'aggregate' | 'expression' | 'target' | 'eligibility';
const KINDS: readonly string[] = ['score', 'segment', 'kpi', 'metric', 'aggregate', 'expression', 'target', 'eligibility'];

export interface ExplainNode {
  kind: ExplainKind;
  key?: string;
  label?: string;
  text: string;
  value: number | boolean | string | null;
  weight?: number | null;
  branch?: string | null;
  records?: number;
  /** number, percent, duration, count, money, boolean, string… */
  type?: string;
  children: ExplainNode[];
}

export interface ExplainRow {
  /** the path of child indexes from the root, `0.2.1` */
  id: string;
  parentId: string | null;
  depth: number;
  node: ExplainNode;
  hasChildren: boolean;
}

/** Deeper than this the tree is cut: the checker forbids metric cycles; this only bounds a hostile answer. */
const MAX_DEPTH = 40;

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const optionalNumber = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The tree as the console uses it, or null when `value` is not an explanation node. */
export function readExplainNode(value: unknown, depth = 0): ExplainNode | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const raw = value as Record<string, unknown>;
  if (typeof raw.kind !== 'string' || !KINDS.includes(raw.kind)) return null;
  const v = raw.value;
  const children = depth >= MAX_DEPTH || !Array.isArray(raw.children) ? [] : raw.children
    .map((child) => readExplainNode(child, depth + 1))
    .filter((child): child is ExplainNode => child !== null);
  return {
    kind: raw.kind as ExplainKind,
    key: optionalString(raw.key),
    label: optionalString(raw.label),
    text: typeof raw.text === 'string' ? raw.text : '',
    value: typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : null,
    weight: raw.weight === null ? null : optionalNumber(raw.weight),
    branch: raw.branch === null ? null : optionalString(raw.branch),
    records: optionalNumber(raw.records),
    type: optionalString(raw.type),
    children,
  };
}

/** Depth-first rows: each node, then its children, the root at depth 0. */
export function flattenExplanation(root: ExplainNode): ExplainRow[] {
  const rows: ExplainRow[] = [];
  const visit = (node: ExplainNode, id: string, parentId: string | null, depth: number) => {
    rows.push({ id, parentId, depth, node, hasChildren: node.children.length > 0 });
    node.children.forEach((child, index) => visit(child, `${id}.${index}`, id, depth + 1));
  };
  visit(root, '0', null, 0);
  return rows;
}

/** The rows not hidden under a collapsed row. */
export function visibleRows(rows: readonly ExplainRow[], collapsed: ReadonlySet<string>): ExplainRow[] {
  return rows.filter((row) => {
    for (let id = row.parentId; id !== null; id = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : null) {
      if (collapsed.has(id)) return false;
    }
    return true;
  });
}

/**
 * What is folded at first: the metric detail under each kpi and the target/actual/gap lines, so the list opens on
 * the weighted kpis with their branches, one click from the records count of each aggregate.
 */
export function initiallyCollapsed(rows: readonly ExplainRow[]): Set<string> {
  return new Set(rows.filter((row) => row.hasChildren && (row.node.kind === 'metric' || row.node.kind === 'target')).map((row) => row.id));
}

/** Every row with children (for "expand all" / "collapse all"). */
export function foldableIds(rows: readonly ExplainRow[]): string[] {
  return rows.filter((row) => row.hasChildren && row.depth > 0).map((row) => row.id);
}

/** The aggregates under a row, with the records each used: "how many records" behind a metric or kpi. */
export function aggregatesUnder(node: ExplainNode): { text: string; records: number }[] {
  const found: { text: string; records: number }[] = [];
  const seen = new Set<string>();
  const visit = (current: ExplainNode) => {
    if (current.kind === 'aggregate' && current.records !== undefined && !seen.has(current.text)) {
      seen.add(current.text);
      found.push({ text: current.text, records: current.records });
    }
    current.children.forEach(visit);
  };
  visit(node);
  return found;
}

/**
 * The segment an aggregate row counted records in: its index among the score's segments (as the api's
 * `interactions(segment:)` takes it; a segment may start or end within a day) when the period was scored in
 * segments, else null (the whole period).
 */
export function segmentIndexOf(rows: readonly ExplainRow[], row: ExplainRow): number | null {
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (let id = row.parentId; id !== null; id = byId.get(id)?.parentId ?? null) {
    const segment = byId.get(id);
    if (segment?.node.kind !== 'segment') continue;
    const index = rows.filter((r) => r.node.kind === 'segment' && r.parentId === segment.parentId).indexOf(segment);
    return index < 0 ? null : index;
  }
  return null;
}
