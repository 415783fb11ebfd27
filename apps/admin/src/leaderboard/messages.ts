import type { PageMessages } from '../i18n/locale';

// The leaderboard's words, and the period picker's (shared with the agent page).

export const messages: PageMessages = {
  en: {
    ys: {
      menu: { leaderboard: 'Leaderboard' },
      period: {
        kind: 'Period', kinds: { day: 'Day', week: 'Week', month: 'Month', quarter: 'Quarter', custom: 'Custom range' },
        from: 'From', to: 'To', year: 'Year', previous: 'Previous period', next: 'Next period',
        invalid_day: 'A day as YYYY-MM-DD', invalid_week: 'A week such as 2021-W05', invalid_month: 'A month such as 2021-02',
        invalid_quarter: 'A quarter such as 2021-Q1', range_backwards: 'The range ends before it starts',
        range_too_long: 'At most 3660 days',
      },
      leaderboard: {
        title: 'Leaderboard', scorecard: 'Scorecard', team: 'Team', all_teams: 'All teams', profile: 'Profile',
        profile_in_force: 'As in force (schedule and overrides)', no_scorecards: 'No scorecard is published yet.',
        search: 'Find an agent', eligible_only: 'Eligible only', targets_filter: 'Targets',
        targets_all: 'Any', targets_all_met: 'All targets met', targets_some_missed: 'Some target missed',
        columns: {
          rank: 'Rank', team_rank: 'Team rank', agent: 'Agent', external_id: 'External id', team: 'Team', score: 'Score',
          targets_met: 'Targets met', targets: 'Targets', records: 'Records', profile: 'Profile',
          group: 'Group', kind: 'Kind',
        },
        kinds: { site: 'Site', vendor: 'Vendor' },
        groups_note: 'This scorecard scores groups (sites and vendors): each on all its teams\' records.',
        showing_groups: '%{shown} of %{total} groups',
        not_eligible: 'not eligible', gap: 'gap', export_csv: 'CSV', export_xlsx: 'Excel', exporting: 'Exporting…',
        export_failed: 'The export failed: %{message}', file_name: 'leaderboard',
        empty: 'Nobody was scored for this period.', showing: '%{shown} of %{total} agents',
        truncated: 'Only the first %{count} agents are shown: choose a team to see the others.',
        scored_with: 'Version %{version}, %{from} to %{to}:',
        source: { EXPLICIT: 'chosen', OVERRIDE: 'override', SCHEDULE: 'schedule', DEFAULT: 'default' },
      },
    },
  },
  'zh-CN': {
    ys: {
      menu: { leaderboard: '排行榜' },
      period: {
        kind: '周期', kinds: { day: '日', week: '周', month: '月', quarter: '季度', custom: '自定义范围' },
        from: '开始', to: '结束', year: '年', previous: '上一周期', next: '下一周期',
        invalid_day: '日期格式为 YYYY-MM-DD', invalid_week: '周的格式如 2021-W05', invalid_month: '月份格式如 2021-02',
        invalid_quarter: '季度格式如 2021-Q1', range_backwards: '结束日期早于开始日期', range_too_long: '最多 3660 天',
      },
      leaderboard: {
        title: '排行榜', scorecard: '计分卡', team: '团队', all_teams: '全部团队', profile: '方案',
        profile_in_force: '按生效方案（排期与临时切换）', no_scorecards: '尚未发布任何计分卡。',
        search: '查找坐席', eligible_only: '仅显示符合资格者', targets_filter: '目标',
        targets_all: '全部', targets_all_met: '全部目标达成', targets_some_missed: '有未达成的目标',
        columns: {
          rank: '排名', team_rank: '团队排名', agent: '坐席', external_id: '外部编号', team: '团队', score: '得分',
          targets_met: '达成目标', targets: '目标数', records: '记录数', profile: '方案',
          group: '组别', kind: '类型',
        },
        kinds: { site: '自有站点', vendor: '外包供应商' },
        groups_note: '此计分卡按组别（站点与外包供应商）计分：每个组别基于其所有团队的记录。',
        showing_groups: '显示 %{shown} / %{total} 个组别',
        not_eligible: '不符合资格', gap: '差距', export_csv: 'CSV', export_xlsx: 'Excel', exporting: '正在导出…',
        export_failed: '导出失败：%{message}', file_name: '排行榜',
        empty: '该周期内没有任何坐席被计分。', showing: '显示 %{shown} / %{total} 名坐席',
        truncated: '仅显示前 %{count} 名坐席：请选择团队查看其他坐席。',
        scored_with: '版本 %{version}，%{from} 至 %{to}：',
        source: { EXPLICIT: '指定', OVERRIDE: '临时切换', SCHEDULE: '排期', DEFAULT: '默认' },
      },
    },
  },
};
