// Every message the service sends to a person (a rejected row, an input error, a refused request), in English and
// Chinese, keyed by a stable code: never reuse or rename one. Templates name their parameters as `{name}`; both
// languages use the same ones (catalogue.spec.ts checks). The API sends the English text as `reason`/`message`
// and the Chinese as `reasonZh`/`messageZh`, so a client shows the language its user reads.

interface Template {
  readonly en: string;
  readonly zh: string;
}

export const MESSAGES = {
  // -- a row's value cannot be read as its field's type (the English text is INVALID_REASON's)
  'row.not_string': { en: 'is not a text', zh: '不是文本' },
  'row.not_number': { en: 'is not a number', zh: '不是数字' },
  'row.not_count': { en: 'is not a number', zh: '不是数字' },
  'row.not_money': { en: 'is not an amount', zh: '不是金额' },
  'row.not_percent': { en: 'is not a percentage (write 0.85 or 85%)', zh: '不是百分比（请写 0.85 或 85%）' },
  'row.not_boolean': { en: 'is not a boolean (write Y/N, yes/no, true/false or 1/0)', zh: '不是布尔值（请写 Y/N、yes/no、true/false 或 1/0）' },
  'row.not_duration': { en: 'is not a duration (write seconds or HH:MM:SS)', zh: '不是时长（请写秒数或 HH:MM:SS）' },
  'row.not_timestamp': {
    en: 'is not a timestamp (write 2021-01-05T09:12:58, optionally with Z or an offset like +08:00)',
    zh: '不是时间戳（请写 2021-01-05T09:12:58，可带 Z 或 +08:00 这样的时区偏移）',
  },
  // -- a row as a whole
  'row.column_count': { en: 'expected {width} columns as in the header, found {found}', zh: '应与表头一样有 {width} 列，实际为 {found} 列' },
  'row.agent_missing': { en: 'the agent is missing', zh: '缺少坐席（agent）' },
  'row.occurred_at_missing': { en: 'occurred_at is missing', zh: '缺少发生时间（occurred_at）' },
  'row.field_missing': { en: '{field} is missing', zh: '缺少 {field}' },
  'row.nul_character': { en: 'contains a NUL character, which cannot be stored', zh: '含有无法存储的 NUL 字符' },
  'row.too_long': { en: 'is longer than {max} characters', zh: '超过 {max} 个字符' },
  'row.unknown_agent': { en: 'no agent has the external id {agent}: create the agent first', zh: '没有外部编号为 {agent} 的坐席：请先创建该坐席' },
  'row.unknown_team': { en: 'no team is called {team}', zh: '没有名为 {team} 的团队' },
  'row.builtin_in_custom': {
    en: 'is a built-in field: give it as a field of the record, not in custom',
    zh: '是内置字段：请作为记录的字段填写，不要放在 custom 中',
  },
  'row.unknown_custom_field': { en: 'is not a defined custom field (see allFieldDefinitions)', zh: '不是已定义的自定义字段（见 allFieldDefinitions）' },
  'row.unreadable': { en: '{detail}', zh: '无法读取此行：{detail}' },
  'row.invalid': { en: '{detail}', zh: '此行无效：{detail}' },
  // -- an input field (GraphQL arguments): zod issues by issue code, then a generic fallback
  'input.required': { en: 'is required', zh: '必填' },
  'input.invalid_type': { en: 'expected {expected}', zh: '类型不对：应为 {expected}' },
  'input.too_short': { en: 'must have at least {minimum} characters', zh: '至少 {minimum} 个字符' },
  'input.too_long': { en: 'must have at most {maximum} characters', zh: '最多 {maximum} 个字符' },
  'input.too_few': { en: 'must have at least {minimum} items', zh: '至少 {minimum} 项' },
  'input.too_many': { en: 'must have at most {maximum} items', zh: '最多 {maximum} 项' },
  'input.too_small': { en: 'must be at least {minimum}', zh: '不能小于 {minimum}' },
  'input.too_big': { en: 'must be at most {maximum}', zh: '不能大于 {maximum}' },
  'input.invalid_format': { en: 'is not a valid {format}', zh: '不是有效的 {format}' },
  'input.invalid_value': { en: 'must be one of {values}', zh: '必须是以下之一：{values}' },
  'input.unrecognized_keys': { en: 'unknown keys: {keys}', zh: '未知的键：{keys}' },
  'input.not_multiple_of': { en: 'must be a multiple of {divisor}', zh: '必须是 {divisor} 的倍数' },
  'input.invalid': { en: '{detail}', zh: '输入无效：{detail}' },
  // -- a refused ingest request (nothing stored): the English is the api's own text, the Chinese says what kind
  'ingest.unsupported_media_type': { en: '{detail}', zh: '不支持的请求格式（只接受 UTF-8 的 CSV 或 NDJSON，可用 gzip 压缩）：{detail}' },
  'ingest.bad_request': { en: '{detail}', zh: '导入请求无效，未存储任何数据：{detail}' },
  'ingest.aborted': { en: '{detail}', zh: '请求体未完整送达，未存储任何数据：{detail}' },
  'ingest.conflict': { en: '{detail}', zh: '与同时进行的修改冲突，未存储任何数据，请重新发送：{detail}' },
  'ingest.busy': { en: '{detail}', zh: '同时进行的导入过多，请稍后重试：{detail}' },
  'ingest.mapping_name_taken': { en: '{detail}', zh: '列映射名称已被使用：{detail}' },
} as const satisfies Readonly<Record<string, Template>>;

export type MessageCode = keyof typeof MESSAGES;
export type MessageParams = Readonly<Record<string, string | number>>;
export type Language = 'en' | 'zh';

/** The parameter names a template uses, in order of first use. */
export function templateParams(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))];
}

/** The message of `code` in `language`, its `{name}`s replaced by `params` (a missing one stays as written). */
export function formatMessage(code: MessageCode, params: MessageParams = {}, language: Language = 'en'): string {
  const template: string = MESSAGES[code][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Both texts of a message, as the API sends them. */
export function bilingual(code: MessageCode, params: MessageParams = {}): { readonly en: string; readonly zh: string } {
  return { en: formatMessage(code, params, 'en'), zh: formatMessage(code, params, 'zh') };
}
