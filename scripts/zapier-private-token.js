#!/usr/bin/env node
/**
 * `npm run zapier:private-token -- <command>`: Zapier's CLI for the private-token app, a Zapier integration
 * of its own (its own id in `.zapierapprc.private-token`, beside the OAuth app's `.zapierapprc`). The CLI
 * always works on `./.zapierapprc` and `./build/build.zip`, so the command runs in a staged directory
 * (scripts/stage.js) holding this app's `.zapierapprc` and its zips (build/build-private-token.zip and
 * build/source-private-token.zip, from `npm run build:zip`) under the names the CLI uses; what the command
 * writes to `.zapierapprc` (`register`, `link`: the id and key) is kept in `.zapierapprc.private-token`.
 * The project's `.env` is copied in (read only: `invoke` runs the private-token app with its
 * `authData_privateToken`, `authData_locationId` and `authData_userType` lines).
 *
 *   npm run zapier:private-token -- register "GoHighLevel (private token)"
 *   npm run build:zip && npm run zapier:private-token -- upload
 *   npm run zapier:private-token -- users:add client@example.com 1.0.0
 *   npm run zapier:private-token -- invoke trigger get_contact --inputData '{"contactId": "…"}'
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { FLAVOURS } = require('./flavours');
const { stageApp } = require('./stage');

const root = path.resolve(__dirname, '..');
const flavour = FLAVOURS['private-token'];
const args = process.argv.slice(2);

if (['build', 'push'].includes(args[0])) {
  // Zapier's build would zip the staged directory with the wrong root index.js (its wrapper loads index.js).
  console.error(`\`${args[0]}\` is not for this app: run \`npm run build:zip\` (it builds ${flavour.zip}), then \`npm run zapier:private-token -- upload\`.`);
  process.exit(2);
}

const stage = stageApp(flavour);
try {
  const ownRc = path.join(root, flavour.appRc);
  const rc = fs.existsSync(ownRc)
    ? fs.readFileSync(ownRc, 'utf8')
    : // Not registered yet: the build settings of the project's .zapierapprc, without the OAuth app's id and key.
      JSON.stringify({ includeInBuild: JSON.parse(fs.readFileSync(path.join(root, '.zapierapprc'), 'utf8')).includeInBuild }, null, 2);
  fs.writeFileSync(path.join(stage.dir, '.zapierapprc'), rc);
  if (fs.existsSync(path.join(root, '.env'))) fs.copyFileSync(path.join(root, '.env'), path.join(stage.dir, '.env'));
  fs.mkdirSync(path.join(stage.dir, 'build'));
  for (const [from, to] of [[flavour.zip, 'build/build.zip'], [flavour.sourceZip, 'build/source.zip']]) {
    if (fs.existsSync(path.join(root, from))) fs.copyFileSync(path.join(root, from), path.join(stage.dir, to));
  }
  const bin = path.join(root, 'node_modules', '.bin');
  const out = spawnSync(path.join(bin, 'zapier-platform'), args, {
    cwd: stage.dir,
    stdio: 'inherit',
    env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` },
  });
  const written = fs.readFileSync(path.join(stage.dir, '.zapierapprc'), 'utf8');
  if (written !== rc) {
    fs.writeFileSync(ownRc, written);
    console.log(`(${flavour.appRc} updated: the private-token app's id and key)`);
  }
  process.exitCode = out.status ?? 1;
} finally {
  stage.remove();
}
