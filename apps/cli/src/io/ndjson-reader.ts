import * as fs from 'node:fs';
import * as readline from 'node:readline';

// Streams an NDJSON file: one JSON object per line. Blank lines are skipped; a line that is not JSON, or is
// JSON but not an object, is reported with its line number and skipped.

export interface NdjsonHandlers {
  object(value: Readonly<Record<string, unknown>>, line: number): void;
  malformed(line: number, message: string): void;
}

export async function streamNdjson(path: string, handlers: NdjsonHandlers): Promise<void> {
  const input = fs.createReadStream(path, { encoding: 'utf8' });
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line += 1;
      const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
      if (trimmed === '') continue;
      readLine(trimmed, line, handlers);
    }
  } finally {
    lines.close();
    input.destroy();
  }
}

function readLine(text: string, line: number, handlers: NdjsonHandlers): void {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    handlers.malformed(line, `not valid JSON (${(error as Error).message})`);
    return;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    handlers.malformed(line, `expected a JSON object, found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`);
    return;
  }
  handlers.object(value as Record<string, unknown>, line);
}
