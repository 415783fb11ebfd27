// The grammar of the scorecard language as a Chevrotain CstParser: blocks and items here, expressions in
// ExpressionGrammar. Syntax only, no semantics (the CST→AST builder in ../ast/builders.ts gives it meaning). Rule
// names are the CST node names in ./cst.d.ts; regenerate that file with `node dsl/scripts/generate-cst-dts.js`
// after changing a rule.
import type { IOrAlt } from 'chevrotain';
import { AnyString, Colon, Comma, CompareOp, DateLit, DotDot, Equals, KEYWORDS as K, LCurly } from '../lexer/tokens';
import { ExpressionGrammar } from './expression-grammar';
import { AFTER_BLOCK, AFTER_COMPENSATION_ITEM, AFTER_SCORECARD_ITEM } from './recovering-parser';

export { NestingLimitError, SyntaxErrorLimit, type StrayToken } from './recovering-parser';

export class ScorecardParser extends ExpressionGrammar {
  // built once, not per invocation (see expression-grammar.ts)
  private blockAlts?: IOrAlt<unknown>[];
  private scorecardItemAlts?: IOrAlt<unknown>[];
  private compensationItemAlts?: IOrAlt<unknown>[];

  constructor() {
    super();
    this.performSelfAnalysis();
  }

  // ------------------------------------------------------------- blocks

  readonly document = this.RULE('document', () => {
    this.skipJunk('document', AFTER_BLOCK);
    this.MANY(() => {
      this.OR(this.blockAlts ??= [
        { ALT: () => this.SUBRULE(this.scorecard) },
        { ALT: () => this.SUBRULE(this.compensation) },
      ]);
      this.skipJunk('document', AFTER_BLOCK);
    });
  });

  readonly scorecard = this.RULE('scorecard', () => {
    this.CONSUME(K.scorecard);
    this.SUBRULE(this.name);
    this.OPTION(() => this.CONSUME(AnyString));
    this.CONSUME(LCurly);
    this.skipJunk('scorecard', AFTER_SCORECARD_ITEM);
    this.MANY(() => {
      this.SUBRULE(this.scorecardItem);
      this.skipJunk('scorecard', AFTER_SCORECARD_ITEM);
    });
    this.closeBlock('scorecard');
  });

  readonly compensation = this.RULE('compensation', () => {
    this.CONSUME(K.compensation);
    this.SUBRULE(this.name);
    this.OPTION(() => this.CONSUME(AnyString));
    this.CONSUME(LCurly);
    this.skipJunk('compensation', AFTER_COMPENSATION_ITEM);
    this.MANY(() => {
      this.SUBRULE(this.compensationItem);
      this.skipJunk('compensation', AFTER_COMPENSATION_ITEM);
    });
    this.closeBlock('compensation');
  });

  readonly scorecardItem = this.RULE('scorecardItem', () => {
    this.OR(this.scorecardItemAlts ??= [
      { ALT: () => this.SUBRULE(this.periodDecl) },
      { ALT: () => this.SUBRULE(this.subjectDecl) },
      { ALT: () => this.SUBRULE(this.missingDecl) },
      { ALT: () => this.SUBRULE(this.eligibleDecl) },
      { ALT: () => this.SUBRULE(this.fieldDecl) },
      { ALT: () => this.SUBRULE(this.metricDecl) },
      { ALT: () => this.SUBRULE(this.kpiDecl) },
      { ALT: () => this.SUBRULE(this.targetDecl) },
      { ALT: () => this.SUBRULE(this.profileDecl) },
      { ALT: () => this.SUBRULE(this.alertDecl) },
    ]);
  });

  readonly compensationItem = this.RULE('compensationItem', () => {
    this.OR(this.compensationItemAlts ??= [
      { ALT: () => this.SUBRULE(this.scorecardRef) },
      { ALT: () => this.SUBRULE(this.periodDecl) },
      { ALT: () => this.SUBRULE(this.payoutDecl) },
      { ALT: () => this.SUBRULE(this.capDecl) },
      { ALT: () => this.SUBRULE(this.floorDecl) },
    ]);
  });

  // ------------------------------------------------------------- scorecard items

  readonly periodDecl = this.RULE('periodDecl', () => {
    this.CONSUME(K.period);
    this.SUBRULE(this.name);
  });

  readonly subjectDecl = this.RULE('subjectDecl', () => {
    this.CONSUME(K.subject);
    this.SUBRULE(this.name);
  });

  readonly missingDecl = this.RULE('missingDecl', () => {
    this.CONSUME(K.missing);
    this.SUBRULE(this.name);
  });

  readonly eligibleDecl = this.RULE('eligibleDecl', () => {
    this.CONSUME(K.eligible);
    this.CONSUME(K.when);
    this.SUBRULE(this.expression);
  });

  readonly fieldDecl = this.RULE('fieldDecl', () => {
    this.CONSUME(K.field);
    this.SUBRULE(this.name);
    this.CONSUME(Colon);
    this.SUBRULE2(this.name);
  });

  readonly metricDecl = this.RULE('metricDecl', () => {
    this.CONSUME(K.metric);
    this.SUBRULE(this.name);
    this.OPTION(() => this.CONSUME(AnyString));
    this.CONSUME(Equals);
    this.SUBRULE(this.expression);
    this.OPTION2(() => this.SUBRULE(this.unitClause));
  });

  readonly kpiDecl = this.RULE('kpiDecl', () => {
    this.CONSUME(K.kpi);
    this.SUBRULE(this.name);
    this.OPTION(() => this.CONSUME(AnyString));
    this.CONSUME(Equals);
    this.SUBRULE(this.expression);
    this.OPTION2(() => this.SUBRULE(this.unitClause));
  });

  readonly unitClause = this.RULE('unitClause', () => {
    this.CONSUME(K.as);
    this.SUBRULE(this.name);
  });

  readonly targetDecl = this.RULE('targetDecl', () => {
    this.CONSUME(K.target);
    this.SUBRULE(this.name);
    this.CONSUME(CompareOp);
    this.SUBRULE(this.expression);
    this.OPTION(() => {
      this.CONSUME(K.when);
      this.SUBRULE2(this.expression);
    });
  });

  readonly profileDecl = this.RULE('profileDecl', () => {
    this.CONSUME(K.profile);
    this.SUBRULE(this.name);
    this.OPTION(() => this.CONSUME(AnyString));
    this.OPTION2(() => this.CONSUME(K.default));
    this.OPTION3(() => this.SUBRULE(this.activeRange));
    this.CONSUME(LCurly);
    // Commas are optional here so a forgotten one costs one diagnostic (from the builder), not the profile.
    this.OPTION4(() => {
      this.SUBRULE(this.weightEntry);
      this.MANY({
        // an item keyword after a weight means the profile's `}` was forgotten, not a weight named `metric`
        GATE: () => !this.startsItem(this.LA(1).tokenType === Comma ? 2 : 1),
        DEF: () => {
          this.OPTION5(() => this.CONSUME(Comma));
          this.SUBRULE2(this.weightEntry);
        },
      });
      this.OPTION6(() => this.CONSUME2(Comma));
    });
    this.closeBlock('profileDecl');
  });

  readonly activeRange = this.RULE('activeRange', () => {
    this.CONSUME(K.active);
    this.CONSUME(DateLit);
    this.CONSUME(DotDot);
    this.CONSUME2(DateLit);
  });

  readonly weightEntry = this.RULE('weightEntry', () => {
    this.SUBRULE(this.name);
    this.CONSUME(Colon);
    this.SUBRULE(this.expression);
  });

  readonly alertDecl = this.RULE('alertDecl', () => {
    this.CONSUME(K.alert);
    this.SUBRULE(this.name);
    this.OPTION(() => this.CONSUME(AnyString));
    this.CONSUME(K.when);
    this.SUBRULE(this.expression);
    this.CONSUME(K.notify);
    this.SUBRULE2(this.name);
    this.MANY(() => {
      this.CONSUME(Comma);
      this.SUBRULE3(this.name);
    });
  });

  // ------------------------------------------------------------- compensation items

  readonly scorecardRef = this.RULE('scorecardRef', () => {
    this.CONSUME(K.scorecard);
    this.SUBRULE(this.name);
  });

  readonly payoutDecl = this.RULE('payoutDecl', () => {
    this.CONSUME(K.payout);
    this.CONSUME(Equals);
    this.SUBRULE(this.expression);
  });

  readonly capDecl = this.RULE('capDecl', () => {
    this.CONSUME(K.cap);
    this.SUBRULE(this.expression);
  });

  readonly floorDecl = this.RULE('floorDecl', () => {
    this.CONSUME(K.floor);
    this.SUBRULE(this.expression);
  });
}

/** The one parser instance (Chevrotain's advice): parseDocument resets its input on every call. */
export const parser = new ScorecardParser();
