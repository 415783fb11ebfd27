// A generic walk over the AST shared by the checker, formatter, compiler and editor services: `children` lists
// every child node of every kind in source order, so a new consumer never forgets one. The walk is iterative:
// a long `a + b + c …` chain cannot overflow the stack here.
import type { Node } from './nodes';

/**
 * Calls `visit` with each direct child of a node, in source order, each inside its parent's span. Comments are
 * not children: they sit between nodes, not in them; `Document.comments` lists them all for the formatter. The
 * one list of what a node's children are (`children` is built on it); it allocates nothing. Like `children`
 * always did, it skips a child that is absent (hand-built trees may leave one out).
 */
export function forEachChild(node: Node, visit: (child: Node) => void): void {
  switch (node.kind) {
    case 'document':
      for (const b of node.blocks) visit(b);
      return;
    case 'scorecard':
    case 'compensation':
      if (node.name) visit(node.name);
      if (node.label) visit(node.label);
      for (const item of node.items) if (item) visit(item);
      return;
    case 'period':
    case 'subject':
    case 'missing':
      visit(node.value);
      return;
    case 'eligible':
      visit(node.condition);
      return;
    case 'field':
      visit(node.name);
      visit(node.type);
      return;
    case 'metric':
    case 'kpi':
      if (node.name) visit(node.name);
      if (node.label) visit(node.label);
      if (node.expr) visit(node.expr);
      if (node.unit) visit(node.unit);
      return;
    case 'target':
      if (node.metric) visit(node.metric);
      if (node.value) visit(node.value);
      if (node.when) visit(node.when);
      return;
    case 'profile':
      if (node.name) visit(node.name);
      if (node.label) visit(node.label);
      if (node.active) visit(node.active);
      for (const w of node.weights) if (w) visit(w);
      return;
    case 'active-range':
      visit(node.from);
      visit(node.to);
      return;
    case 'weight':
      visit(node.kpi);
      visit(node.value);
      return;
    case 'alert':
      if (node.name) visit(node.name);
      if (node.label) visit(node.label);
      if (node.condition) visit(node.condition);
      for (const n of node.notify) if (n) visit(n);
      return;
    case 'comp-scorecard':
      visit(node.scorecard);
      return;
    case 'payout':
    case 'cap':
    case 'floor':
      visit(node.expr);
      return;
    case 'member':
      visit(node.object);
      visit(node.property);
      return;
    case 'call':
      if (node.callee) visit(node.callee);
      if (node.args[0]) visit(node.args[0]);
      if (node.where) visit(node.where);
      for (let i = 1; i < node.args.length; i++) if (node.args[i]) visit(node.args[i]);
      return;
    case 'unary':
      visit(node.operand);
      return;
    case 'binary':
      visit(node.left);
      visit(node.right);
      return;
    case 'if':
      visit(node.condition);
      visit(node.then);
      visit(node.otherwise);
      return;
    case 'tier':
      if (node.subject) visit(node.subject);
      for (const b of node.branches) if (b) visit(b);
      if (node.otherwise) visit(node.otherwise);
      return;
    case 'tier-branch':
      visit(node.threshold);
      visit(node.result);
      return;
    case 'tier-else':
      visit(node.result);
      return;
    default:
      return;
  }
}

/** The direct children of a node, in source order (see forEachChild). */
export function children(node: Node): Node[] {
  const out: Node[] = [];
  forEachChild(node, (child) => out.push(child));
  return out;
}

/**
 * Visits `node` and its descendants depth first, in source order. `enter` returning `false` skips that node's
 * children. `parent` is undefined for the starting node.
 */
export function walk(node: Node, enter: (node: Node, parent: Node | undefined, depth: number) => void | boolean): void {
  const stack: [Node, Node | undefined, number][] = [[node, undefined, 0]];
  while (stack.length > 0) {
    const [current, parent, depth] = stack.pop()!;
    if (enter(current, parent, depth) === false) continue;
    const kids = children(current);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], current, depth + 1]);
  }
}
