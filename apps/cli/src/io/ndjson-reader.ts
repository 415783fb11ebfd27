import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { readNdjsonLine } from '@yardstick/contracts/records';

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
  const read = readNdjsonLine(text);
  if (read.object) handlers.object(read.object, line);
  else handlers.malformed(line, read.problem);
}
