// Language operations behind the console's low-code tables: read a scorecard's weights and targets, and change one
// weight or target by replacing exactly its span, then formatting (comments kept). See docs/language.md.
export {
  readTables, tidy, type KpiRow, type NotEditableReason, type ProfileColumn, type ScorecardTables, type TargetRow, type WeightCell,
} from './read-tables';
export type { EditFailure, EditResult, TextEdit } from './source-edit';
export { addTarget, COMPARE_OPS, removeTarget, setTarget, targetText, type TargetInput } from './targets-edit';
export { parseWeightInput, setWeight } from './weights-edit';
