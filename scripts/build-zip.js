#!/usr/bin/env node
/**
 * Builds build/build.zip offline-safe (registry only): compiles, stages the files the app needs in a clean
 * directory (no dev dependencies: `zapier-platform build` copies the project and hits EMFILE with a full
 * node_modules), and runs `zapier-platform build --skip-validation` there.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });

run(bin('tsc'), ['-p', 'tsconfig.build.json'], root);

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-zapier-stage-'));
try {
  for (const f of ['index.js', 'package-lock.json', '.zapierapprc', '.gitignore']) fs.copyFileSync(path.join(root, f), path.join(stage, f));
  fs.cpSync(path.join(root, 'dist'), path.join(stage, 'dist'), { recursive: true });
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  // dist/ is already compiled: the staged copy's build hook has nothing left to do.
  pkg.scripts = { '_zapier-build': 'node -e "0"' };
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(pkg, null, 2));
  // Production dependencies only, without optional peers nothing loads (node-fetch's `encoding` → iconv-lite);
  // the build then zips exactly these instead of reinstalling them.
  run('npm', ['ci', '--omit=dev', '--omit=optional', '--ignore-scripts', '--no-audit', '--no-fund'], stage);
  run(bin('zapier-platform'), ['build', '--skip-validation', '--skip-dep-install'], stage, {
    PATH: `${path.dirname(bin('node'))}${path.delimiter}${process.env.PATH}`,
  });
  fs.mkdirSync(path.join(root, 'build'), { recursive: true });
  for (const f of fs.readdirSync(path.join(stage, 'build'))) {
    fs.copyFileSync(path.join(stage, 'build', f), path.join(root, 'build', f));
  }
  const size = fs.statSync(path.join(root, 'build', 'build.zip')).size;
  console.log(`build/build.zip: ${(size / 1024).toFixed(0)} KiB`);
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
