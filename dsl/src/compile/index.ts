// The compiler's public pieces. The façade (dsl/src/index.ts) re-exports what applications need.
export { compileDocument } from './compile';
export { compileScorecard } from './scorecard';
export { compileCompensation } from './compensation';
export { compileExpression, type CompiledExpression, type ExpressionInputs } from './expression';
export { printExpr } from './print';
export type * from './types';
