'use strict';
// Preloaded with `node --require` by startup.e2e-spec.ts: when the process exits, writes the files of every
// CommonJS module it loaded (Node's require.cache) to the file named by YS_MODULES_OUT.
const fs = require('node:fs');

process.on('exit', () => {
  fs.writeFileSync(process.env.YS_MODULES_OUT, JSON.stringify(Object.keys(require.cache)));
});
