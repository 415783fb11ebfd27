import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from './api-error';
import { gqlRequest, type GqlVariables } from './gql-request';

export interface GqlQueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  refetch: () => Promise<void>;
}

/**
 * Runs a GraphQL query (gqlRequest) when the component mounts and whenever the variables change; an older
 * answer never overwrites a newer one. `skip` waits (e.g. until a period is chosen).
 */
export function useGqlQuery<T>(query: string, variables: GqlVariables = {}, options: { skip?: boolean } = {}): GqlQueryState<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: !options.skip });
  const key = JSON.stringify(variables);
  const latest = useRef(0);
  const run = useCallback(async () => {
    const ticket = ++latest.current;
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const data = await gqlRequest<T>(query, JSON.parse(key) as GqlVariables);
      if (ticket === latest.current) setState({ data, loading: false });
    } catch (error) {
      if (ticket === latest.current) setState({ error: toApiError(error), loading: false });
    }
  }, [query, key]);
  useEffect(() => {
    if (!options.skip) void run();
  }, [run, options.skip]);
  return { data: state.data, error: state.error, loading: state.loading, refetch: run };
}
