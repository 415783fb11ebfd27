// The formatter's building blocks: a fragment is a list of output lines, each with a depth (indentation
// level) and the source offset it comes from, so comments can later be put back beside the code they followed.

export interface FragLine {
  /** indentation level relative to the line the fragment starts on */
  readonly depth: number;
  readonly text: string;
  /** source offset this line's code starts at; -1 when it only continues the previous line's code */
  readonly start: number;
}

/** Never empty: a fragment has at least one line. */
export type Frag = readonly FragLine[];

export const text = (s: string, start = -1): Frag => [{ depth: 0, text: s, start }];

/**
 * Joins fragments end to start: the last line of one continues with the first line of the next,
 * and the next one's further lines keep their depth relative to the line they hang from.
 */
export function concat(...parts: readonly Frag[]): Frag {
  let out: FragLine[] = [...parts[0]];
  for (const part of parts.slice(1)) {
    const last = out[out.length - 1];
    const joined: FragLine = { depth: last.depth, text: last.text + part[0].text, start: last.start >= 0 ? last.start : part[0].start };
    const rest = part.slice(1).map((l) => ({ ...l, depth: l.depth + last.depth }));
    out = [...out.slice(0, -1), joined, ...rest];
  }
  return out;
}

/** Items joined by a separator on one logical line (fragments may still span lines). */
export function join(parts: readonly Frag[], separator: string): Frag {
  if (parts.length === 0) return text('');
  const pieces: Frag[] = [];
  parts.forEach((p, i) => pieces.push(i === 0 ? p : concat(text(separator), p)));
  return concat(...pieces);
}

export const isSingleLine = (f: Frag): boolean => f.length === 1;

/**
 * Columns a string takes in a monospace editor: East Asian wide characters (Chinese labels) count two,
 * so "fits in 100 columns" means what the author sees.
 */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    width += isWide(c) ? 2 : 1;
  }
  return width;
}

function isWide(c: number): boolean {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
    || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
    || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
}

export const INDENT = '  ';
export const MAX_WIDTH = 100;
