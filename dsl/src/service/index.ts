// Editor services for the scorecard language: pure functions the console's editor calls on every keystroke.
export { completions, completionRange, type CompletionItem, type CompletionKind } from './completions';
export { hover, type Hover } from './hover';
export { semanticTokens, type SemanticCategory, type SemanticToken } from './semantic-tokens';
export { tokenize, type HighlightToken } from '../lexer/lexer';
export type { Lang } from './docs';
