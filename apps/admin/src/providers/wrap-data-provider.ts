import type { DataProvider } from 'react-admin';
import { formErrorsOf, messageOf, toApiError } from './api-error';
import { changedData, writableData } from './write-data';

// The layer between react-admin and ra-data-graphql-simple: writes cleaned (write-data.ts), errors translated
// (api-error.ts) into what react-admin reads: `status` (401 logs out in authProvider.checkError), `message` (a
// translation key when the console words the code) and `body.errors` (problems shown under their inputs).

/** react-admin's HttpError shape (duck-typed: react-admin reads `status`, `message` and `body`). */
export class ConsoleHttpError extends Error {
  constructor(message: string, readonly status: number, readonly body: { code: string; errors?: Record<string, unknown>; extensions?: Readonly<Record<string, unknown>> }) {
    super(message);
    this.name = 'HttpError';
  }
}

/** `locale` is read at each failure, so field errors follow the language the console reads now. */
export function wrapDataProvider(base: DataProvider, locale: () => string = () => 'en'): DataProvider {
  const guard = <T>(call: () => Promise<T>): Promise<T> => call().catch((error: unknown) => { throw toHttpError(error, locale()); });
  return {
    ...base,
    getList: (resource, params) => guard(() => base.getList(resource, params)),
    getOne: (resource, params) => guard(() => base.getOne(resource, params)),
    getMany: (resource, params) => guard(() => base.getMany(resource, params)),
    getManyReference: (resource, params) => guard(() => base.getManyReference(resource, params)),
    create: (resource, params) => guard(() => base.create(resource, { ...params, data: writableData(resource, params.data) })),
    update: (resource, params) => guard(() => base.update(resource, {
      ...params,
      data: changedData(writableData(resource, params.data), params.previousData && writableData(resource, params.previousData)),
    })),
    delete: (resource, params) => guard(() => base.delete(resource, params)),
    // The api has no bulk mutations: one call per row, each checked (and refused) on its own.
    deleteMany: (resource, params) => guard(async () => {
      const deleted = await Promise.all(params.ids.map((id) => base.delete(resource, { id })));
      return { data: deleted.map((result) => result.data.id) };
    }),
    updateMany: (resource, params) => guard(async () => {
      const data = writableData(resource, params.data);
      const updated = await Promise.all(params.ids.map((id) => base.update(resource, { id, data, previousData: { id } })));
      return { data: updated.map((result) => result.data.id) };
    }),
  };
}

export function toHttpError(error: unknown, locale = 'en'): ConsoleHttpError {
  const api = toApiError(error);
  const errors = formErrorsOf(api, locale);
  // react-admin treats any `errors` object as a validation failure: only set it when a field is named.
  const body = Object.keys(errors).length > 0 ? { code: api.code, errors, extensions: api.extensions } : { code: api.code, extensions: api.extensions };
  return new ConsoleHttpError(messageOf(api), api.status, body);
}
