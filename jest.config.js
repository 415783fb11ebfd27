const base = require('./jest.base.js');

const project = (displayName, testMatch, extra = {}) => ({ ...base, displayName, rootDir: __dirname, testMatch, ...extra });

// The service suites share one PostgreSQL (embedded, or TEST_DATABASE_URL) started by a global setup; each test
// file makes its own database on it, so files run in parallel.
const database = {
  globalSetup: '<rootDir>/tests/integration/support/global-setup.js',
  globalTeardown: '<rootDir>/tests/integration/support/global-teardown.js',
  setupFilesAfterEnv: ['<rootDir>/tests/integration/support/jest-setup.ts'],
};

module.exports = {
  // A global option (jest ignores it inside a project): property tests and app start-ups outlast the 5 s default on a
  // loaded machine. Suites that need more set it themselves (service suites: tests/integration/support/jest-setup.ts).
  testTimeout: 30_000,
  projects: [
    project('dsl', ['<rootDir>/dsl/src/**/*.spec.ts']),
    project('libs', ['<rootDir>/libs/*/src/**/*.spec.ts']),
    project('cli', ['<rootDir>/apps/cli/src/**/*.spec.ts']),
    project('conformance', ['<rootDir>/tests/conformance/**/*.spec.ts']),
    project('fuzz', ['<rootDir>/tests/fuzz/**/*.spec.ts']),
    project('e2e', ['<rootDir>/tests/e2e/**/*.e2e-spec.ts'], { testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/api/'] }),
    project('api', ['<rootDir>/apps/api/src/**/*.spec.ts']),
    project('integration', ['<rootDir>/tests/integration/**/*.integration-spec.ts'], database),
    project('e2e-api', ['<rootDir>/tests/e2e/api/**/*.e2e-spec.ts'], database),
    // The console's pure helpers (providers, i18n, validators): plain TypeScript, no DOM needed.
    project('admin', ['<rootDir>/apps/admin/src/**/*.spec.ts']),
    // The built console in headless Chromium against the real api and database (tests/browser/support).
    project('browser', ['<rootDir>/tests/browser/**/*.browser-spec.ts'], {
      globalSetup: '<rootDir>/tests/browser/support/global-setup.js',
      globalTeardown: '<rootDir>/tests/browser/support/global-teardown.js',
      setupFilesAfterEnv: ['<rootDir>/tests/browser/support/jest-setup.ts'],
    }),
  ],
};
