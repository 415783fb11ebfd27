import { Injectable } from '@nestjs/common';
import { compile, hasErrors, type CompiledScorecard } from '@yardstick/dsl';
import { analyseSource } from './scorecard-source';
import { InvalidScorecardException } from './scorecards.exception';
import type { ScorecardVersionEntity } from './scorecards.entity';

// Compiling a scorecard takes milliseconds and scoring asks for it on every request, so compiled versions are
// kept in memory by version id. Published versions never change (a database trigger refuses it), so their
// entry never goes stale; a draft's entry is checked against its source and recompiled when it was edited.

const CAPACITY = 500;

@Injectable()
export class ScorecardCompiler {
  private readonly cache = new Map<number, { source: string; compiled: CompiledScorecard }>();

  /** The compiled scorecard of a stored version; a source with errors is SCORECARD_INVALID with its diagnostics. */
  compiled(key: string, version: ScorecardVersionEntity): CompiledScorecard {
    const known = this.cache.get(version.id);
    if (known && known.source === version.source) return known.compiled;
    const compiled = compileSource(`scorecard ${key} version ${version.version}`, key, version.source);
    this.cache.delete(version.id);
    this.cache.set(version.id, { source: version.source, compiled });
    if (this.cache.size > CAPACITY) this.cache.delete(this.cache.keys().next().value as number);
    return compiled;
  }
}

/** Compiles a source and picks the scorecard `key` out of it (a stored source holds exactly that one). */
export function compileSource(what: string, key: string, source: string): CompiledScorecard {
  const result = compile(source);
  const found = result.value?.scorecards.find((scorecard) => scorecard.key === key);
  if (result.value && !hasErrors(result.diagnostics) && found) return found;
  // the storage rules explain a missing or renamed scorecard, which the language alone finds no fault with
  throw new InvalidScorecardException(what, analyseSource(source, key).diagnostics);
}
