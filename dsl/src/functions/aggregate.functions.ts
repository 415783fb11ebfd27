import type { ValueType } from '../compile/types';
import { commonUnit, isMismatch, type AggregateFunction, type GroupFunction } from './function';

const condition = (t: ValueType) => t === 'boolean' || t === 'null';

export const count: AggregateFunction = {
  kind: 'aggregate', name: 'count', roster: false, minArgs: 0, maxArgs: 1, signature: 'count([cond] [where cond])',
  doc: { en: 'The number of records, or of records where cond is true.', zh: '记录数，或满足条件的记录数。' },
  type: (args) => (args.length === 0 || condition(args[0]) ? 'count' : { argIndex: 0, expected: 'a condition such as rating >= 4', expectedZh: '条件（例如 rating >= 4）' }),
};

/** sum, avg, min, max keep the unit of what they aggregate; avg of a condition is a rate. */
const numericAggregate = (name: string, en: string, zh: string, rateOfBoolean: boolean): AggregateFunction => ({
  kind: 'aggregate', name, roster: false, minArgs: 1, maxArgs: 1, signature: `${name}(x [where cond])`, doc: { en, zh },
  type: (args) => {
    if (rateOfBoolean && args[0] === 'boolean') return 'percent';
    const unit = commonUnit(args);
    return isMismatch(unit) ? { argIndex: 0, expected: 'a number, duration, percent or money', expectedZh: '数值、时长、百分比或金额' } : unit;
  },
});

export const sum = numericAggregate('sum', 'The total of x over the records; nulls are skipped.', 'x 在记录中的合计（跳过空值）。', false);
export const avg = numericAggregate('avg', 'The mean of x over the records; nulls are skipped. avg(cond) is the share of records where cond holds.', 'x 的平均值（跳过空值）；avg(条件) 为满足条件的比例。', true);
export const minAggregate = numericAggregate('min', 'The smallest x over the records.', 'x 在记录中的最小值。', false);
export const maxAggregate = numericAggregate('max', 'The largest x over the records.', 'x 在记录中的最大值。', false);

export const percentile: AggregateFunction = {
  kind: 'aggregate', name: 'percentile', roster: false, minArgs: 2, maxArgs: 2, signature: 'percentile(x [where cond], p)',
  doc: { en: 'The p-th percentile of x (0–100), interpolated linearly as PostgreSQL\'s percentile_cont.', zh: 'x 的第 p 百分位（0–100），线性插值，同 PostgreSQL 的 percentile_cont。' },
  type: (args) => {
    const unit = commonUnit(args.slice(0, 1));
    if (isMismatch(unit)) return unit;
    return args[1] === 'number' || args[1] === 'null' ? unit : { argIndex: 1, expected: 'a percentile between 0 and 100', expectedZh: '0 到 100 之间的百分位' };
  },
};

export const distinct: AggregateFunction = {
  kind: 'aggregate', name: 'distinct', roster: false, minArgs: 1, maxArgs: 1, signature: 'distinct(x [where cond])',
  doc: { en: 'The number of distinct non-null values of x (people rather than sessions).', zh: 'x 的不同非空取值个数（人数而非会话数）。' },
  type: () => 'count',
};

const roster = (name: string, en: string, zh: string): AggregateFunction => ({
  kind: 'aggregate', name, roster: true, minArgs: 0, maxArgs: 0, signature: `${name}()`, doc: { en, zh }, type: () => 'count',
});
export const headcount = roster('headcount', 'Agents on the team or group during the period.', '周期内团队或组的在岗人数。');
export const leavers = roster('leavers', 'Agents whose left_on falls in the period.', '离职日期落在周期内的人数。');
export const joiners = roster('joiners', 'Agents whose hired_on falls in the period.', '入职日期落在周期内的人数。');

export const AGGREGATE_FUNCTIONS: readonly AggregateFunction[] = [
  count, sum, avg, minAggregate, maxAggregate, percentile, distinct, headcount, leavers, joiners,
];

const groupValue = (group: 'team' | 'org', en: string, zh: string): GroupFunction => ({
  kind: 'group', group, name: group, minArgs: 1, maxArgs: 1, signature: `${group}(metric)`, doc: { en, zh },
  type: (args) => args[0],
});
export const team = groupValue('team', 'The value of a metric over all records of the subject\'s team.', '该指标在所属团队全部记录上的值。');
export const org = groupValue('org', 'The value of a metric over all records of the organisation.', '该指标在整个组织全部记录上的值。');

export const GROUP_FUNCTIONS: readonly GroupFunction[] = [team, org];
