import { ApiError } from '../providers/api-error';
import { createScorecard, diagnosticsOfError, latestPublished, publishDraft, workingVersion, type ScorecardVersion } from './scorecard-api';

const DIAGNOSTIC = {
  code: 'YS104', severity: 'error', message: 'unknown metric or kpi `csta`', messageZh: '未知的指标或 KPI `csta`', suggestion: 'csat',
  span: { start: { line: 3, column: 20, offset: 40 }, end: { line: 3, column: 24, offset: 44 } },
};

const version = (n: number, status: ScorecardVersion['status'], source = `v${n}`): ScorecardVersion => ({
  id: String(n), version: n, status, source, author: null, createdAt: '', updatedAt: '', publishedAt: null, effectiveFrom: null,
  valid: true, diagnostics: [],
});

describe('diagnosticsOfError', () => {
  it('reads the diagnostics a refused publish carries', () => {
    const error = new ApiError('invalid', 'SCORECARD_INVALID', 500, [], { code: 'SCORECARD_INVALID', diagnostics: [DIAGNOSTIC, { bogus: true }] });
    expect(diagnosticsOfError(error)).toEqual([DIAGNOSTIC]);
  });

  it('is empty for other errors', () => {
    expect(diagnosticsOfError(new ApiError('no', 'FORBIDDEN', 403))).toEqual([]);
    expect(diagnosticsOfError(new Error('boom'))).toEqual([]);
    expect(diagnosticsOfError(new ApiError('x', 'SCORECARD_INVALID', 500, [], { diagnostics: 'nope' }))).toEqual([]);
  });
});

describe('workingVersion and latestPublished', () => {
  it('opens the draft when there is one, else the newest version', () => {
    expect(workingVersion({ versions: [version(1, 'PUBLISHED'), version(2, 'DRAFT')], draft: version(2, 'DRAFT') })?.version).toBe(2);
    expect(workingVersion({ versions: [version(1, 'PUBLISHED'), version(3, 'RETIRED'), version(2, 'PUBLISHED')], draft: null })?.version).toBe(3);
    expect(workingVersion({ versions: [], draft: null })).toBeNull();
  });

  it('finds the newest published version', () => {
    expect(latestPublished([version(1, 'PUBLISHED'), version(2, 'PUBLISHED'), version(3, 'DRAFT')])).toBe(2);
    expect(latestPublished([version(1, 'DRAFT')])).toBeNull();
  });
});

describe('requests', () => {
  it('sends the source and the effective date as variables, never inside the query text', async () => {
    const calls: { query: string; variables?: Record<string, unknown> }[] = [];
    const request = async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
      calls.push({ query, variables });
      return { createScorecard: { id: '7', key: 'k' }, publishScorecard: version(2, 'PUBLISHED') } as T;
    };
    await expect(createScorecard('scorecard k { }', request)).resolves.toEqual({ id: '7', key: 'k' });
    await expect(publishDraft('k', '2021-01-01', request)).resolves.toMatchObject({ version: 2 });
    expect(calls.map((c) => c.variables)).toEqual([{ source: 'scorecard k { }' }, { key: 'k', effectiveFrom: '2021-01-01' }]);
    expect(calls.every((c) => !c.query.includes('scorecard k {'))).toBe(true);
  });
});
