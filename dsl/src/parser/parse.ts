// Source text → Document. Never throws and never hangs: limits (../limits.ts) are checked before each costly
// step, and any mistake becomes a diagnostic with a span while the rest of the document is still built.
import { EOF, type IToken } from 'chevrotain';
import { AstBuilder } from '../ast/builders';
import type { DocumentCstNode } from './cst';
import type { Document, Node, Span } from '../ast/nodes';
import { forEachChild } from '../ast/visit';
import { diagnostic } from '../diagnostics/catalogue';
import type { Diagnostic, Result } from '../diagnostics/diagnostic';
import { lex, tokenSpan } from '../lexer/lexer';
import { RCurly } from '../lexer/tokens';
import { LineMap } from '../lexer/positions';
import { MAX_AST_DEPTH, MAX_NESTING_DEPTH, MAX_NODES, MAX_SOURCE_LENGTH, MAX_SYNTAX_ERRORS, MAX_TOKENS } from '../limits';
import { NestingLimitError, parser, SyntaxErrorLimit } from './grammar';
import { errorMessageProvider } from './messages';
import { syntaxDiagnostics, type SyntaxError } from './syntax-errors';

export function parseDocument(source: string): Result<Document> {
  try {
    return parseUnguarded(source);
  } catch (e) {
    // A bug of ours, never the user's: still a diagnostic, never an exception out of the façade.
    const reason = e instanceof Error ? e.message : String(e);
    return { diagnostics: [diagnostic('YS009', new LineMap('').span(0, 0), { reason })] };
  }
}

function parseUnguarded(source: string): Result<Document> {
  if (typeof source !== 'string') return parseUnguarded('');
  if (source.length > MAX_SOURCE_LENGTH) {
    const at = new LineMap('').span(0, 0);
    return { diagnostics: [diagnostic('YS020', at, { size: source.length, limit: MAX_SOURCE_LENGTH })] };
  }
  const lines = new LineMap(source);
  const lexed = lex(source, lines);
  if (lexed.tokens.length > MAX_TOKENS) {
    const at = tokenSpan(lines, lexed.tokens[MAX_TOKENS]);
    return { diagnostics: [diagnostic('YS022', at, { count: lexed.tokens.length, limit: MAX_TOKENS })] };
  }
  parser.input = lexed.tokens;
  let cst: DocumentCstNode;
  try {
    cst = parser.document() as DocumentCstNode;
  } catch (e) {
    if (e instanceof NestingLimitError) {
      const at = spanOfToken(e.token, lines);
      return { diagnostics: sorted([...lexed.diagnostics, diagnostic('YS021', at, { limit: MAX_NESTING_DEPTH })]) };
    }
    if (!(e instanceof SyntaxErrorLimit)) throw e;
    const reported = syntaxDiagnostics(syntaxErrors(), lexed.tokens, lines);
    const stop = diagnostic('YS023', spanOfToken(e.token, lines), { limit: MAX_SYNTAX_ERRORS });
    return { diagnostics: sorted([...lexed.diagnostics, ...reported, stop]) };
  }
  const syntax = syntaxDiagnostics(syntaxErrors(), lexed.tokens, lines);
  parser.input = []; // let the token vector go
  const built: Diagnostic[] = [];
  const document = new AstBuilder(lines, built).build(cst, lexed.comments);
  const tooBig = checkSize(document);
  if (tooBig) return { diagnostics: sorted([...lexed.diagnostics, ...syntax, tooBig]) };
  return { value: document, diagnostics: sorted([...lexed.diagnostics, ...syntax, ...built]) };
}

/** Chevrotain's errors and the parser's own skipped stray tokens, in source order. */
function syntaxErrors(): SyntaxError[] {
  const strays = parser.strays.map(({ token, previous, ruleName }) => ({
    token,
    message: errorMessageProvider.buildMismatchTokenMessage({
      expected: ruleName === 'document' ? EOF : RCurly, actual: token, previous, ruleName,
    }),
  }));
  return [...parser.errors, ...strays].sort((a, b) => offsetOf(a.token) - offsetOf(b.token));
}

const offsetOf = (token: IToken): number => (Number.isNaN(token.startOffset) ? Infinity : token.startOffset);

function spanOfToken(token: IToken, lines: LineMap): Span {
  return token.tokenType === EOF || Number.isNaN(token.startOffset) ? lines.endSpan() : tokenSpan(lines, token);
}

/** YS022 past MAX_NODES; YS021 when a long chain (`a + b + …`) makes the tree deeper than consumers may recurse. */
function checkSize(document: Document): Diagnostic | undefined {
  let count = 0;
  const nodes: Node[] = [document];
  const depths: number[] = [0];
  let depth = 0;
  const push = (child: Node): void => {
    nodes.push(child);
    depths.push(depth + 1);
  };
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    depth = depths.pop()!;
    if (depth > MAX_AST_DEPTH) return diagnostic('YS021', node.span, { limit: MAX_AST_DEPTH });
    count += 1;
    forEachChild(node, push);
  }
  return count > MAX_NODES ? diagnostic('YS022', document.span, { count, limit: MAX_NODES }) : undefined;
}

/** In source order, each (code, place) once: the builder and the parser may both see a missing `}`. */
function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics
    .filter((d) => {
      const key = `${d.code}@${d.span.start.offset}`;
      return !seen.has(key) && Boolean(seen.add(key));
    })
    .sort((a, b) => a.span.start.offset - b.span.start.offset || a.code.localeCompare(b.code));
}
