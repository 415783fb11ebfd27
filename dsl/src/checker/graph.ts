import type { NameUse } from './analysis';

// The reference graph of metrics and kpis: who reads whom, the evaluation order and the cycles.
// Everything here is iterative and linear in nodes + edges, so a long chain cannot overflow the stack.

/** Direct references of each metric and kpi, in the order written; `team(m)`/`org(m)` count as reading m. */
export function dependencies(declared: readonly string[], names: readonly NameUse[]): Map<string, string[]> {
  const deps = new Map<string, string[]>(declared.map((n) => [n, []]));
  const seen = new Set<string>();
  for (const use of names) {
    const t = use.target;
    if (!use.owner || !t || (t.kind !== 'metric' && t.kind !== 'kpi')) continue;
    if (use.aggregate && !use.groupArgument) continue; // misplaced inside an aggregate: reported, not a reference
    const list = deps.get(use.owner);
    const key = `${use.owner}\u0000${t.name}`;
    if (list && !seen.has(key)) {
      seen.add(key);
      list.push(t.name);
    }
  }
  return deps;
}

/** Dependencies first; among independent nodes, the order written. Cycle members still appear once. */
export function topologicalOrder(declared: readonly string[], deps: ReadonlyMap<string, readonly string[]>): string[] {
  const order: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  for (const start of declared) {
    if (state.has(start)) continue;
    const stack: { name: string; next: number }[] = [{ name: start, next: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const out = deps.get(top.name) ?? [];
      if (top.next < out.length) {
        const dep = out[top.next++];
        if (!state.has(dep) && deps.has(dep)) {
          state.set(dep, 'open');
          stack.push({ name: dep, next: 0 });
        }
        continue;
      }
      state.set(top.name, 'done');
      order.push(top.name);
      stack.pop();
    }
  }
  return order;
}

/** Strongly connected components (Tarjan, iterative). */
function components(declared: readonly string[], deps: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const result: string[][] = [];
  let counter = 0;
  for (const root of declared) {
    if (index.has(root)) continue;
    const work: { name: string; next: number }[] = [{ name: root, next: 0 }];
    index.set(root, counter); low.set(root, counter++); stack.push(root); onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const out = deps.get(frame.name) ?? [];
      if (frame.next < out.length) {
        const dep = out[frame.next++];
        if (!deps.has(dep)) continue;
        if (!index.has(dep)) {
          index.set(dep, counter); low.set(dep, counter++); stack.push(dep); onStack.add(dep);
          work.push({ name: dep, next: 0 });
        } else if (onStack.has(dep)) low.set(frame.name, Math.min(low.get(frame.name)!, index.get(dep)!));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].name;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.name)!));
      }
      if (low.get(frame.name) === index.get(frame.name)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.name);
        result.push(component);
      }
    }
  }
  return result;
}

/** A shortest path from `start` back to itself inside its component, e.g. [a, b, c, a]. */
function cyclePath(start: string, members: ReadonlySet<string>, deps: ReadonlyMap<string, readonly string[]>): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const name = queue[i];
    for (const dep of deps.get(name) ?? []) {
      if (!members.has(dep)) continue;
      if (dep === start) {
        const path = [start];
        for (let at: string | undefined = name; at !== undefined && at !== start; at = parent.get(at)) path.push(at);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (!parent.has(dep)) {
        parent.set(dep, name);
        queue.push(dep);
      }
    }
  }
  return [start, start];
}

/** Every cycle, once per strongly connected component, starting at its first-declared member. */
export function findCycles(declared: readonly string[], deps: ReadonlyMap<string, readonly string[]>): string[][] {
  const position = new Map(declared.map((n, i) => [n, i]));
  const cycles: string[][] = [];
  for (const component of components(declared, deps)) {
    const selfLoop = component.length === 1 && (deps.get(component[0]) ?? []).includes(component[0]);
    if (component.length < 2 && !selfLoop) continue;
    const first = component.reduce((a, b) => (position.get(a)! <= position.get(b)! ? a : b));
    cycles.push(cyclePath(first, new Set(component), deps));
  }
  return cycles.sort((a, b) => position.get(a[0])! - position.get(b[0])!);
}
