/**
 * zapier-platform-core ends its process (process.exit(1)) after 250 invocations once the process holds more
 * than 450 MB, as Zapier's workers recycle themselves. A jest worker is not such a worker: it holds every
 * compiled test file and the sandbox besides the app, and the contract and path-safety suites invoke the
 * app well over 250 times. Here core would kill the test run, not measure the app (the bench measures
 * memory). Only the test process is changed; the app's own code and zip are not.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const constants = require('zapier-platform-core/src/constants');
constants.KILL_MIN_LIMIT = Number.MAX_SAFE_INTEGER;
