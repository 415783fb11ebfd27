const base = require('./jest.base.js');

const project = (displayName, testMatch, extra = {}) => ({ ...base, displayName, rootDir: __dirname, testMatch, ...extra });

module.exports = {
  projects: [
    project('dsl', ['<rootDir>/dsl/src/**/*.spec.ts']),
    project('libs', ['<rootDir>/libs/*/src/**/*.spec.ts']),
    project('cli', ['<rootDir>/apps/cli/src/**/*.spec.ts']),
    project('conformance', ['<rootDir>/tests/conformance/**/*.spec.ts']),
    project('fuzz', ['<rootDir>/tests/fuzz/**/*.spec.ts']),
    project('e2e', ['<rootDir>/tests/e2e/**/*.e2e-spec.ts']),
  ],
};
