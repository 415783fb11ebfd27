import { CreateSchema1795453652961 } from './1795453652961-CreateSchema';
import { CreateScoringFunctions1795458462509 } from './1795458462509-CreateScoringFunctions';
import { LeanInteractionIndexes1796688985674 } from './1796688985674-LeanInteractionIndexes';
import { RosterVersion1796695000000 } from './1796695000000-RosterVersion';

/** Every migration, oldest first. Explicit (no globs) so compiled code, the CLI script and jest share one list. */
export const MIGRATIONS = [CreateSchema1795453652961, CreateScoringFunctions1795458462509, LeanInteractionIndexes1796688985674, RosterVersion1796695000000];
