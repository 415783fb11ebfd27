import { diffLines } from 'diff';

// Two versions of a source side by side, line by line: unchanged lines face each other, a changed block shows
// its removed lines on the left beside its added lines on the right, padded with blanks so both columns stay
// aligned. Pure: the `diff` package's line diff in, rows out.

export type SideKind = 'same' | 'removed' | 'added' | 'empty';

export interface DiffSide {
  /** 1-based line number in its version, null on padding */
  line: number | null;
  text: string;
  kind: SideKind;
}

export interface DiffRow {
  left: DiffSide;
  right: DiffSide;
}

export interface SideBySide {
  rows: DiffRow[];
  added: number;
  removed: number;
}

const EMPTY: DiffSide = { line: null, text: '', kind: 'empty' };

export function sideBySide(before: string, after: string): SideBySide {
  const rows: DiffRow[] = [];
  let [leftLine, rightLine, added, removed] = [1, 1, 0, 0];
  let pendingRemoved: string[] = [];
  const flushRemoved = (addedLines: string[]) => {
    const height = Math.max(pendingRemoved.length, addedLines.length);
    for (let i = 0; i < height; i += 1) {
      const left = i < pendingRemoved.length ? { line: leftLine++, text: pendingRemoved[i], kind: 'removed' as const } : EMPTY;
      const right = i < addedLines.length ? { line: rightLine++, text: addedLines[i], kind: 'added' as const } : EMPTY;
      rows.push({ left, right });
    }
    pendingRemoved = [];
  };
  for (const part of diffLines(normalise(before), normalise(after))) {
    const lines = splitLines(part.value);
    if (part.removed) {
      pendingRemoved.push(...lines);
      removed += lines.length;
    } else if (part.added) {
      added += lines.length;
      flushRemoved(lines);
    } else {
      flushRemoved([]);
      for (const text of lines) rows.push({ left: { line: leftLine++, text, kind: 'same' }, right: { line: rightLine++, text, kind: 'same' } });
    }
  }
  flushRemoved([]);
  return { rows, added, removed };
}

/** Line endings never count as a change, and a missing final newline neither. */
function normalise(text: string): string {
  const unix = text.replace(/\r\n?/g, '\n');
  return unix === '' || unix.endsWith('\n') ? unix : `${unix}\n`;
}

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Only the changed rows with `context` unchanged rows around each change; `null` marks skipped stretches. */
export function foldUnchanged(rows: readonly DiffRow[], context = 3): (DiffRow | null)[] {
  const keep = rows.map(() => false);
  rows.forEach((row, i) => {
    if (row.left.kind === 'same') return;
    for (let j = Math.max(0, i - context); j <= Math.min(rows.length - 1, i + context); j += 1) keep[j] = true;
  });
  const out: (DiffRow | null)[] = [];
  rows.forEach((row, i) => {
    if (keep[i]) out.push(row);
    else if (out[out.length - 1] !== null) out.push(null);
  });
  return out;
}
