import { ApiError } from './api-error';
import { createAuthProvider } from './auth-provider';
import type { GqlRequest } from './gql-request';
import { createSessionStore, memoryStorage, type Session } from './session-store';

const user = { id: '7', username: 'lead', displayName: 'Team Lead', role: 'supervisor' as const, agentId: null };
const session: Session = { token: 'tok', expiresAt: '2999-01-01T00:00:00.000Z', user };

/** A fake api answering by operation name; records what was asked. */
function fakeApi(answers: Record<string, () => unknown>) {
  const asked: string[] = [];
  const request = (async (query: string) => {
    const name = /(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '?';
    asked.push(name);
    const answer = answers[name];
    if (!answer) throw new Error(`unexpected ${name}`);
    return answer();
  }) as GqlRequest;
  return { request, asked };
}

const setup = (answers: Record<string, () => unknown>) => {
  const store = createSessionStore(memoryStorage());
  const api = fakeApi(answers);
  return { store, asked: api.asked, auth: createAuthProvider({ request: api.request, store }) };
};

describe('authProvider', () => {
  it('logs in, keeps the token and reports role and identity', async () => {
    const { auth, store } = setup({ Login: () => ({ login: session }) });
    await auth.login({ username: 'lead', password: 'pw' });
    expect(store.token()).toBe('tok');
    await expect(auth.getPermissions!({})).resolves.toBe('supervisor');
    await expect(auth.getIdentity!()).resolves.toMatchObject({ id: '7', fullName: 'Team Lead', role: 'supervisor' });
    await expect(auth.checkAuth({})).resolves.toBeUndefined();
  });

  it('words a refused login by its reason', async () => {
    const refuse = (code: string) => () => { throw new ApiError('no', code, 401); };
    await expect(setup({ Login: refuse('INVALID_CREDENTIALS') }).auth.login({ username: 'x', password: 'y' }))
      .rejects.toThrow('ys.errors.INVALID_CREDENTIALS');
    await expect(setup({ Login: refuse('RATE_LIMITED') }).auth.login({ username: 'x', password: 'y' }))
      .rejects.toThrow('ys.errors.RATE_LIMITED');
  });

  it('confirms a stored session with `me` once per page load', async () => {
    const { auth, store, asked } = setup({ Me: () => ({ me: { kind: 'user', role: 'supervisor', user } }) });
    store.save(session);
    await auth.checkAuth({});
    await auth.checkAuth({});
    expect(asked).toEqual(['Me']);
  });

  it('forgets a session the api no longer accepts', async () => {
    const { auth, store } = setup({ Me: () => { throw new ApiError('gone', 'UNAUTHENTICATED', 401); } });
    store.save(session);
    await expect(auth.checkAuth({})).rejects.toThrow('ra.auth.auth_check_error');
    expect(store.read()).toBeNull();
  });

  it('refuses to start without a session', async () => {
    await expect(setup({}).auth.checkAuth({})).rejects.toThrow();
  });

  it('logs out on 401 but not on 403', async () => {
    const { auth, store } = setup({});
    store.save(session);
    await expect(auth.checkError({ status: 403, body: { code: 'FORBIDDEN' }, message: 'no' })).resolves.toBeUndefined();
    expect(store.token()).toBe('tok');
    await expect(auth.checkError({ status: 401, body: { code: 'UNAUTHENTICATED' }, message: 'gone' })).rejects.toThrow();
    expect(store.token()).toBeNull();
  });

  it('ends the session on the server and in the browser', async () => {
    const { auth, store, asked } = setup({ Logout: () => ({ logout: true }) });
    store.save(session);
    await auth.logout({});
    expect(asked).toEqual(['Logout']);
    expect(store.read()).toBeNull();
  });

  it('answers canAccess from the role', async () => {
    const { auth, store } = setup({});
    store.save(session);
    await expect(auth.canAccess!({ action: 'list', resource: 'Agent' })).resolves.toBe(true);
    await expect(auth.canAccess!({ action: 'edit', resource: 'Agent' })).resolves.toBe(false);
    store.save({ ...session, user: { ...user, role: 'admin' } });
    await expect(auth.canAccess!({ action: 'edit', resource: 'Agent' })).resolves.toBe(true);
  });
});
