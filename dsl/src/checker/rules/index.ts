import type { CheckRule } from '../analysis';
import { aggregatePlacementRule } from './aggregate-placement.rule';
import { alertRule } from './alert.rule';
import { branchUnitsRule } from './branch-units.rule';
import { callArgumentsRule } from './call-arguments.rule';
import { compensationRule } from './compensation.rule';
import { conditionRule } from './condition.rule';
import { constantMetricRule } from './constant-metric.rule';
import { cycleRule } from './cycle.rule';
import { declaredUnitRule } from './declared-unit.rule';
import { duplicateNameRule } from './duplicate-name.rule';
import { fieldDeclarationRule } from './field-declaration.rule';
import { functionCallRule } from './function-call.rule';
import { groupFunctionRule } from './group-function.rule';
import { memberAccessRule } from './member-access.rule';
import { nameScopeRule } from './name-scope.rule';
import { operatorUnitsRule } from './operator-units.rule';
import { profileActiveRule } from './profile-active.rule';
import { profileDefaultRule } from './profile-default.rule';
import { profileWeightsRule } from './profile-weights.rule';
import { settingsRule } from './settings.rule';
import { targetRule } from './target.rule';
import { tierReachabilityRule } from './tier-reachability.rule';
import { tierStructureRule } from './tier-structure.rule';
import { unknownNameRule } from './unknown-name.rule';
import { unweightedKpiRule } from './unweighted-kpi.rule';
import { valueKindRule } from './value-kind.rule';

/** Every semantic rule, in the order their findings are easiest to read: declarations, names, units, scoring. */
export const RULES: readonly CheckRule[] = [
  // declarations and settings
  duplicateNameRule, fieldDeclarationRule, settingsRule, alertRule,
  // names and scopes
  unknownNameRule, nameScopeRule, memberAccessRule, functionCallRule, aggregatePlacementRule, groupFunctionRule,
  cycleRule, constantMetricRule,
  // units and types
  operatorUnitsRule, conditionRule, valueKindRule, callArgumentsRule, declaredUnitRule, branchUnitsRule,
  // scoring structure
  tierStructureRule, tierReachabilityRule, targetRule, profileWeightsRule, profileDefaultRule, profileActiveRule,
  unweightedKpiRule, compensationRule,
];
