#!/usr/bin/env node
/**
 * `zapier-platform validate --without-style` on one build of the app (scripts/flavours.js), loaded through
 * its own entry: `node scripts/validate-entry.js --private-token` validates index.private-token.js in a
 * staged directory whose package.json `main` is that entry (scripts/stage.js). Run after `npm run build`
 * (the staged build hook does nothing). The OAuth app is validated in place (`npm run validate`).
 */
const { execFileSync } = require('child_process');
const path = require('path');
const { flavourFromArgs } = require('./flavours');
const { stageApp } = require('./stage');

const root = path.resolve(__dirname, '..');
const flavour = flavourFromArgs(process.argv.slice(2));
const stage = stageApp(flavour, { scripts: { '_zapier-build': 'node -e "0"' } });
try {
  console.log(`Validating the ${flavour.title} app (${flavour.entry})`);
  execFileSync(path.join(root, 'node_modules', '.bin', 'zapier-platform'), ['validate', '--without-style'], {
    cwd: stage.dir,
    stdio: 'inherit',
    env: { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` },
  });
} catch (err) {
  process.exitCode = typeof err.status === 'number' ? err.status : 1;
} finally {
  stage.remove();
}
