/**
 * `npm run bench`: this app against a one-trigger app (bench/one-trigger-app) on the same
 * zapier-platform-core, side by side in one run, interleaved so that machine load affects both alike:
 *
 * 1. cold start — fresh Node processes load each zip as a Zapier worker does (zapierwrapper.js builds
 *    core's handler, then the app is required); then the first trigger call in the same process;
 * 2. per-call overhead — representative operations invoked many times through core's handler against a
 *    local server (127.0.0.1), minus as many raw HTTP requests to that server;
 * 3. requests per operation — every registered operation, counted (bench/requests.ts);
 * 4. bundle — build/build.zip and its installed production dependencies against the one-trigger zip;
 * 5. peak memory of a trigger run.
 *
 * Exits 1 when a budget is missed (and says which). Not part of `npm test`.
 *
 * Options: --no-build   reuse build/build.zip, dist/ and build/bench/one-trigger-build.zip as they are
 *          --quick      fewer repetitions (a smoke run; numbers are noisier)
 *          --write      also rewrite the results block of BENCHMARKS.md
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { checkRequests, type RequestsReport } from './requests';
import { median, mib, kib, ms, spread, times, us } from './lib/stats';
import { runWorker } from './lib/workers';
import { APP_ZIP, BASELINE_ZIP, buildAppZip, buildBaselineZip, ROOT, unpack, type ZipFacts } from './lib/zips';

const BUDGET = { coldStart: 1.1, coldPath: 1.15, perCall: 1.1, zip: 1.5 };

const OPTIONS = ['--no-build', '--quick', '--write'];
const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!OPTIONS.includes(a)) {
    console.error(`bench: unknown option ${a} (options: ${OPTIONS.join(', ')})`);
    process.exit(2);
  }
}
const QUICK = args.has('--quick');
const REPS = {
  coldRuns: QUICK ? 4 : 16, // fresh processes per app
  perCallWorkers: QUICK ? 1 : 2, // processes per app
  rounds: QUICK ? 2 : 4, // rounds per process
  calls: QUICK ? 20 : 40, // calls per operation per round (and as many raw requests)
  warmup: QUICK ? 5 : 15,
};

type Which = 'app' | 'baseline';
interface Cold {
  loadMs: number;
  loadCpuMs: number;
  firstCallMs: number;
  firstCallCpuMs: number;
  requests: number;
  maxRssKiB: number;
  heapUsedKiB: number;
  modules: number;
  /** The app's core patch (lib/prepared-app-cache.ts) is in place on the zip's core. */
  corePatched: boolean;
}
interface PerCall {
  rounds: Array<{
    op: string;
    rawUs: number;
    callUs: number;
    overheadUs: number;
    rawCpuUs: number;
    callCpuUs: number;
    overheadCpuUs: number;
  }>;
  maxRssKiB: number;
}

const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);

const machine = () => {
  const cpus = os.cpus();
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT }).toString().trim();
    if (dirty) commit += ' + uncommitted changes';
  } catch {
    // not a git checkout
  }
  const core = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'zapier-platform-core', 'package.json'), 'utf8')).version;
  return {
    cpu: `${cpus[0]?.model?.trim() || 'unknown CPU'}, ${cpus.length} cores`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    core,
    commit,
  };
};

const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');

/** Both apps, alternating which goes first, so drift and load hit both alike. */
const interleaved = async <T>(n: number, one: (which: Which) => Promise<T>): Promise<Record<Which, T[]>> => {
  const out: Record<Which, T[]> = { app: [], baseline: [] };
  for (let i = 0; i < n; i++) {
    const order: Which[] = i % 2 === 0 ? ['app', 'baseline'] : ['baseline', 'app'];
    for (const which of order) out[which].push(await one(which));
  }
  return out;
};

interface Row {
  measure: string;
  app: string;
  baseline: string;
  ratio: string;
  budget: string;
  verdict: 'ok' | 'MISSED' | '—';
}

const main = async (): Promise<number> => {
  const started = Date.now();
  const m = machine();
  const loadStart = loadavg();
  log(`${m.cpu}, ${m.memory}, Node ${m.node}; load average ${loadStart}${QUICK ? ' (quick run)' : ''}`);

  // 4. Bundle (built first: everything else runs on the zips and dist/ it leaves).
  if (args.has('--no-build')) {
    for (const z of [APP_ZIP, BASELINE_ZIP]) {
      if (!fs.existsSync(z)) throw new Error(`${path.relative(ROOT, z)} is missing: run without --no-build`);
    }
  } else {
    log('building build/build.zip (scripts/build-zip.js) …');
    buildAppZip(true);
    log('building the one-trigger app zip the same way …');
    buildBaselineZip(true);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-bench-'));
  try {
    const dirs: Record<Which, string> = { app: path.join(tmp, 'app'), baseline: path.join(tmp, 'one-trigger') };
    const zips: Record<Which, ZipFacts> = { app: unpack(APP_ZIP, dirs.app), baseline: unpack(BASELINE_ZIP, dirs.baseline) };

    // 1. Cold start (+ first call and peak memory, same processes).
    log(`cold start: ${REPS.coldRuns} fresh processes per app, interleaved …`);
    const cold = await interleaved(REPS.coldRuns, (which) => runWorker<Cold>('cold-start.js', [dirs[which], which], dirs[which]));

    // 2. Per-call overhead.
    log(`per-call overhead: ${REPS.perCallWorkers} process(es) per app × ${REPS.rounds} rounds × ${REPS.calls} calls per operation …`);
    const perCall = await interleaved(REPS.perCallWorkers, (which) =>
      runWorker<PerCall>('per-call.js', [dirs[which], which, String(REPS.rounds), String(REPS.calls), String(REPS.warmup)], dirs[which]),
    );

    // 3. Requests per operation.
    log('requests per operation: every registered operation against the local stand-in …');
    const requests = await checkRequests();

    // The table. Verdicts use CPU time (user + system, all threads): on a shared machine wall time also
    // counts waiting for a core, which moves a ratio by up to ±10% from run to run. Wall time is shown too.
    const rows: Row[] = [];
    const missed: string[] = [];
    const judge = (measure: string, a: number, b: number, budget: number, fa: string, fb: string, note = '') => {
      const r = a / b;
      const ok = r <= budget;
      if (!ok) missed.push(`${measure}: ${times(r)} the one-trigger app's (budget ≤ ${times(budget)})`);
      rows.push({ measure, app: fa, baseline: fb, ratio: times(r) + note, budget: `≤ ${times(budget)}`, verdict: ok ? 'ok' : 'MISSED' });
    };
    const info = (measure: string, a: number, b: number, fa: string, fb: string, note = '') =>
      rows.push({ measure, app: fa, baseline: fb, ratio: times(a / b) + note, budget: '—', verdict: '—' });

    type ColdNumber = Exclude<keyof Cold, 'corePatched'>;
    const coldOf = (which: Which, k: ColdNumber) => cold[which].map((c) => c[k]);
    const coldCell = (which: Which, wall: ColdNumber, cpu: ColdNumber) =>
      `${spread(coldOf(which, cpu), ms)}; wall ${ms(median(coldOf(which, wall)))}`;
    const wallRatio = (wall: ColdNumber) => ` (wall ${times(median(coldOf('app', wall)) / median(coldOf('baseline', wall)))})`;
    judge(
      'Cold start (1)',
      median(coldOf('app', 'loadCpuMs')),
      median(coldOf('baseline', 'loadCpuMs')),
      BUDGET.coldStart,
      coldCell('app', 'loadMs', 'loadCpuMs'),
      coldCell('baseline', 'loadMs', 'loadCpuMs'),
      wallRatio('loadMs'),
    );
    info(
      'Cold first call (2)',
      median(coldOf('app', 'firstCallCpuMs')),
      median(coldOf('baseline', 'firstCallCpuMs')),
      coldCell('app', 'firstCallMs', 'firstCallCpuMs'),
      coldCell('baseline', 'firstCallMs', 'firstCallCpuMs'),
      wallRatio('firstCallMs'),
    );
    // What a user really pays on a cold worker: the start and the first call (core compiles the definition on it).
    const coldPath = (which: Which) => cold[which].map((c) => c.loadCpuMs + c.firstCallCpuMs);
    const coldPathWall = (which: Which) => median(cold[which].map((c) => c.loadMs + c.firstCallMs));
    judge(
      'Cold start plus the first call (1)+(2)',
      median(coldPath('app')),
      median(coldPath('baseline')),
      BUDGET.coldPath,
      `${spread(coldPath('app'), ms)}; wall ${ms(coldPathWall('app'))}`,
      `${spread(coldPath('baseline'), ms)}; wall ${ms(coldPathWall('baseline'))}`,
      ` (wall ${times(coldPathWall('app') / coldPathWall('baseline'))})`,
    );
    const patched = cold.app.every((c) => c.corePatched);
    if (!patched) missed.push("Core patch: lib/prepared-app-cache.ts is not installed on the zip's zapier-platform-core: every number above measures core without it");
    rows.push({
      measure: 'Core patch (lib/prepared-app-cache.ts: the definition compiled once per worker, in one pass)',
      app: patched ? 'installed' : 'NOT INSTALLED',
      baseline: '—',
      ratio: '—',
      budget: 'installed',
      verdict: patched ? 'ok' : 'MISSED',
    });
    const modules = (which: Which) => median(coldOf(which, 'modules'));
    info('Modules loaded by a cold worker', modules('app'), modules('baseline'), String(modules('app')), String(modules('baseline')));

    const rounds = (which: Which) => perCall[which].flatMap((p) => p.rounds);
    const baseRounds = rounds('baseline');
    const perCallCell = (rs: typeof baseRounds) =>
      `${spread(rs.map((r) => r.overheadCpuUs), us)}; wall ${us(median(rs.map((r) => r.overheadUs)))} ` +
      `(call ${us(median(rs.map((r) => r.callUs)))} − raw ${us(median(rs.map((r) => r.rawUs)))})`;
    const perOp = new Map<string, typeof baseRounds>();
    for (const r of rounds('app')) perOp.set(r.op, [...(perOp.get(r.op) || []), r]);
    for (const [op, rs] of perOp) {
      const wall = median(rs.map((r) => r.overheadUs)) / median(baseRounds.map((r) => r.overheadUs));
      judge(
        `Per-call overhead (3): ${op}`,
        median(rs.map((r) => r.overheadCpuUs)),
        median(baseRounds.map((r) => r.overheadCpuUs)),
        BUDGET.perCall,
        perCallCell(rs),
        perCallCell(baseRounds),
        ` (wall ${times(wall)})`,
      );
    }

    judge('Zip: build/build.zip', zips.app.zipBytes, zips.baseline.zipBytes, BUDGET.zip, kib(zips.app.zipBytes), kib(zips.baseline.zipBytes));
    info(
      'Installed production dependencies (node_modules/ in the zip, unpacked)',
      zips.app.depsBytes,
      zips.baseline.depsBytes,
      `${kib(zips.app.depsBytes)} in ${zips.app.depsFiles} files`,
      `${kib(zips.baseline.depsBytes)} in ${zips.baseline.depsFiles} files`,
    );
    info(
      'The app\'s own files in the zip (dist/, definition.json, entry; unpacked)',
      zips.app.ownBytes,
      zips.baseline.ownBytes,
      `${kib(zips.app.ownBytes)} in ${zips.app.ownFiles} files`,
      `${kib(zips.baseline.ownBytes)} in ${zips.baseline.ownFiles} files`,
    );
    const rss = (which: Which) => median(coldOf(which, 'maxRssKiB'));
    info('Peak memory of a trigger run (4)', rss('app'), rss('baseline'), mib(rss('app')), mib(rss('baseline')));
    const heap = (which: Which) => median(coldOf(which, 'heapUsedKiB'));
    info('Heap used after that run', heap('app'), heap('baseline'), mib(heap('app')), mib(heap('baseline')));
    const warmRss = (which: Which) => median(perCall[which].map((p) => p.maxRssKiB));
    info('Peak memory of a warm worker after the per-call loops', warmRss('app'), warmRss('baseline'), mib(warmRss('app')), mib(warmRss('baseline')));

    const reqOk = requests.violations.length === 0;
    if (!reqOk) missed.push(`Requests per operation: ${requests.violations.length} violation(s) (listed above)`);
    rows.push({
      measure: 'Requests per operation (5)',
      app: requestsSummary(requests),
      baseline: '1 per call',
      ratio: '—',
      budget: '1 per perform unless `extraRequests` (then 1 on a warm cache); ≤ 1 per field source; a mint only on a cache miss',
      verdict: reqOk ? 'ok' : 'MISSED',
    });

    const loadEnd = loadavg();
    const seconds = Math.round((Date.now() - started) / 1000);
    const block = renderBlock(m, loadStart, loadEnd, seconds, rows);
    console.log(block);
    if (args.has('--write')) {
      writeResults(block);
      log('BENCHMARKS.md updated');
    }
    for (const v of requests.violations) console.log(`VIOLATION ${v.subject}: ${v.message}`);
    if (requests.notMeasured.length) console.log(`Not measured (a perform failed before any request): ${requests.notMeasured.join(', ')}`);
    if (missed.length) {
      console.log('\nBudgets missed:');
      for (const x of missed) console.log(`- ${x}`);
      return 1;
    }
    console.log('\nAll budgets met.');
    return 0;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
};

const requestsSummary = (r: RequestsReport): string => {
  const extra = r.declaredExtra.length
    ? `${r.declaredExtra.length} declare \`extraRequests\` (custom field definitions) and send at most ${Math.max(...r.declaredExtra.map((d) => d.maxRequests))} on a cold cache, ` +
      `${r.maxOnWarmCache} on a warm one (${r.customFieldSteps} runs)`
    : 'none declares extra requests';
  return (
    `${r.operations} operations, ${r.invocations} invocations, ${r.requests} requests: ${r.exactlyOne} send exactly 1, ` +
    `${extra}; dynamic fields: at most ${r.maxPerFieldSource} per source (${r.fieldSources} sources); ` +
    `agency mints: at most ${r.maxMintsOnMiss} on a cache miss, ${r.maxMintsOnHit} on a hit; ` +
    `${r.violations.length} violation(s)${r.notMeasured.length ? `; ${r.notMeasured.length} not measured` : ''}`
  );
};

const renderBlock = (
  m: ReturnType<typeof machine>,
  loadStart: string,
  loadEnd: string,
  seconds: number,
  rows: Row[],
): string => {
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [
    `Measured ${date} by \`npm run bench${QUICK ? ' -- --quick' : ''}\` (${seconds} s) at commit ${m.commit}.`,
    '',
    `Machine: ${m.cpu}, ${m.memory} RAM, ${m.os}; Node ${m.node}; zapier-platform-core ${m.core}.`,
    `Load average (1 / 5 / 15 min): ${loadStart} at the start, ${loadEnd} at the end — other work on the machine ` +
      'ran at the same time; the two apps were measured interleaved (alternating order), so load affects both alike ' +
      'and the ratios are the numbers to read. Absolute times on an idle machine are lower.',
    '',
    '| measure | this app | one-trigger app | ratio | budget | verdict |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${esc(r.measure)} | ${esc(r.app)} | ${esc(r.baseline)} | ${r.ratio} | ${esc(r.budget)} | ${r.verdict} |`),
    '',
    'Times are CPU time (user + system, all threads), median (p25–p75), with the wall-clock median beside it; ' +
      'verdicts use the CPU-time ratio (wall-clock ratio in brackets).',
    `(1) A fresh Node process requires the zip's zapierwrapper.js (core's createAppHandler) and the app's index.js; ` +
      `${REPS.coldRuns} processes per app, alternating. ` +
      `(2) Then, in the same process, the polling trigger's first invocation (core compiles the app definition on it). ` +
      `(3) Calls through core's handler minus as many raw HTTP requests (same path and answer, core's node-fetch) to a ` +
      `server in the same process on 127.0.0.1; ${REPS.perCallWorkers} process(es) per app × ${REPS.rounds} rounds × ` +
      `${REPS.calls} calls; every operation is compared with the one-trigger app's trigger. ` +
      '(4) Max RSS of the cold process after (1) and (2). ' +
      '(5) bench/requests.ts: every registered operation through core against the specs\' example answers.',
  ];
  return lines.join('\n');
};

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

const writeResults = (block: string) => {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`BENCHMARKS.md has no ${START} … ${END} block`);
  fs.writeFileSync(file, `${text.slice(0, a + START.length)}\n${block}\n${text.slice(b)}`);
};

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('bench: crashed:', err?.stack || err);
    process.exit(2);
  },
);
