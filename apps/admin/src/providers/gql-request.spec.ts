import { createGqlRequest } from './gql-request';

interface Call { url: string; init: RequestInit }

function fakeFetch(status: number, body: unknown, calls: Call[] = []): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
}

describe('gqlRequest', () => {
  it('posts the query with the bearer token and returns data', async () => {
    const calls: Call[] = [];
    const request = createGqlRequest({ fetch: fakeFetch(200, { data: { me: { role: 'admin' } } }, calls), token: () => 'tok' });
    await expect(request('query { me { role } }', { a: 1 })).resolves.toEqual({ me: { role: 'admin' } });
    expect(calls[0].url).toBe('/graphql');
    expect((calls[0].init.headers as Record<string, string>).authorization).toBe('Bearer tok');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ query: 'query { me { role } }', variables: { a: 1 } });
  });

  it('sends no token when anonymous or logged out', async () => {
    const calls: Call[] = [];
    const request = createGqlRequest({ fetch: fakeFetch(200, { data: { login: null } }, calls), token: () => 'tok' });
    await request('mutation { login }', {}, { anonymous: true });
    expect((calls[0].init.headers as Record<string, string>).authorization).toBeUndefined();
    const loggedOut = createGqlRequest({ fetch: fakeFetch(200, { data: {} }, calls), token: () => null });
    await loggedOut('{ x }');
    expect((calls[1].init.headers as Record<string, string>).authorization).toBeUndefined();
  });

  it('throws the first GraphQL error as an ApiError and reports a lost session', async () => {
    let lost = 0;
    const request = createGqlRequest({
      fetch: fakeFetch(200, { data: null, errors: [{ message: 'who are you', extensions: { code: 'UNAUTHENTICATED' } }] }),
      onUnauthenticated: () => { lost += 1; },
    });
    await expect(request('{ me { role } }')).rejects.toMatchObject({ name: 'ApiError', code: 'UNAUTHENTICATED', status: 401 });
    expect(lost).toBe(1);
  });

  it('keeps per-field problems', async () => {
    const request = createGqlRequest({ fetch: fakeFetch(200, { errors: [{ message: 'bad', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'timeZone', message: 'unknown zone' }] } }] }) });
    await expect(request('mutation { updateOrganisation }')).rejects.toMatchObject({ fields: [{ path: 'timeZone', message: 'unknown zone' }] });
  });

  it('reports a proxy page or an unreachable server as a network error', async () => {
    const html = createGqlRequest({ fetch: fakeFetch(502, '<html>Bad Gateway</html>') });
    await expect(html('{ x }')).rejects.toMatchObject({ code: 'HTTP_502', status: 502 });
    const down = createGqlRequest({ fetch: (async () => { throw new TypeError('fetch failed'); }) as unknown as typeof fetch });
    await expect(down('{ x }')).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
  });

  it('lets an abort through unchanged', async () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    const request = createGqlRequest({ fetch: (async () => { throw abort; }) as unknown as typeof fetch });
    await expect(request('{ x }')).rejects.toBe(abort);
  });
});
