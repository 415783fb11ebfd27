import type { DataProvider } from 'react-admin';
import { wrapDataProvider } from './wrap-data-provider';

/** A base provider that records calls and answers or fails as told. */
function fakeBase(fail?: unknown) {
  const calls: { method: string; resource: string; params: Record<string, unknown> }[] = [];
  const handler = (method: string) => async (resource: string, params: Record<string, unknown>) => {
    calls.push({ method, resource, params });
    if (fail) throw fail;
    return { data: { id: params.id ?? 'new', ...(params.data as object) }, total: 0 };
  };
  const base = Object.fromEntries(['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'delete', 'deleteMany', 'updateMany']
    .map((method) => [method, handler(method)])) as unknown as DataProvider;
  return { base, calls };
}

describe('wrapDataProvider', () => {
  it('sends only changed, writable fields on update', async () => {
    const { base, calls } = fakeBase();
    const provider = wrapDataProvider(base);
    const previousData = { id: '3', name: 'Becky', teamId: '1', team: { id: '1', name: 'North' } };
    await provider.update('Agent', { id: '3', data: { ...previousData, teamId: '2' }, previousData });
    expect(calls[0].params.data).toEqual({ teamId: '2' });
  });

  it('drops relation projections on create', async () => {
    const { base, calls } = fakeBase();
    await wrapDataProvider(base).create('Team', { data: { name: 'East', group: null, groupId: '4' } });
    expect(calls[0].params.data).toEqual({ name: 'East', groupId: '4' });
  });

  it('turns field problems into form errors with status 400', async () => {
    const { base } = fakeBase({ body: { graphQLErrors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'hiredOn', message: 'not a date' }] } }] } });
    await expect(wrapDataProvider(base).create('Agent', { data: { hiredOn: 'x' } }))
      .rejects.toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT', errors: { hiredOn: 'not a date' } } });
  });

  it('gives other failures a message and no form errors', async () => {
    const { base } = fakeBase({ body: { graphQLErrors: [{ message: 'has agents', extensions: { code: 'TEAM_HAS_AGENTS' } }] } });
    const failure = await wrapDataProvider(base).delete('Team', { id: '1' }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ status: 409, body: { code: 'TEAM_HAS_AGENTS' } });
    expect((failure as Error).message).toBe('ys.errors.TEAM_HAS_AGENTS');
    expect((failure as { body: object }).body).not.toHaveProperty('errors');
  });

  it('deletes many rows one call at a time', async () => {
    const { base, calls } = fakeBase();
    await expect(wrapDataProvider(base).deleteMany('Group', { ids: ['1', '2'] })).resolves.toEqual({ data: ['1', '2'] });
    expect(calls.map((call) => [call.method, call.params.id])).toEqual([['delete', '1'], ['delete', '2']]);
  });

  it('reports an expired session as 401', async () => {
    const { base } = fakeBase({ body: { graphQLErrors: [{ message: 'who', extensions: { code: 'UNAUTHENTICATED' } }] } });
    await expect(wrapDataProvider(base).getList('Agent', { pagination: { page: 1, perPage: 5 }, sort: { field: 'name', order: 'ASC' }, filter: {} }))
      .rejects.toMatchObject({ status: 401 });
  });
});
