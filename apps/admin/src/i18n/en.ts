import englishRaMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

// The console's English: react-admin's own messages (ra-language-english) plus the console's keys. zh.ts holds
// the same keys in Chinese; i18n-keys.spec.ts fails when one language has a key the other lacks.

export const englishConsoleMessages = {
  resources: {
    Agent: {
      name: 'Agent |||| Agents',
      fields: {
        id: 'Id', externalId: 'External id', name: 'Name', teamId: 'Team', team: 'Team', hiredOn: 'Hired on',
        leftOn: 'Left on', baseBonus: 'Base bonus', attributes: 'Attributes', active: 'Active only',
      },
    },
    Team: { name: 'Team |||| Teams', fields: { id: 'Id', name: 'Name', groupId: 'Group', group: 'Group', attributes: 'Attributes' } },
    Group: { name: 'Group |||| Groups', fields: { id: 'Id', name: 'Name', kind: 'Kind', attributes: 'Attributes' } },
    FieldDefinition: { name: 'Custom field |||| Custom fields', fields: { id: 'Id', name: 'Name', type: 'Type', label: 'Label' } },
  },
  ys: {
    login: { subtitle: 'Customer-service scorecards' },
    locale: { en: 'English', 'zh-CN': '中文' },
    menu: { dashboard: 'Home', settings: 'Settings' },
    roles: { admin: 'Administrator', supervisor: 'Supervisor', agent: 'Agent', hr: 'HR', auditor: 'Auditor' },
    common: {
      search: 'Search', json_hint: 'A JSON object, e.g. {"shift": "night", "seniority": 3}',
      invalid_json: 'Must be a JSON object of strings, numbers, true/false or null',
      money_hint: 'Decimal with at most two decimals, e.g. 5000.00', invalid_money: 'At most two decimals, e.g. 5000.00',
      invalid_date: 'A date as YYYY-MM-DD', identifier_hint: 'Lowercase letters, digits and _; starts with a letter',
      invalid_identifier: 'Lowercase letters, digits and _, starting with a letter',
    },
    group_kind: { site: 'Own site', vendor: 'Outsourced vendor' },
    field_type: {
      string: 'Text', number: 'Number', boolean: 'Yes/no', duration: 'Duration', timestamp: 'Date and time',
      percent: 'Percentage', money: 'Money', count: 'Count',
    },
    teams: { agents: 'Agents' },
    groups: { teams: 'Teams' },
    agents: { scores: 'Scores', active: 'Active', left: 'Left', no_team: 'No team', left_hint: 'Set instead of deleting an agent with records' },
    dashboard: {
      welcome: 'Welcome, %{name}', subtitle: 'Customer-service scorecards: who is ahead, and why.',
      leaderboard: 'Leaderboard', leaderboard_text: 'Rank agents by period, team and profile.',
      scorecards: 'Scorecards', scorecards_text: 'Write and publish the KPI formulas people are paid by.',
      organisation: 'Organisation', organisation_text: 'Agents, teams, groups and custom fields.',
      open: 'Open', coming: 'Coming soon',
    },
    settings: {
      title: 'Organisation settings', name: 'Organisation name', time_zone: 'Time zone',
      time_zone_hint: 'IANA name such as Asia/Shanghai. Period boundaries are days in this zone; changing it marks stored scores stale.',
      saved: 'Settings saved', invalid_time_zone: 'Not a time zone this browser knows (IANA name such as Asia/Shanghai)', read_only: 'Only administrators may change these settings.', updated_at: 'Last changed',
    },
    errors: {
      UNAUTHENTICATED: 'Your session has ended: please sign in again.',
      FORBIDDEN: 'You are not allowed to do this.',
      NOT_FOUND: 'This no longer exists, or you may not see it.',
      CONFLICT: 'This value is already taken, or other data still refers to this.',
      RATE_LIMITED: 'Too many failed attempts: wait a few minutes and try again.',
      INVALID_CREDENTIALS: 'Wrong username or password.',
      NETWORK_ERROR: 'The service cannot be reached: check that it is running.',
      GROUP_NAME_TAKEN: 'Another group has this name.',
      GROUP_HAS_TEAMS: 'This group still has teams: move them to another group first.',
      TEAM_NAME_TAKEN: 'Another team has this name.',
      TEAM_HAS_AGENTS: 'This team still has agents: move them to another team first.',
      TEAM_HAS_RECORDS: 'Interaction records name this team: it cannot be deleted.',
      AGENT_EXTERNAL_ID_TAKEN: 'Another agent has this external id.',
      AGENT_HAS_RECORDS: 'This agent has interaction records: set "Left on" instead of deleting.',
      AGENT_HAS_LOGIN: 'A login belongs to this agent: it cannot be deleted.',
      FIELD_NAME_TAKEN: 'Another field has this name.',
      USERNAME_TAKEN: 'This username is taken.',
      INTERNAL_SERVER_ERROR: 'The service failed unexpectedly: try again, or ask an administrator to read its log.',
    },
  },
};

export const englishMessages: TranslationMessages = { ...englishRaMessages, ...englishConsoleMessages };
