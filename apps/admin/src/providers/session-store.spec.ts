import { SESSION_KEY, createSessionStore, memoryStorage, parseSession, type Session } from './session-store';

const session: Session = {
  token: 'tok', expiresAt: '2030-01-01T00:00:00.000Z',
  user: { id: '1', username: 'admin', displayName: 'Demo Admin', role: 'admin', agentId: null },
};

describe('session store', () => {
  it('keeps the session until cleared', () => {
    const store = createSessionStore(memoryStorage(), () => Date.parse('2029-01-01'));
    expect(store.read()).toBeNull();
    store.save(session);
    expect(store.read()).toEqual(session);
    expect(store.token()).toBe('tok');
    store.clear();
    expect(store.token()).toBeNull();
  });

  it('forgets an expired session', () => {
    const storage = memoryStorage();
    createSessionStore(storage).save(session);
    expect(createSessionStore(storage, () => Date.parse('2030-01-02')).read()).toBeNull();
  });

  it('treats anything unreadable as no session', () => {
    expect(parseSession('{not json')).toBeNull();
    expect(parseSession(JSON.stringify({ token: 1 }))).toBeNull();
    expect(parseSession(JSON.stringify({ ...session, user: { id: 1 } }))).toBeNull();
    const storage = memoryStorage();
    storage.setItem(SESSION_KEY, 'null');
    expect(createSessionStore(storage).read()).toBeNull();
  });
});
