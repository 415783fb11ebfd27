// The demo's published logins. They exist only in a database the demo seed filled (never in production unless
// DEMO_DATA=auto is set there on purpose) and are printed at every start so nobody has to look them up.

export interface DemoLogin {
  username: string;
  password: string;
  displayName: string;
  role: 'admin' | 'supervisor' | 'agent' | 'hr' | 'auditor';
  /** what the login demonstrates */
  note: string;
}

export const DEMO_ADMIN: DemoLogin = {
  username: 'admin', password: 'demo-admin', displayName: 'Demo Admin', role: 'admin', note: 'everything',
};

export const DEMO_LOGINS: readonly DemoLogin[] = [
  DEMO_ADMIN,
  { username: 'supervisor', password: 'demo-supervisor', displayName: 'North Team Lead', role: 'supervisor', note: 'team North only' },
  { username: 'becky', password: 'demo-agent', displayName: 'Becky', role: 'agent', note: 'agent Becky: herself only' },
  { username: 'hr', password: 'demo-hr-pass', displayName: 'Demo HR', role: 'hr', note: 'reads all scores and compensation' },
  { username: 'auditor', password: 'demo-auditor', displayName: 'Demo Auditor', role: 'auditor', note: 'reads everything, writes nothing' },
];

/** The integrator key of the demo (scopes ingest and read); a real key comes from `createApiKey`. */
export const DEMO_API_KEY = 'ysk_demo-integrator-key-NOT-FOR-PRODUCTION';
