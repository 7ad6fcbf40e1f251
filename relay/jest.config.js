/**
 * The relay's tests (`npm run test:relay`): the project's jest settings with relay/ as the only root.
 * Run with `node --experimental-vm-modules`: the embedded database (PGlite) loads its WebAssembly with a
 * dynamic import, which jest's module sandbox allows only then.
 */
const base = require('../jest.config');

module.exports = { ...base, rootDir: '..', roots: ['<rootDir>/relay'] };
