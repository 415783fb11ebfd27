import type { PageMessages } from '../i18n/locale';

// The scorecards pages' words, English and Chinese (merged into the catalogue by src/i18n/i18n-provider.ts).
// The language's own diagnostics and docs come from dsl/ in both languages; these are the console's labels.

const en = {
  resources: {
    Scorecard: {
      name: 'Scorecard |||| Scorecards',
      fields: { key: 'Key', label: 'Name', createdAt: 'Created', published: 'In use', draft: 'Draft' },
    },
  },
  ys: {
    scorecards: {
      menu: 'Scorecards',
      list: {
        published: 'v%{version} from %{date}', never_published: 'Never published', no_draft: 'None',
        draft_valid: 'v%{version} ready', draft_invalid: 'v%{version} has errors', empty: 'No scorecards yet.',
      },
      tabs: { source: 'Formula', tables: 'Weights & targets', preview: 'Preview', versions: 'Versions' },
      status: {
        draft: 'Draft v%{version}', published: 'Published v%{version} from %{date}', unsaved: 'Unsaved changes',
        read_only: 'Read only', none_published: 'Not published yet', in_force: 'In force today: v%{version}',
      },
      actions: {
        format: 'Format', save: 'Save draft', publish: 'Publish…', discard: 'Discard draft', create: 'Create scorecard',
        revert: 'Undo unsaved changes',
      },
      editor: {
        label: 'Scorecard source', fix: 'Replace with %{suggestion}', loading: 'Loading the editor…',
        problems: 'Problems', no_problems: 'No problems found.', errors: '%{smart_count} error |||| %{smart_count} errors',
        warnings: '%{smart_count} warning |||| %{smart_count} warnings', line_column: 'line %{line}, column %{column}',
        format_failed: 'Cannot format while the source has syntax errors.', formatted: 'Formatted',
        unchanged: 'Already formatted', hint: 'Ctrl-Space completes names, Ctrl-/ comments a line; hover a name to see what it is.',
      },
      notify: {
        saved: 'Draft v%{version} saved', saved_with_errors: 'Draft v%{version} saved; it has errors to fix before publishing',
        published: 'Version %{version} published, in use from %{date}', discarded: 'Draft discarded', created: 'Scorecard created',
        refused: 'Refused: the source has %{smart_count} problem to fix |||| Refused: the source has %{smart_count} problems to fix',
      },
      publish: {
        title: 'Publish %{key}', effective_from: 'Effective from', effective_hint: 'Scores from this day on (organisation time zone) use the new version; an earlier day re-scores the days since.',
        saves_first: 'Your unsaved changes are saved as the draft first.', confirm: 'Publish', cancel: 'Cancel',
        refused_title: 'Publishing was refused', nothing: 'There is no draft to publish: change the source first.',
      },
      create: {
        title: 'New scorecard', hint: 'The key and name come from the first line: scorecard KEY "Name". The new scorecard is saved as draft v1.',
      },
      tables: {
        weights: 'Weights', targets: 'Targets', kpi: 'KPI', total: 'Total', total_ok: '100%', default: 'default',
        not_declared: 'not a declared kpi', formula_weight: 'written as a formula: %{text}',
        invalid_weight: 'A weight is a percentage from 0 to 100',
        read_only_syntax: 'The tables are read-only while the source has syntax errors: fix them in the formula first.',
        read_only_empty: 'The source has no scorecard block yet.', no_profiles: 'No profile yet: add one in the formula (profile normal default { … }).',
        rewrites: 'Editing a cell rewrites the source through the language formatter; comments are kept.',
        metric: 'Metric', op: 'Compare', value: 'Target', when: 'Only when', add_target: 'Add target', remove: 'Remove',
        invalid_value: 'Not a valid target value', invalid_when: 'Not a valid condition', invalid_metric: 'Choose a metric', no_targets: 'No targets yet.',
      },
      preview: {
        intro: 'Scores the text in the editor over the stored records, beside the published version. Nothing is saved.',
        period: 'Period', period_kind: 'Period type', team: 'Team', all_teams: 'All teams', run: 'Preview', running: 'Scoring…',
        kinds: { month: 'Month', quarter: 'Quarter', week: 'Week', day: 'Day', year: 'Year', range: 'Date range' },
        from: 'From', to: 'To', invalid_period: 'Enter the period as shown, e.g. 2021-03',
        agent: 'Agent', published: 'Published', draft: 'Draft', score: 'Score', rank: 'Rank', change: 'Change',
        not_scored: 'not scored', compared_with: 'Compared with published v%{version}', no_published: 'Nothing published for this period: draft scores only',
        moved_up: '%{smart_count} moves up |||| %{smart_count} move up', moved_down: '%{smart_count} moves down |||| %{smart_count} move down',
        score_changed: '%{smart_count} agent\'s score changes |||| %{smart_count} agents\' scores change',
        band_changed: '%{smart_count} agent changes payout tier |||| %{smart_count} agents change payout tier',
        eligible_changes: '%{gained} newly eligible, %{lost} no longer eligible', no_agents: 'No agent has records in this period.',
        admins_only: 'Only administrators may preview changes.',
      },
      versions: {
        version: 'Version', status: 'Status', author: 'Author', saved: 'Saved', effective: 'Effective from', valid: 'Valid',
        compare: 'Compare', with: 'with', current: 'Text in the editor', no_changes: 'The two texts are the same.',
        added: '+%{smart_count} line |||| +%{smart_count} lines', removed: '−%{smart_count} line |||| −%{smart_count} lines',
        skipped: 'unchanged lines', statuses: { DRAFT: 'Draft', PUBLISHED: 'Published', RETIRED: 'Retired' },
      },
      errors: {
        SCORECARD_INVALID: 'The source has errors: see the problems under the editor.',
        SCORECARD_EXISTS: 'A scorecard with this key exists already: choose another key in the first line.',
        not_found: 'This scorecard does not exist, or you may not see it.',
      },
    },
  },
};

const zh: typeof en = {
  resources: {
    Scorecard: {
      name: '计分卡 |||| 计分卡',
      fields: { key: '标识', label: '名称', createdAt: '创建时间', published: '使用中', draft: '草稿' },
    },
  },
  ys: {
    scorecards: {
      menu: '计分卡',
      list: {
        published: 'v%{version}，自 %{date} 起', never_published: '尚未发布', no_draft: '无',
        draft_valid: 'v%{version} 可发布', draft_invalid: 'v%{version} 有错误', empty: '还没有计分卡。',
      },
      tabs: { source: '公式', tables: '权重与目标', preview: '预览', versions: '版本' },
      status: {
        draft: '草稿 v%{version}', published: '已发布 v%{version}，自 %{date} 起', unsaved: '有未保存的修改',
        read_only: '只读', none_published: '尚未发布', in_force: '今日生效：v%{version}',
      },
      actions: {
        format: '格式化', save: '保存草稿', publish: '发布…', discard: '丢弃草稿', create: '创建计分卡',
        revert: '撤销未保存的修改',
      },
      editor: {
        label: '计分卡源码', fix: '替换为 %{suggestion}', loading: '正在加载编辑器…',
        problems: '问题', no_problems: '没有发现问题。', errors: '%{smart_count} 个错误 |||| %{smart_count} 个错误',
        warnings: '%{smart_count} 个警告 |||| %{smart_count} 个警告', line_column: '第 %{line} 行，第 %{column} 列',
        format_failed: '源码有语法错误，无法格式化。', formatted: '已格式化',
        unchanged: '格式已是规范格式', hint: 'Ctrl-Space 补全名称，Ctrl-/ 注释一行；鼠标悬停在名称上可查看说明。',
      },
      notify: {
        saved: '草稿 v%{version} 已保存', saved_with_errors: '草稿 v%{version} 已保存；发布前需先修正其中的错误',
        published: '版本 %{version} 已发布，自 %{date} 起使用', discarded: '草稿已丢弃', created: '计分卡已创建',
        refused: '被拒绝：源码有 %{smart_count} 个问题需要修正 |||| 被拒绝：源码有 %{smart_count} 个问题需要修正',
      },
      publish: {
        title: '发布 %{key}', effective_from: '生效日期', effective_hint: '从这一天起（按组织时区）的得分使用新版本；选择更早的日期会重新计算此后各天。',
        saves_first: '未保存的修改会先保存为草稿。', confirm: '发布', cancel: '取消',
        refused_title: '发布被拒绝', nothing: '没有可发布的草稿：请先修改源码。',
      },
      create: {
        title: '新建计分卡', hint: '标识和名称取自第一行：scorecard 标识 "名称"。新计分卡保存为草稿 v1。',
      },
      tables: {
        weights: '权重', targets: '目标', kpi: 'KPI', total: '合计', total_ok: '100%', default: '默认',
        not_declared: '不是已声明的 KPI', formula_weight: '以公式书写：%{text}',
        invalid_weight: '权重是 0 到 100 之间的百分比',
        read_only_syntax: '源码有语法错误时表格只读：请先在公式中修正。',
        read_only_empty: '源码中还没有 scorecard 块。', no_profiles: '还没有方案：请在公式中添加（profile normal default { … }）。',
        rewrites: '编辑单元格会通过语言自带的格式化程序改写源码，注释会保留。',
        metric: '指标', op: '比较', value: '目标值', when: '仅当', add_target: '添加目标', remove: '删除',
        invalid_value: '目标值无效', invalid_when: '条件无效', invalid_metric: '请选择指标', no_targets: '还没有目标。',
      },
      preview: {
        intro: '用编辑器中的文本对已存储的记录计分，并与已发布版本对比。不会保存任何内容。',
        period: '周期', period_kind: '周期类型', team: '团队', all_teams: '全部团队', run: '预览', running: '正在计分…',
        kinds: { month: '月', quarter: '季度', week: '周', day: '日', year: '年', range: '日期范围' },
        from: '开始', to: '结束', invalid_period: '请按示例格式输入周期，例如 2021-03',
        agent: '坐席', published: '已发布', draft: '草稿', score: '得分', rank: '排名', change: '变化',
        not_scored: '未计分', compared_with: '对比已发布的 v%{version}', no_published: '此周期没有已发布的版本：仅显示草稿得分',
        moved_up: '%{smart_count} 人排名上升 |||| %{smart_count} 人排名上升', moved_down: '%{smart_count} 人排名下降 |||| %{smart_count} 人排名下降',
        score_changed: '%{smart_count} 人得分变化 |||| %{smart_count} 人得分变化',
        band_changed: '%{smart_count} 人奖金档位变化 |||| %{smart_count} 人奖金档位变化',
        eligible_changes: '新增 %{gained} 人参与评分，%{lost} 人不再参与', no_agents: '此周期没有坐席的记录。',
        admins_only: '只有管理员可以预览修改。',
      },
      versions: {
        version: '版本', status: '状态', author: '作者', saved: '保存时间', effective: '生效日期', valid: '有效',
        compare: '对比', with: '与', current: '编辑器中的文本', no_changes: '两个文本相同。',
        added: '+%{smart_count} 行 |||| +%{smart_count} 行', removed: '−%{smart_count} 行 |||| −%{smart_count} 行',
        skipped: '未改动的行', statuses: { DRAFT: '草稿', PUBLISHED: '已发布', RETIRED: '已停用' },
      },
      errors: {
        SCORECARD_INVALID: '源码有错误：请查看编辑器下方的问题列表。',
        SCORECARD_EXISTS: '已有相同标识的计分卡：请在第一行换一个标识。',
        not_found: '该计分卡不存在，或您无权查看。',
      },
    },
  },
};

export const messages: PageMessages = { en, 'zh-CN': zh };
