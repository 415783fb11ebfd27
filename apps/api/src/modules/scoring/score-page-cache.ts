import type { ApolloServerPlugin, GraphQLRequestContext, GraphQLRequestListener, GraphQLResponse } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { CallerRequest, GraphqlContext } from '../../common/request-context';
import { AuthService } from '../auth/auth.service';
import { credentialsOf } from '../auth/auth.guard';
import type { ScoresArgs } from './scoring.args';
import { ScoringService } from './scoring.service';

// Answers to a `scores` query, kept per request text and page identity, so that reading the same page of a fresh
// stored run again skips reading its rows, mapping them, and graphql-js resolving some 4,000 fields of 50 agents.
//
// A cached answer is served only to a caller whose own request yields the same identity (ScoringService.pageIdentity):
// the caller is authenticated and goes through the same access checks as the resolver (a caller who may not read
// the scores gets the resolver's error, as without the cache), and the identity holds what the answer depends on
// besides the request's text — the run and its generation, the roster marker, the agents the caller reaches (all,
// a supervisor's teams, an agent's own row), the page, and whether override details are shown. A new generation of
// the run (new records, overrides, roster changes) changes the identity, so an older answer is never served; it
// ages out of the LRU. Only answers without errors to operations whose one root field is `scores` are kept.
//
// The request text (operation name, query, variables) maps to the arguments the resolver was called with, so a
// hit needs no execution at all: authenticate, pageIdentity (two statements), look up.

/** Pages kept, counted in agents' rows (≈ 1 kB each as objects): about 25 MB at most. */
const MAX_ROWS = 25_000;
const MAX_REQUESTS = 500;

const PAGE = Symbol('yardstick.scores-page');

interface PageNote {
  readonly args: ScoresArgs;
  readonly identity: string;
}

type NotedRequest = CallerRequest & { [PAGE]?: PageNote };

/** Called by the resolver: the answer it is about to give is the page `identity` of a fresh stored run. */
export function notePage(req: CallerRequest, args: ScoresArgs, identity: string): void {
  (req as NotedRequest)[PAGE] = { args, identity };
}

interface Entry {
  readonly data: Record<string, unknown>;
  readonly rows: number;
}

@Injectable()
export class ScorePageCache {
  private readonly args = new Map<string, ScoresArgs>();
  private readonly pages = new Map<string, Entry>();
  private rows = 0;

  argsOf(request: string): ScoresArgs | undefined {
    return this.args.get(request);
  }

  get(request: string, identity: string): Record<string, unknown> | undefined {
    const key = `${request}\u0001${identity}`;
    const entry = this.pages.get(key);
    if (!entry) return undefined;
    this.pages.delete(key);
    this.pages.set(key, entry);
    return entry.data;
  }

  put(request: string, args: ScoresArgs, identity: string, data: Record<string, unknown>, rows: number): void {
    if (rows > MAX_ROWS / 10) return;
    this.args.delete(request);
    this.args.set(request, args);
    if (this.args.size > MAX_REQUESTS) this.args.delete(this.args.keys().next().value as string);
    const key = `${request}\u0001${identity}`;
    this.remove(key);
    this.pages.set(key, { data, rows });
    this.rows += rows;
    while (this.rows > MAX_ROWS || this.pages.size > MAX_REQUESTS) this.remove(this.pages.keys().next().value as string);
  }

  /** Forgets everything (tests). */
  clear(): void {
    this.args.clear();
    this.pages.clear();
    this.rows = 0;
  }

  get size(): number {
    return this.pages.size;
  }

  private remove(key: string): void {
    const entry = this.pages.get(key);
    if (!entry) return;
    this.pages.delete(key);
    this.rows -= entry.rows;
  }
}

type Context = GraphQLRequestContext<GraphqlContext>;

/** The cache's place in Apollo's request pipeline: before execution (serve) and before sending (keep). */
@Plugin()
export class ScorePageCachePlugin implements ApolloServerPlugin<GraphqlContext> {
  constructor(private readonly cache: ScorePageCache, private readonly scoring: ScoringService, private readonly auth: AuthService) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
    return {
      responseForOperation: (context) => this.serve(context),
      willSendResponse: async (context) => this.keep(context),
    };
  }

  private async serve(context: Context): Promise<GraphQLResponse | null> {
    const request = requestText(context);
    const args = request === null ? undefined : this.cache.argsOf(request);
    if (request === null || !args) return null;
    const req = context.contextValue.req;
    try {
      // as the auth guard does (which then finds the caller on the request); any refusal is left to the resolver
      req.caller ??= await this.auth.authenticate(credentialsOf(req));
      if (!req.caller) return null;
      const identity = await this.scoring.pageIdentity(req.caller, args);
      const data = identity === null ? undefined : this.cache.get(request, identity);
      if (!data) return null;
      return { http: { status: undefined, headers: new Map() as never }, body: { kind: 'single', singleResult: { data } } };
    } catch {
      return null;
    }
  }

  private keep(context: Context): void {
    const req = context.contextValue.req as NotedRequest;
    const note = req[PAGE];
    // the note belongs to this operation only (operations sharing a request never see another's)
    delete req[PAGE];
    const body = context.response.body;
    if (!note || body?.kind !== 'single') return;
    const { data, errors } = body.singleResult;
    const request = requestText(context);
    if (errors || !data || request === null) return;
    const root = Object.values(data)[0] as { edges?: unknown[] } | null;
    this.cache.put(request, note.args, note.identity, data, root?.edges?.length ?? 0);
  }
}

/** The request's text as a cache key, when its operation is a query whose one root selection is `scores`. */
function requestText(context: Context): string | null {
  const { operation, request } = context;
  if (!operation || !isScoresOnly(operation) || typeof request.query !== 'string') return null;
  return `${request.operationName ?? ''}\u0000${request.query}\u0000${JSON.stringify(request.variables ?? {})}`;
}

function isScoresOnly(operation: OperationDefinitionNode): boolean {
  const selections = operation.selectionSet.selections;
  if (operation.operation !== 'query' || selections.length !== 1) return false;
  const only = selections[0];
  return only.kind === Kind.FIELD && only.name.value === 'scores' && (only.directives?.length ?? 0) === 0;
}
