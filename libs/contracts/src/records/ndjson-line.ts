// One NDJSON line read the same way by the CLI and by the service's ingestion: a JSON object, or why not.

export type NdjsonLine =
  | { readonly object: Readonly<Record<string, unknown>>; readonly problem?: undefined }
  | { readonly object?: undefined; readonly problem: string };

/** Parses one non-blank line; anything but a JSON object is a problem worded for the person who sent it. */
export function readNdjsonLine(text: string): NdjsonLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problem: `expected a JSON object, found ${Array.isArray(value) ? 'an array' : shortJson(value)}` };
  }
  return { object: value as Record<string, unknown> };
}

function shortJson(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
