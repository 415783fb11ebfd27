'use strict';
// The contestants of the expression benchmark: our compiled evaluator, a hand-written function, and the peer
// libraries, each given the same kpi formula in its own syntax. Every adapter turns a formula into a plain
// `(scope) => value` over a scope object `{ aht, csat }`, so the timing loop treats them all alike.

/**
 * The formulas, written once per syntax. `clamp` is the spec's aht kpi; `tier` the csat tier, as the `if` chain
 * the brief asks for. Where a peer has no `clamp` the nearest idiom is used (min/max); where it has no
 * `else if` the nested conditional operator.
 */
const FORMULAS = {
  clamp: {
    title: 'clamp(100 - (aht - 300) / 3, 0, 100)',
    inputs: { aht: 'number' },
    ours: 'clamp(100 - (aht - 300) / 3, 0, 100)',
    hand: (s) => Math.min(Math.max(100 - (s.aht - 300) / 3, 0), 100),
    exprEval: 'min(max(100 - (aht - 300) / 3, 0), 100)',
    mathjs: 'min(max(100 - (aht - 300) / 3, 0), 100)',
    jexl: 'min(max(100 - (aht - 300) / 3, 0), 100)',
    filtrex: 'min(max(100 - (aht - 300) / 3, 0), 100)',
    // CEL keeps int and double apart: the literals are doubles; clamp is registered as a function, CEL's way
    cel: 'clamp(100.0 - (aht - 300.0) / 3.0, 0.0, 100.0)',
    zen: 'min([max([100 - (aht - 300) / 3, 0]), 100])',
  },
  tier: {
    title: 'if csat >= 0.95 then 100 else if csat >= 0.9 then 80 else 60',
    inputs: { csat: 'number' },
    ours: 'if csat >= 0.95 then 100 else if csat >= 0.9 then 80 else 60',
    hand: (s) => (s.csat >= 0.95 ? 100 : s.csat >= 0.9 ? 80 : 60),
    exprEval: 'csat >= 0.95 ? 100 : (csat >= 0.9 ? 80 : 60)',
    mathjs: 'csat >= 0.95 ? 100 : (csat >= 0.9 ? 80 : 60)',
    jexl: 'csat >= 0.95 ? 100 : (csat >= 0.9 ? 80 : 60)',
    filtrex: 'if csat >= 0.95 then 100 else if csat >= 0.9 then 80 else 60',
    cel: 'csat >= 0.95 ? 100.0 : (csat >= 0.9 ? 80.0 : 60.0)',
    zen: 'csat >= 0.95 ? 100 : (csat >= 0.9 ? 80 : 60)',
  },
};

/** Our compiler's standalone-expression entry point: from the façade, or from the compiler until the façade has it. */
function ourCompileExpression() {
  const dsl = require('@yardstick/dsl');
  if (typeof dsl.compileExpression === 'function') return dsl.compileExpression;
  const compiler = require('@yardstick/dsl/dist/compile');
  if (typeof compiler.compileExpression === 'function') return compiler.compileExpression;
  throw new Error('@yardstick/dsl does not export compileExpression (is dsl built?)');
}

function makeOurs(formula) {
  const result = ourCompileExpression()(formula.ours, formula.inputs);
  if (typeof result.value !== 'function') {
    const diags = result.diagnostics.map((d) => `${d.code} ${d.message} at ${d.span.start.line}:${d.span.start.column}`);
    throw new Error(`compileExpression failed: ${diags.join('; ') || 'no value'}`);
  }
  return result.value;
}

function makeExprEval(formula) {
  const { Parser } = require('expr-eval');
  const expr = new Parser().parse(formula.exprEval);
  return (s) => expr.evaluate(s);
}

function makeMathjs(formula) {
  const math = require('mathjs');
  const code = math.compile(formula.mathjs);
  return (s) => code.evaluate(s);
}

function makeJexl(formula) {
  const { Jexl } = require('jexl');
  const jexl = new Jexl();
  jexl.addFunction('min', Math.min);
  jexl.addFunction('max', Math.max);
  const expr = jexl.compile(formula.jexl);
  return (s) => expr.evalSync(s);
}

function makeFiltrex(formula) {
  const { compileExpression } = require('filtrex');
  return compileExpression(formula.filtrex);
}

function makeCel(formula) {
  const { Environment } = require('@marcbachmann/cel-js');
  let env = new Environment();
  for (const name of Object.keys(formula.inputs)) env = env.registerVariable(name, 'double');
  env = env.registerFunction('clamp(double, double, double): double', (x, lo, hi) => Math.min(Math.max(x, lo), hi));
  return env.parse(formula.cel);
}

// zen-engine's Node binding offers no compiled-expression handle: each call passes the source text and the
// context across N-API. evaluateExpressionSync exists, so it is timed synchronously (no promise per call).
function makeZen(formula) {
  const { evaluateExpressionSync } = require('@gorules/zen-engine');
  const source = formula.zen;
  return (s) => evaluateExpressionSync(source, s);
}

/** role: `ours`, `baseline` (hand-written) or `peer` (counts for "fastest peer"). */
const EVALUATORS = [
  { name: 'yardstick (compiled)', role: 'ours', make: makeOurs },
  { name: 'hand-written JS', role: 'baseline', make: (f) => f.hand },
  { name: 'expr-eval evaluate', role: 'peer', make: makeExprEval },
  { name: 'mathjs compile().evaluate', role: 'peer', make: makeMathjs },
  { name: 'jexl compile().evalSync', role: 'peer', make: makeJexl },
  { name: 'filtrex compileExpression', role: 'peer', make: makeFiltrex },
  { name: 'cel-js Environment.parse', role: 'peer', make: makeCel },
  { name: 'zen evaluateExpressionSync', role: 'peer', make: makeZen },
];

module.exports = { FORMULAS, EVALUATORS };
