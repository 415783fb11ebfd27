import type { AuthProvider } from 'react-admin';
import { ApiError, toApiError } from './api-error';
import { createGqlRequest, type GqlRequest } from './gql-request';
import { canRoleAccess, isRole } from './permissions';
import { browserSession, type Session, type SessionStore } from './session-store';

// react-admin's authProvider over the api: `login` exchanges the password for a session token (kept in
// localStorage), `me` confirms it on each start, permissions are the role, and an UNAUTHENTICATED answer from any
// request logs out. canAccess mirrors the api's access policy so the UI hides what a role may not do.

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token expiresAt user { id username displayName role agentId } }
}`;
const ME = 'query Me { me { kind role agentId teamIds user { id username displayName role agentId } } }';
const LOGOUT = 'mutation Logout { logout }';

interface MeAnswer {
  me: { kind: string; role: string | null; user: Session['user'] | null } | null;
}

export interface AuthProviderOptions {
  request: GqlRequest;
  store: SessionStore;
}

export function createAuthProvider({ request, store }: AuthProviderOptions): AuthProvider {
  let confirmed: string | null = null; // the token `me` already accepted in this page load
  return {
    async login({ username, password }: { username?: string; password?: string }) {
      try {
        const { login } = await request<{ login: Session }>(LOGIN, { username: username ?? '', password: password ?? '' }, { anonymous: true });
        store.save(login);
        confirmed = login.token;
      } catch (error) {
        throw new Error(loginMessage(toApiError(error)), { cause: error });
      }
    },
    async logout() {
      const session = store.read();
      store.clear();
      confirmed = null;
      // Ending the session server-side is a courtesy: the token is gone from the browser either way.
      if (session) await request(LOGOUT, {}, {}).catch(() => undefined);
    },
    async checkAuth() {
      const session = store.read();
      if (!session) throw new Error('ra.auth.auth_check_error');
      if (confirmed === session.token) return;
      const { me } = await request<MeAnswer>(ME).catch((error: unknown) => {
        if (toApiError(error).status === 401) store.clear();
        throw new Error('ra.auth.auth_check_error', { cause: error });
      });
      if (!me?.user || !isRole(me.role)) {
        store.clear();
        throw new Error('ra.auth.auth_check_error');
      }
      store.save({ ...session, user: { ...me.user, role: me.role } });
      confirmed = session.token;
    },
    async checkError(error: unknown) {
      const status = toApiError(error).status;
      if (status === 401) {
        store.clear();
        confirmed = null;
        throw new Error('ra.auth.auth_check_error');
      }
      // 403 is "not for you", not "log in again": stay logged in and let the page show the message.
    },
    async getIdentity() {
      const session = store.read();
      if (!session) throw new Error('ra.auth.auth_check_error');
      return { id: session.user.id, fullName: session.user.displayName || session.user.username, role: session.user.role, agentId: session.user.agentId };
    },
    async getPermissions() {
      return store.read()?.user.role ?? null;
    },
    async canAccess({ action, resource }: { action: string; resource: string }) {
      return canRoleAccess(store.read()?.user.role, action, resource);
    },
  };
}

/** Translation key for a failed login: wrong credentials and too many attempts read differently. */
export function loginMessage(error: ApiError): string {
  if (error.code === 'INVALID_CREDENTIALS') return 'ys.errors.INVALID_CREDENTIALS';
  if (error.code === 'RATE_LIMITED') return 'ys.errors.RATE_LIMITED';
  if (error.code === 'NETWORK_ERROR' || error.status >= 500) return 'ys.errors.NETWORK_ERROR';
  return 'ra.auth.sign_in_error';
}

export const authProvider: AuthProvider = createAuthProvider({
  request: createGqlRequest({ token: () => browserSession.token() }),
  store: browserSession,
});
