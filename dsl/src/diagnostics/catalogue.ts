import type { Span } from '../ast/nodes';
import type { Diagnostic, Severity } from './diagnostic';

type Args = Readonly<Record<string, string | number>>;

interface MessageDef {
  readonly severity: Severity;
  readonly en: (a: Args) => string;
  readonly zh: (a: Args) => string;
}

const def = (severity: Severity, en: (a: Args) => string, zh: (a: Args) => string): MessageDef => ({ severity, en, zh });

/**
 * Every diagnostic the language can produce, in English and Chinese. Codes are stable: never reuse
 * or renumber one. YS0xx lexical, syntax and limits; YS1xx names and scopes; YS2xx units and types;
 * YS3xx scoring structure (profiles, tiers, targets, settings); YS4xx compensation.
 */
export const CATALOGUE = {
  // -- lexical and syntax
  YS001: def('error', (a) => `unexpected character \`${a.text}\``, (a) => `无法识别的字符 \`${a.text}\``),
  YS002: def('error', () => 'unterminated string: add the closing `"`', () => '字符串没有结束：请补上 `"`'),
  YS003: def('error', (a) => `malformed number \`${a.text}\``, (a) => `数字格式错误 \`${a.text}\``),
  YS004: def('error', (a) => `invalid date \`${a.text}\`: write YYYY-MM-DD with a real day`, (a) => `日期无效 \`${a.text}\`：请写成 YYYY-MM-DD 且日期真实存在`),
  YS005: def('error', (a) => `unknown escape \`${a.text}\` in string: only \\" and \\\\ are allowed`, (a) => `字符串中的转义 \`${a.text}\` 无效：只允许 \\" 和 \\\\`),
  YS009: def('error', (a) => `internal error while reading this source (${a.reason}); please report it`, (a) => `读取源文件时发生内部错误（${a.reason}），请报告此问题`),
  YS010: def('error', (a) => `expected ${a.expected} but found ${a.found}`, (a) => `此处应为${a.expectedZh}，却是${a.foundZh ?? a.found}`),
  YS011: def('error', (a) => `unexpected ${a.found}`, (a) => `多余的${a.foundZh ?? a.found}`),
  YS012: def('error', (a) => `\`${a.open}\` is never closed`, (a) => `\`${a.open}\` 没有闭合`),
  YS013: def('error', () => 'a date is only allowed in an `active` range', () => '日期只能用在 `active` 区间中'),
  YS014: def('error', () => '`where` is only allowed in the first argument of an aggregate', () => '`where` 只能写在聚合函数的第一个参数里'),
  YS015: def('error', (a) => `\`${a.name}\` is a reserved word and cannot be used as a name`, (a) => `\`${a.name}\` 是保留字，不能用作名称`),
  YS016: def('error', () => 'comparisons cannot be chained: write `a < b and b < c`', () => '比较运算不能连写：请写成 `a < b and b < c`'),
  YS020: def('error', (a) => `the source is too large (${a.size} characters; the limit is ${a.limit})`, (a) => `源文件过大（${a.size} 个字符，上限 ${a.limit}）`),
  YS021: def('error', (a) => `expression nested too deeply (the limit is ${a.limit} levels)`, (a) => `表达式嵌套过深（上限 ${a.limit} 层）`),
  YS022: def('error', (a) => `scorecard too large (${a.count} nodes; the limit is ${a.limit})`, (a) => `评分卡过大（${a.count} 个节点，上限 ${a.limit}）`),
  YS023: def('error', (a) => `too many syntax errors: stopped reading after ${a.limit}`, (a) => `语法错误过多：已在 ${a.limit} 个之后停止读取`),

  // -- names and scopes
  YS100: def('error', (a) => `unknown field \`${a.name}\`${a.hint}`, (a) => `未知字段 \`${a.name}\`${a.hintZh}`),
  YS101: def('error', (a) => `\`${a.name}\` is already defined on line ${a.line}`, (a) => `\`${a.name}\` 已在第 ${a.line} 行定义`),
  YS102: def('error', (a) => `unknown function \`${a.name}\`${a.hint}`, (a) => `未知函数 \`${a.name}\`${a.hintZh}`),
  YS103: def('error', (a) => `\`${a.name}\` takes ${a.expected} but was given ${a.given}`, (a) => `\`${a.name}\` 需要${a.expectedZh}，实际给了 ${a.given} 个`),
  YS104: def('error', (a) => `unknown metric or kpi \`${a.name}\`${a.hint}`, (a) => `未知的指标或 KPI \`${a.name}\`${a.hintZh}`),
  YS105: def('error', (a) => `record field \`${a.name}\` can only be used inside an aggregate such as count() or avg()`, (a) => `记录字段 \`${a.name}\` 只能在 count()、avg() 等聚合函数中使用`),
  YS106: def('error', (a) => `\`${a.name}\` is a ${a.what}; inside an aggregate only record fields are in scope`, (a) => `\`${a.name}\` 是${a.whatZh}；聚合函数内只能使用记录字段`),
  YS107: def('error', (a) => `aggregate \`${a.name}\` is only allowed in a metric`, (a) => `聚合函数 \`${a.name}\` 只能用在 metric 中`),
  YS108: def('error', (a) => `aggregate \`${a.name}\` cannot be nested inside another aggregate`, (a) => `聚合函数 \`${a.name}\` 不能嵌套在另一个聚合函数中`),
  YS109: def('error', (a) => `cycle: ${a.path}`, (a) => `循环引用：${a.path}`),
  YS110: def('error', (a) => `\`agent.${a.name}\` looks like a misspelt built-in attribute${a.hint}`, (a) => `\`agent.${a.name}\` 疑似内置坐席属性拼写错误${a.hintZh}`),
  YS111: def('error', (a) => `\`${a.object}.\` is not available in a scorecard whose subject is ${a.subject}`, (a) => `主体为 ${a.subject} 的评分卡中不能使用 \`${a.object}.\``),
  YS112: def('error', (a) => `\`${a.name}\` needs a metric name, e.g. ${a.name}(aht)`, (a) => `\`${a.name}\` 需要一个指标名称，例如 ${a.name}(aht)`),
  YS113: def('error', (a) => `unknown name \`${a.name}.\`: use agent., team. or group.`, (a) => `未知名称 \`${a.name}.\`：请使用 agent.、team. 或 group.`),
  YS114: def('error', (a) => `\`${a.name}\` is a built-in field and cannot be declared again`, (a) => `\`${a.name}\` 是内置字段，不能重复声明`),
  YS115: def('error', (a) => `unknown field type \`${a.name}\`: use string, number, boolean, duration, timestamp, percent or money`, (a) => `未知字段类型 \`${a.name}\`：请使用 string、number、boolean、duration、timestamp、percent 或 money`),
  YS116: def('error', (a) => `roster aggregate \`${a.name}\` needs a team or group subject`, (a) => `人员聚合 \`${a.name}\` 只能用于主体为 team 或 group 的评分卡`),
  YS117: def('warning', (a) => `metric \`${a.name}\` reads no records and no other metric: it is a constant`, (a) => `指标 \`${a.name}\` 既不读取记录也不引用其他指标：它是一个常数`),
  YS118: def('error', (a) => `\`${a.name}(…)\` reads a metric and cannot be used inside an aggregate`, (a) => `\`${a.name}(…)\` 读取的是指标，不能用在聚合函数内`),
  YS119: def('error', (a) => `\`where\` filters the records of an aggregate, and \`${a.name}\` is not one`, (a) => `\`where\` 用于筛选聚合函数的记录，而 \`${a.name}\` 不是聚合函数`),
  YS199: def('error', (a) => `internal error while checking this source (${a.reason}); please report it`, (a) => `检查源文件时发生内部错误（${a.reason}），请报告此问题`),

  // -- units and types
  YS200: def('error', (a) => `cannot ${a.verb} ${a.left} and ${a.right}`, (a) => `不能对 ${a.left} 和 ${a.right} 进行${a.verbZh}`),
  YS201: def('error', (a) => `expected ${a.expected} but \`${a.text}\` is ${a.actual}`, (a) => `此处需要${a.expectedZh}，但 \`${a.text}\` 是${a.actualZh}`),
  YS202: def('error', (a) => `unknown unit \`${a.name}\`: use number, percent, duration, count or money`, (a) => `未知单位 \`${a.name}\`：请使用 number、percent、duration、count 或 money`),
  YS203: def('error', (a) => `\`as ${a.declared}\` does not fit a value that is ${a.actual}`, (a) => `\`as ${a.declared}\` 与值的类型（${a.actualZh}）不符`),
  YS204: def('error', (a) => `\`${a.name}\` cannot be aggregated: ${a.reason}`, (a) => `\`${a.name}\` 不能聚合：${a.reasonZh}`),
  YS205: def('error', () => 'the percentile must be a constant between 0 and 100', () => '百分位必须是 0 到 100 之间的常数'),
  YS206: def('error', () => '`round` needs a whole number of digits between 0 and 12', () => '`round` 的小数位数必须是 0 到 12 之间的整数'),

  // -- scoring structure
  YS300: def('error', (a) => `weights of profile \`${a.name}\` sum to ${a.sum}, ${a.diff} ${a.direction} 100%`, (a) => `配置 \`${a.name}\` 的权重合计 ${a.sum}，比 100% ${a.directionZh} ${a.diff}`),
  YS301: def('error', (a) => `unknown kpi \`${a.name}\` in profile${a.hint}`, (a) => `配置中未知的 KPI \`${a.name}\`${a.hintZh}`),
  YS302: def('error', () => 'a weight must be a constant percentage between 0% and 100%, such as 40%', () => '权重必须是 0% 到 100% 之间的常数百分比，例如 40%'),
  YS303: def('error', (a) => `kpi \`${a.name}\` is weighted twice in this profile`, (a) => `KPI \`${a.name}\` 在此配置中重复设置了权重`),
  YS304: def('error', (a) => `active ranges of \`${a.first}\` and \`${a.second}\` overlap (${a.from}..${a.to})`, (a) => `\`${a.first}\` 与 \`${a.second}\` 的生效区间重叠（${a.from}..${a.to}）`),
  YS305: def('error', () => 'the range ends before it starts', () => '区间的结束日期早于开始日期'),
  YS306: def('error', () => 'no profile is marked `default`', () => '没有标记为 `default` 的配置'),
  YS307: def('error', (a) => `only one profile can be \`default\`; \`${a.other}\` on line ${a.line} already is`, (a) => `只能有一个 \`default\` 配置，第 ${a.line} 行的 \`${a.other}\` 已是默认配置`),
  YS308: def('error', () => 'a scorecard needs at least one profile with weights', () => '评分卡至少需要一个带权重的配置'),
  YS310: def('error', () => '`tier` must end with an `else` branch', () => '`tier` 必须以 `else` 分支结束'),
  YS311: def('warning', (a) => `this branch can never win: \`${a.previous}\` on line ${a.line} already covers it`, (a) => `此分支永远不会生效：第 ${a.line} 行的 \`${a.previous}\` 已覆盖它`),
  YS312: def('error', () => 'a tier threshold must be a constant', () => '分档阈值必须是常数'),
  YS320: def('error', (a) => `\`target\` needs a metric; \`${a.name}\` is ${a.what}`, (a) => `\`target\` 需要一个指标；\`${a.name}\` 是${a.whatZh}`),
  YS321: def('warning', (a) => `this target for \`${a.name}\` can never apply: the target on line ${a.line} has no \`when\` and always applies first`, (a) => `\`${a.name}\` 的此目标永远不会生效：第 ${a.line} 行的目标没有 \`when\`，总是先生效`),
  YS330: def('error', (a) => `unknown period \`${a.name}\`: use day, week, month, quarter or year`, (a) => `未知周期 \`${a.name}\`：请使用 day、week、month、quarter 或 year`),
  YS331: def('error', (a) => `unknown subject \`${a.name}\`: use agent, team or group`, (a) => `未知主体 \`${a.name}\`：请使用 agent、team 或 group`),
  YS332: def('error', (a) => `unknown missing policy \`${a.name}\`: use renormalize or zero`, (a) => `未知缺失策略 \`${a.name}\`：请使用 renormalize 或 zero`),
  YS333: def('error', (a) => `\`${a.name}\` is set twice`, (a) => `\`${a.name}\` 重复设置`),
  YS334: def('error', (a) => `unknown recipient \`${a.name}\`: use agent, supervisor, admin or hr`, (a) => `未知通知对象 \`${a.name}\`：请使用 agent、supervisor、admin 或 hr`),
  YS335: def('warning', (a) => `kpi \`${a.name}\` has no weight in any profile`, (a) => `KPI \`${a.name}\` 在任何配置中都没有权重`),

  // -- compensation
  YS400: def('error', (a) => `unknown scorecard \`${a.name}\`${a.hint}`, (a) => `未知评分卡 \`${a.name}\`${a.hintZh}`),
  YS401: def('error', (a) => `compensation \`${a.name}\` needs ${a.missing}`, (a) => `薪酬规则 \`${a.name}\` 缺少 ${a.missing}`),
  YS402: def('error', (a) => `unknown name \`${a.name}\`: a compensation rule can use \`score\` and \`agent.\` attributes${a.hint}`, (a) => `未知名称 \`${a.name}\`：薪酬规则中只能使用 \`score\` 和 \`agent.\` 属性${a.hintZh}`),
} as const satisfies Record<string, MessageDef>;

export type DiagnosticCode = keyof typeof CATALOGUE;

/** Builds a diagnostic from the catalogue; `args` fill the message templates of both languages. */
export function diagnostic(code: DiagnosticCode, span: Span, args: Args = {}, suggestion?: string): Diagnostic {
  const entry: MessageDef = CATALOGUE[code];
  return {
    code,
    severity: entry.severity,
    message: entry.en(args),
    messageZh: entry.zh(args),
    span,
    ...(suggestion === undefined ? {} : { suggestion }),
  };
}
