// The expression half of the grammar; ScorecardParser (grammar.ts) extends it with blocks and items (Chevrotain
// grammar inheritance). Syntax only: the AST builder gives it meaning.
import type { IOrAlt, TokenType } from 'chevrotain';
import {
  ArithOp, Arrow, BadNumber, BinaryOp, Comma, DateLit, Dot, DurationLit, Identifier, Keyword, KEYWORDS as K, LCurly,
  LParen, Minus, NumberLit, PercentLit, AnyString, PrefixOp, RParen, TierOp,
} from '../lexer/tokens';
import { RecoveringParser } from './recovering-parser';

// Speed (Chevrotain's performance guide): the arrays of alternatives given to OR, and the closures given to
// MANY/OPTION in hot rules, are built once per parser (`??=`) instead of on every invocation of the rule. They
// only call `this.…` DSL methods, so one array serves every parse. Nesting is counted with RECORDING_PHASE
// checks rather than ACTION closures, for the same reason.

export class ExpressionGrammar extends RecoveringParser {
  private nameAlts?: IOrAlt<unknown>[];
  private primaryAlts?: IOrAlt<unknown>[];
  private nameExprAlts?: IOrAlt<unknown>[];
  private nameExprSuffix?: () => void;
  private expressionTail?: () => void;
  private arithmeticTail?: () => void;
  /** the prefix loops of operand(), by grammar occurrence: [PrefixOp 1, PrefixOp 2, Minus 1, Minus 2] */
  private prefixLoops?: (() => void)[];

  /**
   * A declared name. A keyword is accepted here only so the builder can report YS015 precisely, unless it starts
   * the next item (`metric` then a new line `kpi k = …`: the name was forgotten, `kpi` is not it).
   */
  readonly name = this.RULE('name', () => {
    this.OR(this.nameAlts ??= [
      { ALT: () => this.CONSUME(Identifier) },
      { GATE: () => !this.startsItem(1), ALT: () => this.CONSUME(Keyword) },
    ]);
  });

  // ------------------------------------------------------------- expressions
  // Flat: prefixes, operands and binary operators in a row; ../ast/expr-builders.ts applies precedence
  // (or < and < not < comparisons < + - < * / < unary -). One CST node per operand instead of one per level.

  /** Any expression: `[prefix…] primary (op [prefix…] primary)*` with every binary operator and `not`/`-` prefixes. */
  readonly expression = this.RULE('expression', this.nested(() => {
    this.operand(PrefixOp, 1);
    this.MANY(this.expressionTail ??= () => {
      this.CONSUME(BinaryOp);
      this.operand(PrefixOp, 2);
    });
  }));

  /**
   * Arithmetic only (`+ - * /`, unary `-`): tier thresholds and results, where a comparison would swallow the
   * next branch's `>=`.
   */
  readonly arithmetic = this.RULE('arithmetic', () => {
    this.operand(Minus, 1);
    this.MANY(this.arithmeticTail ??= () => {
      this.CONSUME(ArithOp);
      this.operand(Minus, 2);
    });
  });

  /**
   * Prefix operators then a primary. The prefixes are a loop, not a recursion (100,000 `-` cost no stack), and
   * each counts one nesting level while its operand is parsed. `idx` keeps Chevrotain's DSL occurrences apart.
   */
  private operand(prefix: TokenType, idx: 1 | 2): void {
    const before = this.nesting;
    const loops = this.prefixLoops ??= [
      () => { this.CONSUME2(PrefixOp); this.countPrefix(); },
      () => { this.CONSUME3(PrefixOp); this.countPrefix(); },
      () => { this.CONSUME2(Minus); this.countPrefix(); },
      () => { this.CONSUME3(Minus); this.countPrefix(); },
    ];
    const loop = loops[(prefix === Minus ? 2 : 0) + idx - 1];
    if (idx === 1) this.MANY2(loop);
    else this.MANY3(loop);
    try {
      if (idx === 1) this.SUBRULE(this.primary);
      else this.SUBRULE2(this.primary);
    } finally {
      if (!this.RECORDING_PHASE) this.nesting = before;
    }
  }

  /** One prefix operator read: one nesting level until its operand is parsed. */
  private countPrefix(): void {
    if (!this.RECORDING_PHASE) this.enterNesting();
  }

  readonly primary = this.RULE('primary', () => {
    this.OR(this.primaryAlts ??= [
      { ALT: () => this.CONSUME(NumberLit) },
      { ALT: () => this.CONSUME(PercentLit) },
      { ALT: () => this.CONSUME(DurationLit) },
      { ALT: () => this.CONSUME(AnyString) },
      { ALT: () => this.CONSUME(K.true) },
      { ALT: () => this.CONSUME(K.false) },
      { ALT: () => this.CONSUME(K.null) },
      { ALT: () => this.CONSUME(DateLit) },
      { ALT: () => this.CONSUME(BadNumber) },
      { ALT: () => this.SUBRULE(this.parenExpr) },
      { ALT: () => this.SUBRULE(this.ifExpr) },
      { ALT: () => this.SUBRULE(this.tierExpr) },
      { ALT: () => this.SUBRULE(this.nameExpr) },
    ]);
  });

  readonly parenExpr = this.RULE('parenExpr', () => {
    this.CONSUME(LParen);
    this.SUBRULE(this.expression);
    this.CONSUME(RParen);
  });

  /** `x`, `agent.x`, or a call `f(a, b)`. */
  readonly nameExpr = this.RULE('nameExpr', () => {
    this.CONSUME(Identifier);
    this.OPTION(this.nameExprSuffix ??= () => this.OR(this.nameExprAlts ??= [
      { ALT: () => this.SUBRULE(this.member) },
      { ALT: () => this.SUBRULE(this.callArgs) },
    ]));
  });

  readonly member = this.RULE('member', () => {
    this.CONSUME(Dot);
    this.SUBRULE(this.name);
  });

  readonly callArgs = this.RULE('callArgs', () => {
    this.CONSUME(LParen);
    this.OPTION(() => {
      this.SUBRULE(this.argument);
      this.MANY(() => {
        this.CONSUME(Comma);
        this.SUBRULE2(this.argument);
      });
    });
    this.CONSUME(RParen);
  });

  /** `expr [where cond]`; the builder allows `where` on the first argument only (YS014). */
  readonly argument = this.RULE('argument', () => {
    this.SUBRULE(this.expression);
    this.OPTION(() => {
      this.CONSUME(K.where);
      this.SUBRULE2(this.expression);
    });
  });

  readonly ifExpr = this.RULE('ifExpr', () => {
    this.CONSUME(K.if);
    this.SUBRULE(this.expression);
    this.CONSUME(K.then);
    this.SUBRULE2(this.expression);
    this.CONSUME(K.else);
    this.SUBRULE3(this.expression);
  });

  /** Branch thresholds and results are `arithmetic`: a comparison there would swallow the next `>=`. */
  readonly tierExpr = this.RULE('tierExpr', this.nested(() => {
    this.CONSUME(K.tier);
    this.CONSUME(LParen);
    this.SUBRULE(this.expression);
    this.CONSUME(RParen);
    this.CONSUME(LCurly);
    this.MANY(() => this.SUBRULE(this.tierBranch));
    this.OPTION(() => this.SUBRULE(this.tierElse));
    this.closeBlock('tierExpr');
  }));

  readonly tierBranch = this.RULE('tierBranch', () => {
    this.CONSUME(TierOp);
    this.SUBRULE(this.arithmetic);
    this.CONSUME(Arrow);
    this.SUBRULE2(this.arithmetic);
  });

  readonly tierElse = this.RULE('tierElse', () => {
    this.CONSUME(K.else);
    this.CONSUME(Arrow);
    this.SUBRULE(this.arithmetic);
  });
}
