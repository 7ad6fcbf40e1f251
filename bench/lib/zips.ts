/**
 * The two zips the benchmark compares: the app's `build/build.zip` (built by the project's own
 * scripts/build-zip.js) and the one-trigger reference app's, built the same way — a clean staging directory
 * holding only what the app needs, production dependencies installed from the registry (pinned by the
 * project's package-lock.json, so zapier-platform-core's tree is the same), then
 * `zapier-platform build --skip-validation` there. Nothing needs a Zapier login.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const APP_ZIP = path.join(ROOT, 'build', 'build.zip');
export const BENCH_OUT = path.join(ROOT, 'build', 'bench');
export const BASELINE_ZIP = path.join(BENCH_OUT, 'one-trigger-build.zip');
const BASELINE_SRC = path.resolve(__dirname, '..', 'one-trigger-app');

const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

const run = (cmd: string, args: string[], cwd: string, env: Record<string, string> = {}, quiet = false) =>
  execFileSync(cmd, args, {
    cwd,
    stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit',
    env: { ...process.env, ...env },
  });

/** Node 22 first on PATH, as `npm run` does (zapier-platform-cli refuses older Node). */
const node22Path = () => ({ PATH: `${path.dirname(bin('node'))}${path.delimiter}${process.env.PATH}` });

/** Builds build/build.zip (the OAuth app's) with the project's own script (build + staging + zapier build). */
export const buildAppZip = (quiet: boolean): void => {
  run(process.execPath, [path.join(ROOT, 'scripts', 'build-zip.js'), '--oauth'], ROOT, node22Path(), quiet);
};

/** Builds the one-trigger app's zip into build/bench/one-trigger-build.zip. */
export const buildBaselineZip = (quiet: boolean): void => {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-bench-one-trigger-'));
  try {
    for (const f of ['index.js', 'package.json']) fs.copyFileSync(path.join(BASELINE_SRC, f), path.join(stage, f));
    // Same build settings as the app (the includeInBuild fix for core's .mjs files), and the project's lock
    // so that core's dependency tree resolves to the very versions the app ships.
    fs.copyFileSync(path.join(ROOT, '.zapierapprc'), path.join(stage, '.zapierapprc'));
    fs.copyFileSync(path.join(ROOT, 'package-lock.json'), path.join(stage, 'package-lock.json'));
    fs.writeFileSync(path.join(stage, '.gitignore'), 'node_modules/\nbuild/\n');
    run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], stage, {}, quiet);
    run(bin('zapier-platform'), ['build', '--skip-validation'], stage, node22Path(), quiet);
    fs.mkdirSync(BENCH_OUT, { recursive: true });
    fs.copyFileSync(path.join(stage, 'build', 'build.zip'), BASELINE_ZIP);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
};

export interface ZipFacts {
  /** Bytes of the zip file. */
  zipBytes: number;
  /** Unpacked bytes and files under node_modules/ (the installed production dependencies). */
  depsBytes: number;
  depsFiles: number;
  /** Unpacked bytes and files of everything else (the app's own code, definition.json, wrapper). */
  ownBytes: number;
  ownFiles: number;
}

const walk = (dir: string, visit: (file: string, bytes: number) => void): void => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, visit);
    else if (entry.isFile()) visit(p, fs.statSync(p).size);
  }
};

/** Unzips a zip into `dir` and measures it. */
export const unpack = (zip: string, dir: string): ZipFacts => {
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('unzip', ['-q', '-o', zip, '-d', dir]);
  const facts: ZipFacts = { zipBytes: fs.statSync(zip).size, depsBytes: 0, depsFiles: 0, ownBytes: 0, ownFiles: 0 };
  const modules = path.join(dir, 'node_modules') + path.sep;
  walk(dir, (file, bytes) => {
    if (file.startsWith(modules)) {
      facts.depsBytes += bytes;
      facts.depsFiles++;
    } else {
      facts.ownBytes += bytes;
      facts.ownFiles++;
    }
  });
  return facts;
};
