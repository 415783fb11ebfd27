'use strict';
// Lets plain node load the console's editor helpers and the language straight from their TypeScript sources, as
// the browser build does (Vite maps @yardstick/dsl to dsl/src): swc strips the types file by file on require.
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');
const { transformSync } = require('@swc/core');

const ROOT = path.join(__dirname, '../../..');
const DSL = path.join(ROOT, 'dsl/src/index.ts');

const resolve = Module._resolveFilename;
Module._resolveFilename = function resolveTs(request, parent, ...rest) {
  if (request === '@yardstick/dsl') return DSL;
  try {
    return resolve.call(this, request, parent, ...rest);
  } catch (error) {
    // extensionless relative imports of .ts files (`./lexer/lexer`)
    if (parent && (request.startsWith('.') || request.startsWith('/'))) {
      const base = path.resolve(path.dirname(parent.filename), request);
      for (const candidate of [`${base}.ts`, path.join(base, 'index.ts')]) if (fs.existsSync(candidate)) return candidate;
    }
    throw error;
  }
};

Module._extensions['.ts'] = function loadTs(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: false,
  });
  module._compile(code, filename);
};
