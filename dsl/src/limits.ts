// Hard limits that keep the parser linear and its recursion shallow on hostile input.
// None of them is reachable by a sane scorecard: a large real one is ~50 kpis, ~20 KB, nesting ~6.

/** Longest source accepted (characters); longer sources are refused with YS020 before lexing. */
export const MAX_SOURCE_LENGTH = 1_000_000;

/**
 * Deepest expression nesting: parentheses, call arguments, `if`, `tier`, unary `-` and `not` each count one level.
 * Checked before the parser recurses, so 100,000 `(` give YS021 instead of a stack overflow.
 */
export const MAX_NESTING_DEPTH = 64;

/** Most AST nodes in one document (YS022). */
export const MAX_NODES = 200_000;

/** Most tokens in one document (YS022 too): refused before the parser builds a syntax tree for them. */
export const MAX_TOKENS = 400_000;

/**
 * Deepest syntax tree. A chain `a + b + c …` nests one level per operator without any parenthesis, and the
 * checker, formatter and compiler recurse over the tree, so its depth is bounded too (YS021).
 */
export const MAX_AST_DEPTH = 256;

/** Most syntax errors reported before the parser gives up on a source (YS023): past this it is not a scorecard. */
export const MAX_SYNTAX_ERRORS = 500;
