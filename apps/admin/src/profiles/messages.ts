import type { PageMessages } from '../i18n/locale';

export const messages: PageMessages = {
  en: {
    ys: {
      menu: { profiles: 'Profiles' },
      profiles: {
        title: 'Profiles', now_in_force: 'In force now', no_version: 'No version of this scorecard is in force today.',
        override_until: 'until %{to}: %{reason}', switch_now: 'Switch to %{profile} now…', back_to_normal: 'Back to normal',
        switch_title: 'Switch to %{profile}', switch: 'Switch', switched: 'Profile switched', ended: 'Override ended',
        profile: 'Profile', from: 'From', until: 'Until', reason: 'Reason', set_by: 'Set by', status: 'Status',
        reason_hint: 'Everyone paid by this scorecard may ask why: say what the switch is for.',
        zone_hint: 'Time in %{zone}', until_days_0: 'End of today', until_days_1: 'End of tomorrow', until_days_3: '+3 days',
        until_days_7: '+1 week',
        problems: {
          profile_required: 'Choose a profile', time_required: 'A date and time', to_after_from: 'Must be after the start',
          reason_required: 'Say why the profile is switched', reason_too_long: 'At most 1000 characters',
        },
        timeline: 'Timeline', in_force: 'In force', overrides: 'Overrides', now: 'Now', cleared: 'cleared',
        window_today: 'Around today', window_year: 'Whole year', window_scheduled: '%{profile}: %{from}..%{to}',
        no_overrides: 'No override has been set for this scorecard.',
        statuses: { cleared: 'cleared', over: 'over', running: 'in effect', ahead: 'planned' },
        end_now: 'End now', cancel_override: 'Cancel', end_title: 'End this override?',
        end_content: 'Scores go back to the schedule (or the default profile) from now on. The override stays listed.',
        one_at_a_time: 'Overrides may not overlap: go back to normal before switching to another profile.',
        errors: {
          PROFILE_OVERRIDE_OVERLAPS: 'Another override covers part of this time: end it first, or choose other times.',
          PROFILE_UNKNOWN: 'A version in force during this time has no such profile.',
          SCORECARD_NO_VERSION_IN_FORCE: 'No version of the scorecard is in force then.',
          BAD_USER_INPUT: 'The api refused the values:',
        },
      },
    },
  },
  'zh-CN': {
    ys: {
      menu: { profiles: '考核方案' },
      profiles: {
        title: '考核方案', now_in_force: '当前生效', no_version: '今天没有生效的计分卡版本。',
        override_until: '至 %{to}：%{reason}', switch_now: '立即切换为%{profile}…', back_to_normal: '恢复正常',
        switch_title: '切换为%{profile}', switch: '切换', switched: '方案已切换', ended: '临时切换已结束',
        profile: '方案', from: '开始', until: '结束', reason: '原因', set_by: '设置人', status: '状态',
        reason_hint: '按此计分卡计薪的每个人都可能询问原因：请说明切换的目的。',
        zone_hint: '时区 %{zone}', until_days_0: '今天结束', until_days_1: '明天结束', until_days_3: '+3 天', until_days_7: '+1 周',
        problems: {
          profile_required: '请选择方案', time_required: '请填写日期和时间', to_after_from: '必须晚于开始时间',
          reason_required: '请说明切换原因', reason_too_long: '最多 1000 个字符',
        },
        timeline: '时间线', in_force: '生效方案', overrides: '临时切换', now: '现在', cleared: '已撤销',
        window_today: '今天前后', window_year: '全年', window_scheduled: '%{profile}：%{from}..%{to}',
        no_overrides: '此计分卡尚无临时切换。',
        statuses: { cleared: '已撤销', over: '已结束', running: '生效中', ahead: '计划中' },
        end_now: '立即结束', cancel_override: '取消', end_title: '结束此临时切换？',
        end_content: '从现在起得分恢复按排期（或默认方案）计算。该记录仍会保留在列表中。',
        one_at_a_time: '临时切换不能重叠：请先恢复正常，再切换到其他方案。',
        errors: {
          PROFILE_OVERRIDE_OVERLAPS: '这段时间已有其他临时切换：请先结束它，或选择其他时间。',
          PROFILE_UNKNOWN: '这段时间生效的某个版本没有该方案。',
          SCORECARD_NO_VERSION_IN_FORCE: '该时间没有生效的计分卡版本。',
          BAD_USER_INPUT: '服务拒绝了这些值：',
        },
      },
    },
  },
};
