/** The relay's tests (`npm run test:relay`): the project's jest settings with relay/ as the only root. */
const base = require('../jest.config');

module.exports = { ...base, rootDir: '..', roots: ['<rootDir>/relay'] };
