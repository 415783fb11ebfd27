import type { Diagnostic } from '@yardstick/dsl';
import { ApiError, gqlRequest, type GqlRequest } from '../providers/gql-request';

// The scorecards context of the service as the console uses it (docs/service.md, "Scorecards and profiles"):
// versions, drafts, publishing and what-if. Every call goes through the console's GraphQL client.

export type VersionStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED';

export interface ScorecardVersion {
  id: string;
  version: number;
  status: VersionStatus;
  source: string;
  author: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  effectiveFrom: string | null;
  valid: boolean;
  diagnostics: Diagnostic[];
}

export interface ScorecardDetail {
  id: string;
  key: string;
  label: string | null;
  createdAt: string;
  versions: ScorecardVersion[];
  draft: ScorecardVersion | null;
  inForce: { version: number } | null;
}

export interface ScorecardSummary {
  id: string;
  key: string;
  label: string | null;
  createdAt: string;
  versions: Pick<ScorecardVersion, 'version' | 'status' | 'effectiveFrom' | 'valid' | 'updatedAt'>[];
}

const DIAGNOSTIC = 'code severity message messageZh suggestion span { start { line column offset } end { line column offset } }';
const VERSION = `id version status source author createdAt updatedAt publishedAt effectiveFrom valid diagnostics { ${DIAGNOSTIC} }`;
const DETAIL = `id key label createdAt versions { ${VERSION} } draft { ${VERSION} } inForce { version }`;

export const SCORECARD_LIST_QUERY = `query ScorecardList($q: String) {
  scorecards(q: $q) { id key label createdAt versions { version status effectiveFrom valid updatedAt } }
}`;

export async function loadScorecard(id: string, request: GqlRequest = gqlRequest): Promise<ScorecardDetail | null> {
  const data = await request<{ Scorecard: ScorecardDetail | null }>(`query ScorecardDetail($id: ID!) { Scorecard(id: $id) { ${DETAIL} } }`, { id });
  return data.Scorecard;
}

export async function createScorecard(source: string, request: GqlRequest = gqlRequest): Promise<{ id: string; key: string }> {
  const data = await request<{ createScorecard: { id: string; key: string } }>(
    'mutation CreateScorecard($source: String!) { createScorecard(source: $source) { id key } }', { source });
  return data.createScorecard;
}

export async function saveDraft(key: string, source: string, request: GqlRequest = gqlRequest): Promise<ScorecardVersion> {
  const data = await request<{ saveScorecardDraft: ScorecardVersion }>(
    `mutation SaveDraft($key: String!, $source: String!) { saveScorecardDraft(key: $key, source: $source) { ${VERSION} } }`, { key, source });
  return data.saveScorecardDraft;
}

export async function publishDraft(key: string, effectiveFrom: string, request: GqlRequest = gqlRequest): Promise<ScorecardVersion> {
  const data = await request<{ publishScorecard: ScorecardVersion }>(
    `mutation Publish($key: String!, $effectiveFrom: String!) { publishScorecard(key: $key, effectiveFrom: $effectiveFrom) { ${VERSION} } }`,
    { key, effectiveFrom });
  return data.publishScorecard;
}

export async function discardDraft(key: string, request: GqlRequest = gqlRequest): Promise<boolean> {
  const data = await request<{ discardScorecardDraft: boolean }>('mutation Discard($key: String!) { discardScorecardDraft(key: $key) }', { key });
  return data.discardScorecardDraft;
}

/** The diagnostics a refused create or publish carries (`SCORECARD_INVALID`, `extensions.diagnostics`), else none. */
export function diagnosticsOfError(error: unknown): Diagnostic[] {
  if (!(error instanceof ApiError)) return [];
  const list = error.extensions.diagnostics;
  return Array.isArray(list) ? list.filter(isDiagnostic) : [];
}

function isDiagnostic(value: unknown): value is Diagnostic {
  const d = value as Partial<Diagnostic> | null;
  return !!d && typeof d.code === 'string' && typeof d.message === 'string' && typeof d.span?.start?.offset === 'number'
    && typeof d.span?.end?.offset === 'number';
}

/** The version to open in the editor: the draft if there is one, else the newest version. */
export function workingVersion(detail: Pick<ScorecardDetail, 'versions' | 'draft'>): ScorecardVersion | null {
  return detail.draft ?? [...detail.versions].sort((a, b) => b.version - a.version)[0] ?? null;
}

/** The newest published version (the one a draft is compared with), if any. */
export function latestPublished(versions: readonly Pick<ScorecardVersion, 'version' | 'status'>[]): number | null {
  const published = versions.filter((v) => v.status === 'PUBLISHED').map((v) => v.version);
  return published.length > 0 ? Math.max(...published) : null;
}
