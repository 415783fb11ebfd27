import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'react-admin';
import { browserSession, type SessionStore } from './session-store';
import { wrapDataProvider } from './wrap-data-provider';

// react-admin's dataProvider: ra-data-graphql-simple over /graphql (the api serves the Agent/allAgents/
// _allAgentsMeta/createAgent… shape for Agent, Team, Group, FieldDefinition, Scorecard, ColumnMapping) with the
// session's bearer token, wrapped so writes are cleaned and failures read well (wrap-data-provider.ts).

export interface DataProviderOptions {
  uri?: string;
  store?: SessionStore;
  /** the console's language now, for field errors (default English) */
  locale?: () => string;
}

export function createDataProvider(options: DataProviderOptions = {}): DataProvider {
  const store = options.store ?? browserSession;
  // Evaluated per request (ra-data-graphql calls these functions each time), so a new login takes effect at once.
  const withToken = () => {
    const token = store.token();
    return { context: { headers: token ? { authorization: `Bearer ${token}` } : {} } };
  };
  const base = buildGraphQLProvider({ clientOptions: { uri: options.uri ?? '/graphql' }, query: withToken, mutation: withToken });
  return wrapDataProvider(base, options.locale);
}

