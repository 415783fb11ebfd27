import type { PageMessages } from '../i18n/locale';

export const messages: PageMessages = {
  en: {
    ys: {
      agent_page: {
        title: 'Scores of %{name}', back: 'Leaderboard', score: 'Score', rank: 'Rank', team_rank: 'Team rank',
        records_label: 'Records', profile: 'Profile', not_scored: 'This agent was not scored in this period.',
        trend: 'Trend', trend_length: 'Over', periods: '%{smart_count} period |||| %{smart_count} periods',
        kpis: 'KPIs', targets: 'Targets', no_targets: 'The scorecard sets no targets.',
        kpi: 'KPI', value: 'Value', weight_column: 'Weight', points: 'Points in the score',
        metric: 'Metric', target: 'Target', actual: 'Actual', gap: 'Gap', met: 'met', missed: 'missed', yes: 'yes', no: 'no',
        explanation_for: 'Why this score (%{period})', as_tree: 'Tree', as_text: 'Text',
        records_note: 'Each aggregate shows how many of the agent\'s records it used; "Records" lists them.',
        open_records: 'Records', records_of: 'Records used by %{aggregate}', previous_page: 'Previous', next_page: 'Next',
        close: 'Close',
        record_columns: {
          occurred_at: 'Time', record: 'Record',
        },
        unreadable: 'The explanation could not be read.', expand_all: 'Expand all', collapse_all: 'Collapse all',
        expand: 'Expand', collapse: 'Collapse', weight: 'weight %{weight}', branch: 'branch %{branch}',
        records: '%{smart_count} record |||| %{smart_count} records',
        kinds: {
          score: 'score', segment: 'segment', kpi: 'kpi', metric: 'metric', aggregate: 'aggregate', expression: 'formula',
          target: 'target', eligibility: 'eligible',
        },
      },
    },
  },
  'zh-CN': {
    ys: {
      agent_page: {
        title: '%{name} 的得分', back: '排行榜', score: '得分', rank: '排名', team_rank: '团队排名',
        records_label: '记录数', profile: '方案', not_scored: '该坐席在此周期内没有得分。',
        trend: '趋势', trend_length: '范围', periods: '%{smart_count} 个周期',
        kpis: '考核指标', targets: '目标', no_targets: '该计分卡未设定目标。',
        kpi: '考核指标', value: '数值', weight_column: '权重', points: '计入得分',
        metric: '指标', target: '目标', actual: '实际', gap: '差距', met: '达成', missed: '未达成', yes: '是', no: '否',
        explanation_for: '得分说明（%{period}）', as_tree: '树形', as_text: '文本',
        records_note: '每个聚合显示它使用了该坐席的多少条记录；点击“记录”可逐条查看。',
        open_records: '记录', records_of: '%{aggregate} 使用的记录', previous_page: '上一页', next_page: '下一页',
        close: '关闭',
        record_columns: {
          occurred_at: '时间', record: '记录',
        },
        unreadable: '无法读取得分说明。', expand_all: '全部展开', collapse_all: '全部折叠',
        expand: '展开', collapse: '折叠', weight: '权重 %{weight}', branch: '分支 %{branch}',
        records: '%{smart_count} 条记录',
        kinds: {
          score: '得分', segment: '时段', kpi: '考核', metric: '指标', aggregate: '聚合', expression: '公式',
          target: '目标', eligibility: '资格',
        },
      },
    },
  },
};
