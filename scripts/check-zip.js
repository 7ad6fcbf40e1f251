#!/usr/bin/env node
/**
 * Proves each build's zip works as Zapier runs it (build/build.zip, build/build-private-token.zip;
 * scripts/flavours.js): unzips it, loads the zip's own `zapierwrapper.js` (which requires the zip's root
 * index.js, the build's shim → dist/ → core from the zip's node_modules), checks that it is the app of its
 * build (its authentication type), and runs the Get Contact trigger with a connection of that build
 * against a local stand-in for GHL. Catches a broken shim, a missing `.default`, the wrong app in a zip,
 * and files or dependencies missing from the zip. `--oauth` or `--private-token` checks only that one.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { FLAVOURS } = require('./flavours');

const root = path.resolve(__dirname, '..');

/** The connection each build's trigger runs with, and the bearer token it must send. */
const CONNECTIONS = {
  oauth: { authData: { access_token: 'zip-check-token', locationId: 'loc1', userType: 'Location' }, bearer: 'zip-check-token' },
  'private-token': { authData: { privateToken: 'pit-zip-check-token', locationId: 'loc1', userType: 'Location' }, bearer: 'pit-zip-check-token' },
};

const checkZip = (flavour) =>
  new Promise((resolve, reject) => {
    const zip = path.join(root, flavour.zip);
    if (!fs.existsSync(zip)) return reject(new Error(`${flavour.zip} is missing; run \`npm run build:zip\` first.`));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ghl-zip-check-${flavour.name}-`));
    execFileSync('unzip', ['-q', zip, '-d', dir]);
    const { authData, bearer } = CONNECTIONS[flavour.name];
    const seen = [];
    const server = http.createServer((req, res) => {
      seen.push({ method: req.method, url: req.url, version: req.headers.version, auth: req.headers.authorization });
      if (req.method === 'GET' && req.url === '/contacts/zipcheck1' && req.headers.version === '2021-07-28') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ contact: { id: 'zipcheck1', firstName: 'Zip', dateUpdated: '2026-01-01T00:00:00.000Z' } }));
        return;
      }
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 404, message: `unexpected ${req.method} ${req.url}` }));
    });
    const done = (err, message) => {
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
      if (err) reject(err);
      else resolve(message);
    };
    server.listen(0, '127.0.0.1', async () => {
      process.env.GHL_BASE_URL = `http://127.0.0.1:${server.address().port}`;
      try {
        const app = require(path.join(dir, 'index.js'));
        if (!app || !app.triggers || !app.triggers.get_contact) throw new Error("the zip's index.js does not export the app (shim or .default broken)");
        if (app.authentication?.type !== flavour.authType) {
          throw new Error(`the zip holds an app with ${app.authentication?.type} authentication, not the ${flavour.title} app (${flavour.authType})`);
        }
        const { handler } = require(path.join(dir, 'zapierwrapper.js'));
        const event = {
          command: 'execute',
          method: 'triggers.get_contact.operation.perform',
          bundle: { authData, inputData: { contactId: 'zipcheck1' }, meta: { page: 0 } },
          calledFromCli: true,
        };
        const output = await new Promise((ok, ko) => handler(event, {}, (err, out) => (err ? ko(err) : ok(out))));
        const results = output && output.results;
        if (!Array.isArray(results) || results.length !== 1 || results[0].id !== 'zipcheck1' || !results[0].record_version) {
          throw new Error(`unexpected trigger output ${JSON.stringify(output).slice(0, 300)}`);
        }
        if (seen.length !== 1 || seen[0].auth !== `Bearer ${bearer}`) throw new Error(`unexpected requests ${JSON.stringify(seen)}`);
        done(
          undefined,
          `zip:check: ok — ${flavour.zip}'s entry loaded the ${flavour.title} app (${Object.keys(app.triggers).length} triggers, ` +
            `${Object.keys(app.creates).length} creates, ${Object.keys(app.searches).length} searches) and ran get_contact`,
        );
      } catch (err) {
        done(err);
      }
    });
  });

const main = async () => {
  const asked = Object.values(FLAVOURS).filter((f) => process.argv.includes(`--${f.name}`));
  for (const flavour of asked.length ? asked : Object.values(FLAVOURS)) {
    try {
      console.log(await checkZip(flavour));
    } catch (err) {
      console.error(`zip:check: FAILED (${flavour.zip}): ${err && err.stack ? err.stack : err}`);
      process.exit(1);
    }
  }
};

main();
