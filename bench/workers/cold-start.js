/**
 * One cold worker: a fresh Node process loads an unpacked zip as Zapier does (zapierwrapper.js →
 * core's createAppHandler, then the app's index.js), then runs the app's polling trigger once against the
 * local stand-in. Prints one JSON line: load and first-call times (wall clock and CPU), peak memory.
 *
 * usage: node cold-start.js <unpacked zip dir> <app|baseline>
 */
'use strict';

const t0 = performance.now(); // ms since this process started (Node's own start-up before it)
const fixtures = require('./fixtures');

/** CPU time (user + system, all of the process's threads) of a process.cpuUsage() delta, in ms. */
const cpuMs = (u) => (u.user + u.system) / 1000;

const main = async () => {
  const [dir, which] = process.argv.slice(2);
  const cpuLoad = process.cpuUsage();
  const tLoad = performance.now();
  const { handler } = fixtures.loadZip(dir);
  const loadMs = performance.now() - tLoad;
  const loadCpuMs = cpuMs(process.cpuUsage(cpuLoad));
  // Is the app's core patch (lib/prepared-app-cache.ts) in place on the zip's own core? It marks the function.
  const schema = require(require.resolve('zapier-platform-core/src/tools/schema', { paths: [dir] }));
  const corePatched = Boolean(schema.prepareApp && schema.prepareApp[Symbol.for('ghl.preparedAppCache')]);

  const server = await fixtures.startServer();
  process.env.GHL_BASE_URL = `http://127.0.0.1:${server.port}`;
  const op = fixtures.TRIGGER[which];
  const cpuCall = process.cpuUsage();
  const tCall = performance.now();
  const results = await fixtures.invoke(handler, op);
  const firstCallMs = performance.now() - tCall;
  const firstCallCpuMs = cpuMs(process.cpuUsage(cpuCall));
  if (!op.check(results)) throw new Error(`${op.name} returned ${JSON.stringify(results).slice(0, 200)}`);
  const requests = [...server.hits.values()].reduce((a, b) => a + b, 0);
  await server.close();
  const mem = process.memoryUsage();
  fixtures.report({
    nodeStartMs: t0,
    loadMs,
    loadCpuMs,
    firstCallMs,
    firstCallCpuMs,
    requests,
    maxRssKiB: process.resourceUsage().maxRSS,
    heapUsedKiB: Math.round(mem.heapUsed / 1024),
    modules: Object.keys(require.cache).length,
    corePatched,
  });
};

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(1);
  },
);
