import { ApiError, formErrorsOf, messageOf, toApiError } from './api-error';
import { ConsoleHttpError } from './wrap-data-provider';

// The shapes below are what ra-data-graphql throws (HttpError(message, 200, ApolloError)) and what Apollo puts
// in an ApolloError for resolver errors and for a non-2xx answer.
const apolloFailure = (errors: unknown[]) => ({ message: 'x', status: 200, body: { graphQLErrors: errors } });

describe('toApiError', () => {
  it('reads the code and field problems of a resolver error', () => {
    const error = toApiError(apolloFailure([{
      message: 'invalid input: baseBonus: at most two decimals',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'baseBonus', message: 'at most two decimals' }] },
    }]));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', status: 400, fields: [{ path: 'baseBonus', message: 'at most two decimals' }] });
  });

  it('gives UNAUTHENTICATED the status that logs out', () => {
    expect(toApiError(apolloFailure([{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }])).status).toBe(401);
    expect(toApiError(apolloFailure([{ message: 'no', extensions: { code: 'FORBIDDEN' } }])).status).toBe(403);
  });

  it('reads errors of a non-2xx answer from the network error', () => {
    const error = toApiError({ body: { networkError: { statusCode: 400, result: { errors: [{ message: 'Variable "$perPage" got invalid value', extensions: { code: 'BAD_USER_INPUT' } }] } } } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', status: 400, fields: [] });
  });

  it('turns an unreachable server into NETWORK_ERROR', () => {
    expect(toApiError({ message: 'Failed to fetch', status: undefined })).toMatchObject({ code: 'NETWORK_ERROR', status: 503 });
    expect(toApiError(new TypeError('fetch failed'))).toMatchObject({ code: 'NETWORK_ERROR' });
    expect(toApiError({ body: { networkError: { statusCode: 502, message: 'Bad Gateway' } } })).toMatchObject({ code: 'HTTP_502', status: 502 });
  });

  it('keeps an error the data provider already translated', () => {
    const translated = new ConsoleHttpError('ys.errors.UNAUTHENTICATED', 401, { code: 'UNAUTHENTICATED' });
    expect(toApiError(translated)).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });

  it('treats a code-less error as an internal failure', () => {
    expect(toApiError(apolloFailure([{ message: 'boom' }]))).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', status: 500, message: 'boom' });
  });
});

describe('formErrorsOf', () => {
  it('shows each field error in the console\'s language, English when the api sent no Chinese', () => {
    const error = toApiError({ graphQLErrors: [{ message: 'invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [
      { path: 'name', code: 'input.required', message: 'required', messageZh: '必填' },
      { path: 'baseBonus', message: 'at most two decimals' },
    ] } }] });
    expect(formErrorsOf(error, 'zh-CN')).toEqual({ name: '必填', baseBonus: 'at most two decimals' });
    expect(formErrorsOf(error, 'en')).toEqual({ name: 'required', baseBonus: 'at most two decimals' });
    expect(formErrorsOf(error)).toEqual({ name: 'required', baseBonus: 'at most two decimals' });
  });

  it('nests problems by path so each lands on its input', () => {
    const error = new ApiError('bad', 'BAD_USER_INPUT', 400, [
      { path: 'baseBonus', message: 'at most two decimals' },
      { path: 'attributes.shift', message: 'must be a string' },
      { path: 'attributes.shift', message: 'too long' },
    ]);
    expect(formErrorsOf(error)).toEqual({ baseBonus: 'at most two decimals', attributes: { shift: 'must be a string; too long' } });
  });

  it('puts a problem without a path on the form itself', () => {
    expect(formErrorsOf(new ApiError('bad', 'BAD_USER_INPUT', 400, [{ path: '', message: 'nothing to change' }])))
      .toEqual({ root: { serverError: 'nothing to change' } });
  });

  it('puts a taken name under the name input, in words the console translates', () => {
    expect(formErrorsOf(new ApiError('taken', 'TEAM_NAME_TAKEN', 409))).toEqual({ name: 'ys.errors.TEAM_NAME_TAKEN' });
    expect(formErrorsOf(new ApiError('taken', 'AGENT_EXTERNAL_ID_TAKEN', 409))).toEqual({ externalId: 'ys.errors.AGENT_EXTERNAL_ID_TAKEN' });
  });

  it('is empty for errors about no field', () => {
    expect(formErrorsOf(new ApiError('no', 'FORBIDDEN', 403))).toEqual({});
  });
});

describe('messageOf', () => {
  it('uses the console wording for known codes and the api message otherwise', () => {
    expect(messageOf(new ApiError('has agents', 'TEAM_HAS_AGENTS', 409))).toBe('ys.errors.TEAM_HAS_AGENTS');
    expect(messageOf(new ApiError('scorecard csat has no version in force', 'SCORECARD_NO_VERSION_IN_FORCE', 409)))
      .toBe('scorecard csat has no version in force');
  });
});
