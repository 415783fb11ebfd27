import type { Role } from './permissions';

// The login session kept in the browser: the bearer token and who it belongs to. One key, so a half-written
// session never exists; a value that does not parse counts as no session (the user logs in again).

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  agentId: string | null;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

export const SESSION_KEY = 'yardstick.session';

/** The part of `Storage` the store uses (localStorage in the browser, a Map-backed fake in specs). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SessionStore {
  read(): Session | null;
  save(session: Session): void;
  clear(): void;
  token(): string | null;
}

export function createSessionStore(storage: KeyValueStorage, now: () => number = Date.now): SessionStore {
  const read = (): Session | null => {
    const session = parseSession(storage.getItem(SESSION_KEY));
    if (!session) return null;
    // An expired token would only earn UNAUTHENTICATED from the api: treat it as logged out straight away.
    if (Date.parse(session.expiresAt) <= now()) return null;
    return session;
  };
  return {
    read,
    save: (session) => storage.setItem(SESSION_KEY, JSON.stringify(session)),
    clear: () => storage.removeItem(SESSION_KEY),
    token: () => read()?.token ?? null,
  };
}

export function parseSession(text: string | null): Session | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Session> | null;
    const user = value?.user;
    if (typeof value?.token !== 'string' || typeof value.expiresAt !== 'string' || !user) return null;
    if (typeof user.id !== 'string' || typeof user.username !== 'string' || typeof user.role !== 'string') return null;
    return value as Session;
  } catch {
    return null;
  }
}

/** The browser's store; specs build their own with a fake storage. */
export const browserSession: SessionStore = createSessionStore(
  typeof window === 'undefined' ? memoryStorage() : window.localStorage,
);

export function memoryStorage(): KeyValueStorage {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  };
}
