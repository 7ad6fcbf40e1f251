/** Tests import the TypeScript sources (not dist/, not the root index.js shim). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 30000,
  // core's memory kill is a Zapier worker's, not a jest worker's (test/setup-core-limits.ts).
  setupFiles: ['<rootDir>/test/setup-core-limits.ts'],
  reporters: ['default', '<rootDir>/scripts/summary-reporter.js'],
  // zapier-platform-core kills its process (process.exit) past 450 MB RSS after 250 runs, as Zapier's
  // workers do; a jest worker that has run many suites gets there. Recycle workers between suites.
  workerIdleMemoryLimit: '250MB',
};
