import type { CallExpr, Expr, TierExpr } from '../ast/nodes';
import { resolveFunction } from '../functions';
import type { CallUse, ExprRoot, NameTarget, NameUse, Site, Uses } from './analysis';
import type { ScorecardSymbols } from './symbols';

// Name resolution: one walk over every expression root records what each bare name, member access,
// call and tier means in its place. Rules then report from these lists. `uses.exprs` maps every expression
// to its context, and a name or call to its NameUse/CallUse itself, so type inference needs no maps of its own.

/** What bare names mean where they are written. `ignore`: say nothing (an error elsewhere covers it). */
export interface ResolveScope {
  bare(name: string, inAggregate: boolean): NameTarget | undefined | 'ignore';
  /** the argument of `team(m)`/`org(m)` */
  node(name: string): NameTarget | undefined;
}

// The parser stops at 64 levels; this only guards hand-built trees.
const MAX_DEPTH = 256;

/** Where the walk is: shared by every node of the same context, so the walk allocates nothing per node. */
interface Context {
  readonly site: Site;
  readonly owner?: string;
  readonly aggregate?: CallExpr;
}

// Every Use is built as a literal of one fixed shape (site, aggregate, owner, then its own fields), absent
// fields as undefined: spreading a context (`{ ...at, expr }`) looked the same but contexts come in several
// shapes, and V8 spreads objects of varying shapes on a slow path — most of this pass's time, before.
const contextOf = (site: Site, owner: string | undefined, aggregate: CallExpr | undefined): Context => ({ site, owner, aggregate });

export function emptyUses(): Uses {
  return { roots: [], names: [], members: [], calls: [], tiers: [], exprs: new Map() };
}

export function resolveRoots(roots: readonly ExprRoot[], scope: ResolveScope): Uses {
  const walker = new Walker(scope);
  for (const root of roots) {
    walker.uses.roots.push(root);
    walker.walk(root.expr, contextOf(root.site, root.owner, undefined), 0);
  }
  return walker.uses;
}

class Walker {
  readonly uses = emptyUses();

  constructor(private readonly scope: ResolveScope) {}

  walk(expr: Expr, at: Context, depth: number): void {
    if (depth > MAX_DEPTH) return;
    const d = depth + 1;
    switch (expr.kind) {
      case 'name': {
        const target = this.scope.bare(expr.name, at.aggregate !== undefined);
        if (target === 'ignore') {
          this.uses.exprs.set(expr, at);
          return;
        }
        const use: NameUse = { site: at.site, aggregate: at.aggregate, owner: at.owner, expr, target, groupArgument: false };
        this.uses.exprs.set(expr, use);
        this.uses.names.push(use);
        return;
      }
      case 'call':
        this.call(expr, at, d);
        return;
      default:
        break;
    }
    this.uses.exprs.set(expr, at);
    switch (expr.kind) {
      case 'member':
        this.uses.members.push({ site: at.site, aggregate: at.aggregate, owner: at.owner, expr });
        return;
      case 'unary':
        this.walk(expr.operand, at, d);
        return;
      case 'binary':
        this.walk(expr.left, at, d);
        this.walk(expr.right, at, d);
        return;
      case 'if':
        this.walk(expr.condition, at, d);
        this.walk(expr.then, at, d);
        this.walk(expr.otherwise, at, d);
        return;
      case 'tier':
        this.tier(expr, at, d);
        return;
      default:
        return;
    }
  }

  private tier(expr: TierExpr, at: Context, d: number): void {
    this.uses.tiers.push({ site: at.site, aggregate: at.aggregate, owner: at.owner, expr });
    this.walk(expr.subject, at, d);
    for (const branch of expr.branches) {
      this.walk(branch.threshold, at, d);
      this.walk(branch.result, at, d);
    }
    if (expr.otherwise) this.walk(expr.otherwise.result, at, d);
  }

  private call(call: CallExpr, at: Context, d: number): void {
    const def = resolveFunction(call.callee.name, call.args.length);
    const use: CallUse = { site: at.site, aggregate: at.aggregate, owner: at.owner, expr: call, def };
    this.uses.exprs.set(call, use);
    this.uses.calls.push(use);
    const only = call.args.length === 1 ? call.args[0] : undefined;
    if (def?.kind === 'group' && only?.kind === 'name') {
      const name: NameUse = {
        site: at.site, aggregate: at.aggregate, owner: at.owner, expr: only, target: this.scope.node(only.name), groupArgument: true,
      };
      this.uses.exprs.set(only, name);
      this.uses.names.push(name);
      return;
    }
    const inner: Context = def?.kind === 'aggregate' && !at.aggregate ? contextOf(at.site, at.owner, call) : at;
    for (const arg of call.args) this.walk(arg, inner, d);
    // a `where` on anything but an aggregate is reported as such; its names would only add noise
    if (call.where && def?.kind === 'aggregate') this.walk(call.where, inner, d);
  }
}

/** Scope of a scorecard: record fields inside aggregates, metrics and kpis elsewhere. */
export function scorecardScope(symbols: ScorecardSymbols): ResolveScope {
  const node = (name: string): NameTarget | undefined => {
    if (symbols.metrics.has(name)) return { kind: 'metric', name };
    if (symbols.kpis.has(name)) return { kind: 'kpi', name };
    return undefined;
  };
  const field = (name: string): NameTarget | undefined => {
    const info = symbols.fields.get(name);
    return info ? { kind: 'field', field: info } : undefined;
  };
  // the other scope is consulted too, so the misplaced name gets a precise message rather than "unknown"
  return {
    bare: (name, inAggregate) => (inAggregate ? field(name) ?? node(name) : node(name) ?? field(name)),
    node,
  };
}

/** Scope of a compensation rule: `score` (and `agent.x`); it reads no records. */
export const compensationScope: ResolveScope = {
  bare: (name, inAggregate) => (inAggregate ? 'ignore' : name === 'score' ? { kind: 'score' } : undefined),
  node: () => undefined,
};
