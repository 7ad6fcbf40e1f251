#!/usr/bin/env node
/**
 * Builds each build's zip offline-safe (registry only; scripts/flavours.js): build/build.zip (the OAuth app)
 * and build/build-private-token.zip (the private-token app), each with its source zip. Compiles and bundles
 * once (`npm run build`), then for each build stages the files its app needs in a clean directory (no dev
 * dependencies: `zapier-platform build` copies the project and hits EMFILE with a full node_modules), with
 * the build's shim as the stage's root index.js (the one Zapier's wrapper loads), and runs
 * `zapier-platform build --skip-validation` there. `--oauth` or `--private-token` builds only that one.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { FLAVOURS } = require('./flavours');

const root = path.resolve(__dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });

const asked = Object.values(FLAVOURS).filter((f) => process.argv.includes(`--${f.name}`));
const builds = asked.length ? asked : Object.values(FLAVOURS);

run('npm', ['run', 'build', '--silent'], root);

const buildZip = (flavour) => {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), `ghl-zapier-stage-${flavour.name}-`));
  try {
    for (const f of ['package-lock.json', '.zapierapprc', '.gitignore']) fs.copyFileSync(path.join(root, f), path.join(stage, f));
    fs.copyFileSync(path.join(root, flavour.entry), path.join(stage, 'index.js'));
    fs.cpSync(path.join(root, 'dist'), path.join(stage, 'dist'), { recursive: true });
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    pkg.main = 'index.js';
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
    fs.copyFileSync(path.join(stage, 'build', 'build.zip'), path.join(root, flavour.zip));
    fs.copyFileSync(path.join(stage, 'build', 'source.zip'), path.join(root, flavour.sourceZip));
    const size = fs.statSync(path.join(root, flavour.zip)).size;
    console.log(`${flavour.zip} (the ${flavour.title} app): ${(size / 1024).toFixed(0)} KiB, with ${flavour.sourceZip}`);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
};

for (const flavour of builds) buildZip(flavour);
