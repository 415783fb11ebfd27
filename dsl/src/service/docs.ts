// Short explanations the editor shows for keywords, units, periods, subjects and policies, in both languages
// of the product. Function docs live with the functions (../functions); field types in ../fields.ts.

export type Lang = 'en' | 'zh';

export interface Doc { readonly en: string; readonly zh: string }

const d = (en: string, zh: string): Doc => ({ en, zh });

export const KEYWORD_DOCS: Readonly<Record<string, Doc>> = {
  scorecard: d('A scorecard: metrics, kpis, targets and weight profiles that score agents (or teams) per period.', '评分卡：按周期为坐席（或团队）打分的指标、KPI、目标和权重方案。'),
  compensation: d('A compensation plan: a payout computed from a scorecard\'s score.', '薪酬方案：根据评分卡得分计算的奖金。'),
  period: d('How long each scoring period is: day, week, month, quarter or year.', '评分周期：day、week、month、quarter 或 year。'),
  subject: d('Who is scored: agent (the default), team or group.', '评分对象：agent（默认）、team 或 group。'),
  missing: d('What a null kpi counts as: renormalize (left out, weights rescaled; the default) or zero.', '空 KPI 的处理：renormalize（剔除并重新分配权重，默认）或 zero（记为 0）。'),
  eligible: d('`eligible when cond`: subjects failing cond get no score and no rank.', '`eligible when 条件`：不满足条件的对象不计分、不排名。'),
  field: d('`field name: type` declares a custom record field.', '`field 名称: 类型` 声明自定义记录字段。'),
  metric: d('`metric name "label" = expr [as unit]`: a value computed from the records with aggregates.', '`metric 名称 "标签" = 表达式 [as 单位]`：用聚合函数从记录计算的值。'),
  kpi: d('`kpi name "label" = expr`: a score (usually 0–100) built from metrics; profiles weight kpis.', '`kpi 名称 "标签" = 表达式`：由指标得出的分数（通常 0–100），由权重方案加权。'),
  target: d('`target metric OP value [when cond]`: the first line whose condition holds applies.', '`target 指标 比较 值 [when 条件]`：第一条条件成立的目标生效。'),
  profile: d('`profile name [default] [active A..B] { kpi: weight, … }`: kpi weights summing to 100%.', '`profile 名称 [default] [active A..B] { kpi: 权重, … }`：权重合计须为 100%。'),
  default: d('Marks the profile used when no scheduled profile covers the period.', '标记在没有排期方案覆盖周期时使用的默认方案。'),
  active: d('`active 2026-11-01..2026-11-11`: the days (inclusive) this profile is in force.', '`active 2026-11-01..2026-11-11`：该方案生效的日期（含首尾）。'),
  alert: d('`alert name when cond notify role`: raised for subjects where cond holds.', '`alert 名称 when 条件 notify 角色`：条件成立时发出提醒。'),
  notify: d('Who receives the alert.', '提醒的接收人。'),
  when: d('A condition; null counts as false.', '条件；为空时视为不成立。'),
  where: d('Filters the records an aggregate reads: `avg(x where cond)`.', '过滤聚合函数读取的记录：`avg(x where 条件)`。'),
  as: d('Declares the unit of a metric or kpi.', '声明指标或 KPI 的单位。'),
  tier: d('`tier(x) { >= 90% -> 100 … else -> 0 }`: the first branch that holds wins; null gives null.', '`tier(x) { >= 90% -> 100 … else -> 0 }`：取第一个成立的分支；x 为空则为空。'),
  else: d('The branch taken when no other holds.', '其他分支都不成立时的取值。'),
  if: d('`if cond then a else b`; a null condition counts as false.', '`if 条件 then a else b`；条件为空视为不成立。'),
  then: d('The value when the `if` condition holds.', '`if` 条件成立时的值。'),
  and: d('True when both sides are true; null counts as false.', '两边都成立时为真；空视为假。'),
  or: d('True when either side is true; null counts as false.', '任一边成立时为真；空视为假。'),
  not: d('Negation; not null is true.', '取反；not 空 为真。'),
  true: d('The boolean true.', '布尔值真。'),
  false: d('The boolean false.', '布尔值假。'),
  null: d('No value. Arithmetic with null gives null; `x != null` tests for a value.', '空值。与空值运算得空；`x != null` 判断是否有值。'),
  payout: d('`payout = expr`: the amount paid, exact to the cent.', '`payout = 表达式`：发放金额，精确到分。'),
  cap: d('`cap expr`: the payout never exceeds this.', '`cap 表达式`：发放金额的上限。'),
  floor: d('`floor expr`: the payout never goes below this.', '`floor 表达式`：发放金额的下限。'),
};

export const UNIT_DOCS: Readonly<Record<string, Doc>> = {
  number: d('A plain number.', '普通数值。'),
  percent: d('A fraction shown as a percentage: 90% is 0.9.', '以百分比显示的比例：90% 即 0.9。'),
  duration: d('A length of time in seconds: 30s, 5m, 1.5h, 1d.', '以秒计的时长：30s、5m、1.5h、1d。'),
  count: d('A whole number of things (records, people).', '计数（记录数、人数）。'),
  money: d('An amount of money, exact to the cent.', '金额，精确到分。'),
};

export const PERIOD_DOCS: Readonly<Record<string, Doc>> = {
  day: d('One calendar day in the organisation\'s time zone.', '组织时区内的一个自然日。'),
  week: d('An ISO week, Monday first.', 'ISO 周，周一为第一天。'),
  month: d('A calendar month.', '自然月。'),
  quarter: d('A calendar quarter.', '自然季度。'),
  year: d('A calendar year.', '自然年。'),
};

export const SUBJECT_DOCS: Readonly<Record<string, Doc>> = {
  agent: d('Scores each agent on their own records (the default).', '按坐席自己的记录为每位坐席打分（默认）。'),
  team: d('Scores each team on all its agents\' records; `team.x` reads team attributes.', '按团队全部坐席的记录为团队打分；`team.x` 读取团队属性。'),
  group: d('Scores each group on all its agents\' records; `group.x` reads group attributes.', '按组全部坐席的记录为组打分；`group.x` 读取组属性。'),
};

export const MISSING_DOCS: Readonly<Record<string, Doc>> = {
  renormalize: d('Null kpis are left out and the other weights scaled back to 100% (the default).', '空 KPI 被剔除，其余权重按比例放大到 100%（默认）。'),
  zero: d('A null kpi counts as 0.', '空 KPI 记为 0。'),
};

export const TYPE_NAMES: Readonly<Record<string, Doc>> = {
  string: d('text', '文本'), number: d('number', '数值'), boolean: d('boolean', '布尔'), duration: d('duration', '时长'),
  timestamp: d('timestamp', '时间戳'), percent: d('percent', '百分比'), money: d('money', '金额'), count: d('count', '计数'),
  date: d('date', '日期'), null: d('null', '空'),
};

export const KIND_NAMES: Readonly<Record<string, Doc>> = {
  metric: d('metric', '指标'), kpi: d('kpi', 'KPI'), field: d('record field', '记录字段'), function: d('function', '函数'),
  aggregate: d('aggregate', '聚合函数'), attribute: d('agent attribute', '坐席属性'), unit: d('unit', '单位'),
  keyword: d('keyword', '关键字'), period: d('period', '周期'), subject: d('subject', '评分对象'), profile: d('profile', '权重方案'),
  scorecard: d('scorecard', '评分卡'),
};

export const pick = (doc: Doc | undefined, lang: Lang): string => (doc ? doc[lang] : '');

/** Item keywords that may start a line inside a scorecard or a compensation block. */
export const SCORECARD_ITEM_KEYWORDS = ['period', 'subject', 'missing', 'eligible', 'field', 'metric', 'kpi', 'target', 'profile', 'alert'];
export const COMPENSATION_ITEM_KEYWORDS = ['scorecard', 'period', 'payout', 'cap', 'floor'];
export const TOP_LEVEL_KEYWORDS = ['scorecard', 'compensation'];
