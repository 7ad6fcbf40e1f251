/**
 * Per-call overhead of one app: many invocations of its representative operations through core's
 * handler against the local stand-in, minus the same number of raw HTTP requests (same method, path and
 * answer, sent with the node-fetch that core itself uses) to that server. Loops are bounded: `rounds` ×
 * `calls` per operation. Prints one JSON line with every round's per-call means (µs, wall clock and CPU).
 *
 * usage: node per-call.js <unpacked zip dir> <app|baseline> <rounds> <calls> <warmup>
 */
'use strict';

const path = require('path');
const fixtures = require('./fixtures');

const main = async () => {
  const [dir, which, roundsArg, callsArg, warmupArg] = process.argv.slice(2);
  const rounds = Math.min(Number(roundsArg) || 3, 50);
  const calls = Math.min(Number(callsArg) || 50, 2000);
  const warmup = Math.min(Number(warmupArg) || 20, 500);
  const { handler } = fixtures.loadZip(dir);
  const fetch = require(path.join(dir, 'node_modules', 'node-fetch'));
  const server = await fixtures.startServer();
  const base = `http://127.0.0.1:${server.port}`;
  process.env.GHL_BASE_URL = base;
  const ops = fixtures.OPERATIONS[which];
  const totalHits = () => [...server.hits.values()].reduce((a, b) => a + b, 0);

  const raw = async (r) => {
    const res = await fetch(base + r.path, {
      method: r.method,
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${fixtures.AUTH.access_token}`,
        Version: '2021-07-28',
        ...(r.body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: r.body ? JSON.stringify(r.body) : undefined,
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`raw ${r.method} ${r.path}: ${res.status} ${text.slice(0, 200)}`);
    return JSON.parse(text);
  };

  // Warm-up, and proof that every measured call succeeds with exactly one request.
  for (const op of ops) {
    const before = totalHits();
    const results = await fixtures.invoke(handler, op);
    if (!op.check(results)) throw new Error(`${op.name} returned ${JSON.stringify(results).slice(0, 300)}`);
    if (totalHits() - before !== 1) throw new Error(`${op.name} sent ${totalHits() - before} requests, expected 1`);
    for (let i = 0; i < warmup; i++) {
      await fixtures.invoke(handler, op);
      await raw(op.raw);
    }
  }

  /** µs per call: wall clock, and CPU time (user + system) of the process. */
  const timeLoop = async (fn) => {
    const cpu = process.cpuUsage();
    const t = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) await fn();
    const wall = Number(process.hrtime.bigint() - t) / 1e3 / calls;
    const used = process.cpuUsage(cpu);
    return { wall, cpu: (used.user + used.system) / calls };
  };

  const out = [];
  for (let r = 0; r < rounds; r++) {
    for (const op of ops) {
      let rawT;
      let callT;
      // Alternate which half goes first, so drift within a round cancels out.
      if (r % 2 === 0) {
        rawT = await timeLoop(() => raw(op.raw));
        callT = await timeLoop(() => fixtures.invoke(handler, op));
      } else {
        callT = await timeLoop(() => fixtures.invoke(handler, op));
        rawT = await timeLoop(() => raw(op.raw));
      }
      out.push({
        op: op.name,
        rawUs: rawT.wall,
        callUs: callT.wall,
        overheadUs: callT.wall - rawT.wall,
        rawCpuUs: rawT.cpu,
        callCpuUs: callT.cpu,
        overheadCpuUs: callT.cpu - rawT.cpu,
      });
    }
  }
  await server.close();
  fixtures.report({ rounds: out, calls, maxRssKiB: process.resourceUsage().maxRSS });
};

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err && err.stack ? err.stack : String(err));
    process.exit(1);
  },
);
