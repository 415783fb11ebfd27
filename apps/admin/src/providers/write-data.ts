// What react-admin's forms send for create/update, cleaned for the api's mutations. Records carry read-only
// projections of their relations (`Agent.team { id name }`, `Team.group`) beside the writable ids; the simple
// adapter turns any object-valued `x` into an `xId` argument, which would overwrite the id the user just changed
// with the old one (and crash on `team: null`). Those projections never go back to the api.

const READ_ONLY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  Agent: ['team'],
  Team: ['group'],
};

/** `data` without the resource's read-only projections and without `id` (the id travels separately). */
export function writableData(resource: string, data: Record<string, unknown>): Record<string, unknown> {
  const readOnly = new Set(['id', ...(READ_ONLY_FIELDS[resource] ?? [])]);
  return Object.fromEntries(Object.entries(data).filter(([key]) => !readOnly.has(key)));
}

/**
 * Only what changed since `previousData` (react-admin passes both on update): the api updates only the arguments
 * given, so an untouched field is never rewritten (and a value the caller may not see, such as a blanked
 * compensation, is not sent back as a change).
 */
export function changedData(data: Record<string, unknown>, previousData: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!previousData) return data;
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => !sameValue(value, previousData[key])));
}

function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if ((left === null || left === undefined || left === '') && (right === null || right === undefined)) return true;
  if (typeof left === 'object' && typeof right === 'object' && left !== null && right !== null) {
    return JSON.stringify(left) === JSON.stringify(right);
  }
  return false;
}
