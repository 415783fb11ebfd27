// A generic walk over the AST shared by the checker, formatter, compiler and editor services: `children` lists
// every child node of every kind in source order, so a new consumer never forgets one. The walk is iterative:
// a long `a + b + c …` chain cannot overflow the stack here.
import type { Node } from './nodes';

type Maybe = Node | undefined;

const present = (nodes: readonly Maybe[]): Node[] => nodes.filter((n): n is Node => n !== undefined);

/**
 * The direct children of a node, in source order, each inside its parent's span. Comments are not children:
 * they sit between nodes, not in them; `Document.comments` lists them all for the formatter.
 */
export function children(node: Node): Node[] {
  switch (node.kind) {
    case 'document':
      return [...node.blocks];
    case 'scorecard':
    case 'compensation':
      return present([node.name, node.label, ...node.items]);
    case 'period':
    case 'subject':
    case 'missing':
      return [node.value];
    case 'eligible':
      return [node.condition];
    case 'field':
      return [node.name, node.type];
    case 'metric':
    case 'kpi':
      return present([node.name, node.label, node.expr, node.unit]);
    case 'target':
      return present([node.metric, node.value, node.when]);
    case 'profile':
      return present([node.name, node.label, node.active, ...node.weights]);
    case 'active-range':
      return [node.from, node.to];
    case 'weight':
      return [node.kpi, node.value];
    case 'alert':
      return present([node.name, node.label, node.condition, ...node.notify]);
    case 'comp-scorecard':
      return [node.scorecard];
    case 'payout':
    case 'cap':
    case 'floor':
      return [node.expr];
    case 'member':
      return [node.object, node.property];
    case 'call':
      return present([node.callee, node.args[0], node.where, ...node.args.slice(1)]);
    case 'unary':
      return [node.operand];
    case 'binary':
      return [node.left, node.right];
    case 'if':
      return [node.condition, node.then, node.otherwise];
    case 'tier':
      return present([node.subject, ...node.branches, node.otherwise]);
    case 'tier-branch':
      return [node.threshold, node.result];
    case 'tier-else':
      return [node.result];
    default:
      return [];
  }
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
