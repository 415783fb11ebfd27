// Shared jest preset: swc transforms TypeScript and the ESM-only packages (chevrotain) to CommonJS,
// and workspace libraries are mapped to their sources so tests never need a build.
const path = require('node:path');

const chevrotainBundle = path.join(path.dirname(require.resolve('chevrotain')), '../chevrotain.mjs');
const swcTs = ['@swc/jest', {
  jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
  module: { type: 'commonjs' },
}];
const swcJs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } }];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swcTs, '^.+\\.m?js$': swcJs },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|chevrotain)/)'],
  moduleNameMapper: {
    '^chevrotain$': chevrotainBundle,
    '^@yardstick/dsl$': path.join(__dirname, 'dsl/src'),
    '^@yardstick/contracts$': path.join(__dirname, 'libs/contracts/src'),
    '^@yardstick/contracts/records$': path.join(__dirname, 'libs/contracts/src/records'),
    '^@yardstick/engine$': path.join(__dirname, 'libs/engine/src'),
    '^@yardstick/migrations$': path.join(__dirname, 'migrations/index.ts'),
  },
};
