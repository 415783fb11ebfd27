module.exports = require('../../integration/support/global-teardown');
