import type { MappedRecord } from '@yardstick/contracts';

// Who the records name: agents by their external id, teams by name. Looked up a chunk at a time as the body
// streams (one query per chunk for names not met before), so a request never loads the whole roster and a
// million records by 10,000 agents cost a few hundred small queries.

export interface AgentRef {
  readonly id: number;
  readonly teamId: number | null;
}

export interface DirectoryLookups {
  agents(externalIds: readonly string[]): Promise<ReadonlyMap<string, AgentRef>>;
  teams(names: readonly string[]): Promise<ReadonlyMap<string, number>>;
}

/** Names remembered per kind; past it the cache starts again (a body of endless unknown names stays flat). */
const CACHE_LIMIT = 200_000;

export class RecordDirectory {
  private readonly agentCache = new Map<string, AgentRef | null>();
  private readonly teamCache = new Map<string, number | null>();

  constructor(private readonly lookups: DirectoryLookups) {}

  /** Looks up every agent and team of these records not looked up before. */
  async prepare(records: readonly MappedRecord[]): Promise<void> {
    // cleared before collecting, so every name of this chunk is looked up again and stays until the next call
    if (this.agentCache.size > CACHE_LIMIT) this.agentCache.clear();
    if (this.teamCache.size > CACHE_LIMIT) this.teamCache.clear();
    const agents = new Set<string>();
    const teams = new Set<string>();
    for (const record of records) {
      const agent = record.agent as string;
      if (!this.agentCache.has(agent)) agents.add(agent);
      const team = record.team;
      if (typeof team === 'string' && !this.teamCache.has(team)) teams.add(team);
    }
    if (agents.size > 0) remember(this.agentCache, [...agents], await this.lookups.agents([...agents]));
    if (teams.size > 0) remember(this.teamCache, [...teams], await this.lookups.teams([...teams]));
  }

  /** After prepare: the agent, or undefined when no agent has this external id. */
  agent(externalId: string): AgentRef | undefined {
    return this.agentCache.get(externalId) ?? undefined;
  }

  team(name: string): number | undefined {
    return this.teamCache.get(name) ?? undefined;
  }
}

function remember<V>(cache: Map<string, V | null>, asked: readonly string[], found: ReadonlyMap<string, V>): void {
  for (const name of asked) cache.set(name, found.get(name) ?? null);
}
