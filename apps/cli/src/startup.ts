import * as path from 'node:path';

// Start-up time is most of a short command's time. chevrotain (the language's parser library) ships as ES
// modules in dozens of files, which Node loads one by one (≈ 0.3 s of a 0.5 s `yardstick check`); it also ships
// the same library as one file, `lib/chevrotain.mjs`, which loads in a tenth of that. Before anything requires
// chevrotain, its entry is put in Node's module cache (`require.cache`, public API) holding that one file's
// exports, so `require('chevrotain')` in the language returns them. The test suites load the same bundle
// (jest.base.js maps chevrotain to it). Nothing else changes: the language is the same code either way.

/** Makes `require('chevrotain')` return chevrotain's one-file bundle; a no-op when it cannot be found. */
export function useChevrotainBundle(): void {
  let entry: string;
  try {
    entry = require.resolve('chevrotain', { paths: [path.dirname(require.resolve('@yardstick/dsl'))] });
  } catch {
    return;
  }
  if (require.cache[entry]) return;
  const bundle = path.join(path.dirname(entry), '../chevrotain.mjs');
  let exports: unknown;
  try {
    exports = require(bundle);
  } catch {
    return;
  }
  const module = new (require('node:module') as typeof import('node:module'))(entry);
  module.filename = entry;
  module.loaded = true;
  module.exports = exports;
  require.cache[entry] = module;
}
