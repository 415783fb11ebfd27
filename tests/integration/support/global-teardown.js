// Stops the embedded PostgreSQL of global-setup.js once the last project using it is done.
const { rmSync } = require('node:fs');

const STATE = Symbol.for('yardstick.test-postgres');

module.exports = async function globalTeardown() {
  const state = globalThis[STATE];
  if (!state) return;
  state.users -= 1;
  if (state.users > 0) return;
  delete globalThis[STATE];
  await state.server.stop();
  rmSync(state.directory, { recursive: true, force: true });
};
