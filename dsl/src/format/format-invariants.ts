// The formatter's promises as a checkable list, shared by its own tests and the fuzz suite: the output parses
// to the same tree, formatting it again changes nothing, every comment survives in order, and the text is tidy.
import { hasErrors } from '../diagnostics/diagnostic';
import { parseDocument } from '../parser/parse';
import { firstDifference } from './ast-equal';
import { formatDocument } from './format';

export interface FormatCheck {
  /** absent when the source itself does not parse cleanly (then nothing is promised) */
  readonly formatted?: string;
  /** broken promises, in plain words; empty when all hold */
  readonly problems: readonly string[];
}

export function checkFormatInvariants(source: string): FormatCheck {
  const parsed = parseDocument(source);
  if (!parsed.value || hasErrors(parsed.diagnostics)) return { problems: [] };
  const formatted = formatDocument(parsed.value, source);
  const problems: string[] = [];
  const reparsed = parseDocument(formatted);
  if (!reparsed.value || hasErrors(reparsed.diagnostics)) {
    problems.push(`output does not parse: ${reparsed.diagnostics.map((d) => `${d.code} ${d.message} at ${d.span.start.line}:${d.span.start.column}`).join('; ')}`);
    return { formatted, problems };
  }
  const diff = firstDifference(parsed.value.blocks, reparsed.value.blocks, '$.blocks');
  if (diff) problems.push(`tree changed: ${diff}`);
  const texts = (cs: readonly { text: string }[]): string => JSON.stringify(cs.map((c) => c.text.trimEnd()));
  if (texts(parsed.value.comments) !== texts(reparsed.value.comments)) problems.push('comments lost, changed or reordered');
  const again = formatDocument(reparsed.value, formatted);
  if (again !== formatted) problems.push('not idempotent: formatting the output changes it');
  problems.push(...tidiness(formatted));
  return { formatted, problems };
}

function tidiness(text: string): string[] {
  const problems: string[] = [];
  if (text !== '' && (!text.endsWith('\n') || text.endsWith('\n\n'))) problems.push('does not end with exactly one newline');
  if (text.includes('\r')) problems.push('contains a carriage return');
  if (/[ \t]$/m.test(text)) problems.push('has trailing whitespace');
  if (/^\t/m.test(text)) problems.push('indents with tabs');
  if (/\n\n\n/.test(text)) problems.push('has two blank lines in a row');
  if (text.startsWith('\n')) problems.push('starts with a blank line');
  return problems;
}
