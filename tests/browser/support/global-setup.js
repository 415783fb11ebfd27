// Jest globalSetup of the `browser` project: the shared test PostgreSQL (the same one the integration and e2e-api
// projects use, counted so the last project stops it) and a console build that matches the sources.
const databaseSetup = require('../../integration/support/global-setup');
const { buildConsoleIfStale } = require('./console-build');

module.exports = async function globalSetup() {
  buildConsoleIfStale();
  await databaseSetup();
};
