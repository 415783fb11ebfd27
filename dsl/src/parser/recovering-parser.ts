// The recovery machinery under the grammar: nesting limits, skipping of stray tokens, and guards on Chevrotain's
// own recovery, kept apart from the rules (expression-grammar.ts, grammar.ts) so those read as the language.
import { CstParser, EOF, tokenMatcher, type IToken, type TokenType } from 'chevrotain';
import { MAX_NESTING_DEPTH, MAX_SYNTAX_ERRORS } from '../limits';
import { ALL_TOKENS, AnyString, Colon, Comma, CompareOp, Equals, KEYWORDS as K, LCurly, RCurly } from '../lexer/tokens';
import { errorMessageProvider } from './messages';

/** A token skipped before a block's `}`: reported like a syntax error by parse.ts. */
export interface StrayToken {
  readonly token: IToken;
  readonly previous: IToken;
  readonly ruleName: string;
}

/** Tokens that may follow a declared name: an item keyword followed by one is a (reserved) name, not an item. */
const NAME_FOLLOWERS: readonly TokenType[] = [Equals, Colon, Comma, RCurly, AnyString, CompareOp, K.default, K.active, K.when];

/** Where skipping stops: these start an item or a block, so the `}` was forgotten rather than mistyped. */
export const SKIP_STOPS = new Set<TokenType>([
  K.scorecard, K.compensation, K.period, K.subject, K.missing, K.eligible, K.field, K.metric, K.kpi, K.target,
  K.profile, K.alert, K.payout, K.cap, K.floor,
]);

const MAX_REPETITION_RECOVERIES = 16;

const BLOCK_KEYWORDS = [K.scorecard, K.compensation];
/** What may come after a scorecard item (or after a block's `{`); anything else is skipped by skipJunk. */
export const AFTER_SCORECARD_ITEM = new Set<TokenType>([
  ...BLOCK_KEYWORDS, RCurly, K.period, K.subject, K.missing, K.eligible, K.field, K.metric, K.kpi, K.target, K.profile,
  K.alert,
]);
export const AFTER_COMPENSATION_ITEM = new Set<TokenType>([...BLOCK_KEYWORDS, RCurly, K.scorecard, K.period, K.payout, K.cap, K.floor]);
export const AFTER_BLOCK = new Set<TokenType>(BLOCK_KEYWORDS);

/** Thrown (and caught by parseDocument) when nesting passes MAX_NESTING_DEPTH, before the recursion gets deep. */
export class NestingLimitError extends Error {
  constructor(readonly token: IToken) {
    super('nesting limit exceeded');
  }
}

/** Thrown (and caught by parseDocument) past MAX_SYNTAX_ERRORS: recovering from each costs, and helps no one. */
export class SyntaxErrorLimit extends Error {
  constructor(readonly token: IToken) {
    super('too many syntax errors');
  }
}

/** Chevrotain internals this parser hooks into (present at run time, not in its type declarations). */
interface ChevrotainInternals {
  attemptInRepetitionRecovery: (...args: unknown[]) => void;
  SAVE_ERROR: (error: Error) => Error;
  _errors: unknown[];
}

export class RecoveringParser extends CstParser {
  /** current expression nesting, checked on the way down so hostile input cannot overflow the stack */
  protected nesting = 0;
  /** stray tokens skipped in this parse (see closeBlock) */
  readonly strays: StrayToken[] = [];

  /** nested in-repetition recoveries now running (see guardRepetitionRecovery) */
  private repetitionRecoveries = 0;

  constructor() {
    super(ALL_TOKENS, { recoveryEnabled: true, maxLookahead: 3, nodeLocationTracking: 'onlyOffset', errorMessageProvider });
    this.guardRepetitionRecovery();
    this.limitErrors();
  }

  private get internals(): ChevrotainInternals {
    return this as unknown as ChevrotainInternals;
  }

  /** Stops the parse (SyntaxErrorLimit) once MAX_SYNTAX_ERRORS have been recorded. */
  private limitErrors(): void {
    const save = this.internals.SAVE_ERROR;
    this.internals.SAVE_ERROR = (error: Error) => {
      const saved = save.call(this, error);
      this.checkErrorCount();
      return saved;
    };
  }

  protected checkErrorCount(): void {
    if (this.internals._errors.length + this.strays.length > MAX_SYNTAX_ERRORS) throw new SyntaxErrorLimit(this.LA(1));
  }

  /**
   * Chevrotain recovers inside a repetition (`1 2 + 3 4 + …`) by skipping a token and calling the repetition again,
   * recursively: thousands of such mistakes would overflow the stack, and each one copies the ever deeper rule
   * stack (quadratic time). Past a few nested recoveries we let the rule-level re-sync handle the rest.
   */
  private guardRepetitionRecovery(): void {
    const original = this.internals.attemptInRepetitionRecovery;
    this.internals.attemptInRepetitionRecovery = (...args: unknown[]) => {
      if (this.repetitionRecoveries >= MAX_REPETITION_RECOVERIES) return;
      this.repetitionRecoveries += 1;
      try {
        original.apply(this, args);
      } finally {
        this.repetitionRecoveries -= 1;
      }
    };
  }

  /** Resets the input and the nesting counter; one parser instance serves every parse. */
  override reset(): void {
    super.reset();
    this.nesting = 0;
    this.repetitionRecoveries = 0;
    this.strays.length = 0;
  }

  /** Does the token at `k` start an item or a block (rather than being a reserved word misused as a name)? */
  protected startsItem(k: number): boolean {
    if (!SKIP_STOPS.has(this.LA(k).tokenType)) return false;
    const next = this.LA(k + 1);
    return !NAME_FOLLOWERS.some((type) => tokenMatcher(next, type));
  }

  protected enterNesting(levels = 1): void {
    this.nesting += levels;
    if (this.nesting > MAX_NESTING_DEPTH) throw new NestingLimitError(this.LA(1));
  }

  /** Wraps a rule body so it counts one nesting level while it runs, even when it exits by a syntax error. */
  protected nested(body: () => void): () => void {
    return () => {
      // RECORDING_PHASE checks, not ACTION closures: no allocation per invocation (see expression-grammar.ts)
      if (!this.RECORDING_PHASE) this.enterNesting();
      try {
        body();
      } finally {
        if (!this.RECORDING_PHASE) this.nesting -= 1;
      }
    };
  }

  /**
   * The `}` that closes a block. Tokens that cannot continue the block are skipped up to its own `}` first (and
   * reported once), so a mistake inside a profile or tier cannot make Chevrotain's re-sync take that `}` for the
   * scorecard's and read the rest of the scorecard as top-level garbage.
   */
  protected closeBlock(ruleName: string): void {
    this.ACTION(() => this.skipStrays(ruleName));
    this.CONSUME(RCurly);
  }

  /**
   * Skips what cannot come next in a list of items or blocks, up to the next thing that can (`stops`), and
   * reports it once. Done after every item so the list goes on without Chevrotain's recursive repetition recovery.
   */
  protected skipJunk(ruleName: string, stops: ReadonlySet<TokenType>): void {
    this.ACTION(() => {
      let reported = false;
      for (let token = this.LA(1); token.tokenType !== EOF && !stops.has(token.tokenType); token = this.LA(1)) {
        if (!reported) this.strays.push({ token, previous: this.LA(0), ruleName });
        if (!reported) this.checkErrorCount();
        reported = true;
        this.SKIP_TOKEN();
      }
    });
  }

  private skipStrays(ruleName: string): void {
    let depth = 0;
    let reported = false;
    for (let token = this.LA(1); token.tokenType !== EOF; token = this.LA(1)) {
      if (SKIP_STOPS.has(token.tokenType) || (token.tokenType === RCurly && depth === 0)) return;
      if (token.tokenType === LCurly) depth += 1;
      else if (token.tokenType === RCurly) depth -= 1;
      if (!reported) this.strays.push({ token, previous: this.LA(0), ruleName });
      if (!reported) this.checkErrorCount();
      reported = true;
      this.SKIP_TOKEN();
    }
  }
}
