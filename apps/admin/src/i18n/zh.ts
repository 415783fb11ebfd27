import type { TranslationMessages } from 'react-admin';
import type { englishConsoleMessages } from './en';

// The console in Simplified Chinese: react-admin's own messages (every ra.* key of ra-language-english, written
// here, so no screen falls back to English) and the console's keys (the same as en.ts). Plural forms keep
// polyglot's `||||` separator (Chinese uses one form for both).

const chineseRaMessages: TranslationMessages = {
  ra: {
    action: {
      add_filter: '添加筛选', add: '添加', back: '返回', bulk_actions: '已选择 %{smart_count} 项',
      cancel: '取消', clear_array_input: '清空列表', clear_input_value: '清除', clone: '复制', confirm: '确认',
      create: '新建', create_item: '新建 %{item}', delete: '删除', edit: '编辑', export: '导出', list: '列表',
      refresh: '刷新', remove_filter: '移除此筛选', remove_all_filters: '移除全部筛选', remove: '移除', reset: '重置',
      save: '保存', search: '搜索', search_columns: '搜索列', select_all: '全选', select_all_button: '全选',
      select_row: '选择此行', show: '查看', sort: '排序', undo: '撤销', unselect: '取消选择', expand: '展开',
      close: '关闭', open_menu: '打开菜单', close_menu: '关闭菜单', update: '更新', move_up: '上移', move_down: '下移',
      open: '打开', toggle_theme: '切换明暗主题', select_columns: '列', update_application: '重新加载应用',
    },
    boolean: { true: '是', false: '否', null: ' ' },
    page: {
      create: '新建%{name}', dashboard: '首页', edit: '%{name} %{recordRepresentation}', error: '出错了',
      list: '%{name}', loading: '加载中', not_found: '未找到', show: '%{name} %{recordRepresentation}',
      empty: '还没有%{name}。', invite: '要新建一个吗？', access_denied: '无权访问', authentication_error: '认证出错',
    },
    input: {
      file: { upload_several: '拖放文件到此处上传，或点击选择文件。', upload_single: '拖放一个文件到此处上传，或点击选择文件。' },
      image: { upload_several: '拖放图片到此处上传，或点击选择图片。', upload_single: '拖放一张图片到此处上传，或点击选择图片。' },
      references: {
        all_missing: '找不到关联的数据。', many_missing: '至少有一项关联的数据已不存在。', single_missing: '关联的数据已不存在。',
      },
      password: { toggle_visible: '隐藏密码', toggle_hidden: '显示密码' },
    },
    message: {
      about: '关于', access_denied: '您没有访问此页面的权限', are_you_sure: '确定吗？',
      authentication_error: '认证服务返回错误，无法验证您的身份。', auth_error: '验证登录令牌时出错。',
      bulk_delete_content: '确定要删除这个%{name}吗？ |||| 确定要删除这 %{smart_count} 项吗？',
      bulk_delete_title: '删除%{name} |||| 删除 %{smart_count} 个%{name}',
      bulk_update_content: '确定要更新%{name} %{recordRepresentation} 吗？ |||| 确定要更新这 %{smart_count} 项吗？',
      bulk_update_title: '更新%{name} %{recordRepresentation} |||| 更新 %{smart_count} 个%{name}',
      clear_array_input: '确定要清空整个列表吗？', delete_content: '确定要删除这个%{name}吗？',
      delete_title: '删除%{name} %{recordRepresentation}', details: '详情', error: '客户端出错，请求未能完成。',
      invalid_form: '表单有误，请检查标出的字段', loading: '请稍候', no: '否',
      not_found: '网址输入有误，或链接已失效。',
      select_all_limit_reached: '项目太多，无法全部选择，只选择了前 %{max} 项。',
      unsaved_changes: '有修改尚未保存，确定要放弃吗？', yes: '是', placeholder_data_warning: '网络问题：数据刷新失败。',
    },
    navigation: {
      clear_filters: '清除筛选', no_filtered_results: '当前筛选条件下没有%{name}。', no_results: '没有%{name}',
      no_more_results: '第 %{page} 页超出范围，请返回上一页。', page_out_of_boundaries: '第 %{page} 页超出范围',
      page_out_from_end: '已是最后一页', page_out_from_begin: '已是第一页',
      page_range_info: '第 %{offsetBegin}-%{offsetEnd} 项，共 %{total} 项',
      partial_page_range_info: '第 %{offsetBegin}-%{offsetEnd} 项，共超过 %{offsetEnd} 项',
      current_page: '第 %{page} 页', page: '转到第 %{page} 页', first: '转到第一页', last: '转到最后一页',
      next: '转到下一页', previous: '转到上一页', page_rows_per_page: '每页行数：', skip_nav: '跳到内容',
    },
    sort: { sort_by: '按%{field_lower_first}%{order}排序', ASC: '升序', DESC: '降序' },
    auth: {
      auth_check_error: '请登录后继续', user_menu: '个人资料', username: '用户名', password: '密码', email: '邮箱',
      sign_in: '登录', sign_in_error: '登录失败，请重试', logout: '退出登录',
    },
    notification: {
      updated: '已更新 |||| 已更新 %{smart_count} 项', created: '已创建', deleted: '已删除 |||| 已删除 %{smart_count} 项',
      bad_item: '数据有误', item_doesnt_exist: '该项不存在', http_error: '与服务器通信出错',
      data_provider_error: '数据服务出错，详情见浏览器控制台。', i18n_error: '无法加载所选语言的翻译',
      canceled: '操作已取消', logged_out: '会话已结束，请重新登录。', not_authorized: '您无权访问此资源。',
      application_update_available: '有新版本可用。', offline: '网络已断开，无法获取数据。',
    },
    validation: {
      required: '必填', minLength: '至少 %{min} 个字符', maxLength: '最多 %{max} 个字符', minValue: '不能小于 %{min}',
      maxValue: '不能大于 %{max}', number: '必须是数字', email: '必须是有效的邮箱地址', oneOf: '必须是以下之一：%{options}',
      regex: '格式不正确（须匹配 %{pattern}）', unique: '不能重复',
    },
    saved_queries: {
      label: '已保存的查询', query_name: '查询名称', new_label: '保存当前查询…', new_dialog_title: '将当前查询保存为',
      remove_label: '删除已保存的查询', remove_label_with_name: '删除查询“%{name}”', remove_dialog_title: '删除已保存的查询？',
      remove_message: '确定要从已保存的查询中删除这一项吗？', help: '筛选列表并保存此查询以便下次使用',
    },
    guesser: { empty: { title: '没有可显示的数据', message: '请检查数据服务' } },
    configurable: {
      customize: '自定义', configureMode: '配置此页面',
      inspector: { title: '检查器', content: '将鼠标移到界面元素上进行配置', reset: '重置设置', hideAll: '全部隐藏', showAll: '全部显示' },
      Datagrid: { title: '数据表', unlabeled: '未命名列 #%{column}' },
      SimpleForm: { title: '表单', unlabeled: '未命名输入 #%{input}' },
      SimpleList: { title: '列表', primaryText: '主要文字', secondaryText: '次要文字', tertiaryText: '第三行文字' },
    },
  },
};

export const chineseConsoleMessages: typeof englishConsoleMessages = {
  resources: {
    Agent: {
      name: '坐席 |||| 坐席',
      fields: {
        id: '编号', externalId: '外部编号', name: '姓名', teamId: '团队', team: '团队', hiredOn: '入职日期',
        leftOn: '离职日期', baseBonus: '基础奖金', attributes: '属性', active: '仅在职',
      },
    },
    Team: { name: '团队 |||| 团队', fields: { id: '编号', name: '名称', groupId: '分组', group: '分组', attributes: '属性' } },
    Group: { name: '分组 |||| 分组', fields: { id: '编号', name: '名称', kind: '类型', attributes: '属性' } },
    FieldDefinition: { name: '自定义字段 |||| 自定义字段', fields: { id: '编号', name: '字段名', type: '类型', label: '显示名称' } },
  },
  ys: {
    login: { subtitle: '客服绩效计分卡' },
    locale: { en: 'English', 'zh-CN': '中文' },
    menu: { dashboard: '首页', settings: '设置' },
    roles: { admin: '管理员', supervisor: '主管', agent: '坐席', hr: '人力资源', auditor: '审计' },
    common: {
      search: '搜索', json_hint: 'JSON 对象，例如 {"shift": "night", "seniority": 3}',
      invalid_json: '必须是 JSON 对象，值为字符串、数字、true/false 或 null',
      money_hint: '最多两位小数，例如 5000.00', invalid_money: '最多两位小数，例如 5000.00',
      invalid_date: '日期格式为 YYYY-MM-DD', identifier_hint: '小写字母、数字和下划线，以字母开头',
      invalid_identifier: '只能包含小写字母、数字和下划线，且以字母开头',
    },
    group_kind: { site: '自有站点', vendor: '外包供应商' },
    field_type: {
      string: '文本', number: '数字', boolean: '是/否', duration: '时长', timestamp: '日期时间',
      percent: '百分比', money: '金额', count: '计数',
    },
    teams: { agents: '坐席' },
    groups: { teams: '团队' },
    agents: { scores: '得分', active: '在职', left: '已离职', no_team: '无团队', left_hint: '有记录的坐席不能删除，请改为填写离职日期' },
    dashboard: {
      welcome: '欢迎，%{name}', subtitle: '客服绩效计分卡：谁领先，为什么。',
      leaderboard: '排行榜', leaderboard_text: '按周期、团队和方案查看坐席排名。',
      scorecards: '计分卡', scorecards_text: '编写并发布决定薪酬的 KPI 公式。',
      organisation: '组织', organisation_text: '坐席、团队、分组和自定义字段。',
      open: '打开', coming: '即将推出',
    },
    settings: {
      title: '组织设置', name: '组织名称', time_zone: '时区',
      time_zone_hint: 'IANA 时区名，例如 Asia/Shanghai。周期按此时区的日期划分；修改后已保存的得分会标记为过期。',
      saved: '设置已保存', invalid_time_zone: '不是有效的时区（IANA 名称，例如 Asia/Shanghai）', read_only: '只有管理员可以修改这些设置。', updated_at: '最后修改',
    },
    errors: {
      UNAUTHENTICATED: '会话已结束，请重新登录。',
      FORBIDDEN: '您无权执行此操作。',
      NOT_FOUND: '该项已不存在，或您无权查看。',
      CONFLICT: '该值已被占用，或仍有其他数据引用它。',
      RATE_LIMITED: '失败次数过多，请等几分钟再试。',
      INVALID_CREDENTIALS: '用户名或密码错误。',
      NETWORK_ERROR: '无法连接服务，请确认服务正在运行。',
      GROUP_NAME_TAKEN: '已有同名分组。',
      GROUP_HAS_TEAMS: '该分组下还有团队，请先将团队移到其他分组。',
      TEAM_NAME_TAKEN: '已有同名团队。',
      TEAM_HAS_AGENTS: '该团队还有坐席，请先将坐席移到其他团队。',
      TEAM_HAS_RECORDS: '有服务记录属于该团队，不能删除。',
      AGENT_EXTERNAL_ID_TAKEN: '已有坐席使用此外部编号。',
      AGENT_HAS_RECORDS: '该坐席有服务记录，不能删除，请改为填写离职日期。',
      AGENT_HAS_LOGIN: '该坐席有登录账号，不能删除。',
      FIELD_NAME_TAKEN: '已有同名字段。',
      USERNAME_TAKEN: '该用户名已被占用。',
      INTERNAL_SERVER_ERROR: '服务出现意外错误，请重试，或请管理员查看服务日志。',
    },
  },
};

export const chineseMessages: TranslationMessages = { ...chineseRaMessages, ...chineseConsoleMessages };
