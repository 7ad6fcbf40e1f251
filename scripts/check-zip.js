#!/usr/bin/env node
/**
 * Proves build/build.zip works as Zapier runs it: unzips it, loads the zip's own `zapierwrapper.js`
 * (which requires the root index.js shim → dist/ → core from the zip's node_modules), and runs the
 * Get Contact trigger against a local stand-in for GHL. Catches a broken shim, a missing `.default`,
 * and files or dependencies missing from the zip.
 */
const { execFileSync } = require('child_process');
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');

const root = path.resolve(__dirname, '..');
const zip = path.join(root, 'build', 'build.zip');
if (!fs.existsSync(zip)) {
  console.error('zip:check: build/build.zip is missing; run `npm run build:zip` first.');
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-zip-check-'));

const fail = (msg) => {
  console.error(`zip:check: FAILED: ${msg}`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(1);
};

execFileSync('unzip', ['-q', zip, '-d', dir]);

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

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  process.env.GHL_BASE_URL = `http://127.0.0.1:${port}`;
  try {
    const app = require(path.join(dir, 'index.js'));
    if (!app || !app.triggers || !app.triggers.get_contact) fail('the zip\'s index.js does not export the app (shim or .default broken)');
    const { handler } = require(path.join(dir, 'zapierwrapper.js'));
    const event = {
      command: 'execute',
      method: 'triggers.get_contact.operation.perform',
      bundle: {
        authData: { access_token: 'zip-check-token', locationId: 'loc1', userType: 'Location' },
        inputData: { contactId: 'zipcheck1' },
        meta: { page: 0 },
      },
      calledFromCli: true,
    };
    const output = await new Promise((resolve, reject) =>
      handler(event, {}, (err, out) => (err ? reject(err) : resolve(out))),
    );
    const results = output && output.results;
    if (!Array.isArray(results) || results.length !== 1 || results[0].id !== 'zipcheck1' || !results[0].record_version) {
      fail(`unexpected trigger output ${JSON.stringify(output).slice(0, 300)}`);
    }
    if (seen.length !== 1 || seen[0].auth !== 'Bearer zip-check-token') fail(`unexpected requests ${JSON.stringify(seen)}`);
    console.log(`zip:check: ok — build.zip's entry loaded the app (${Object.keys(app.triggers).length} triggers, ` +
      `${Object.keys(app.creates).length} creates, ${Object.keys(app.searches).length} searches) and ran get_contact`);
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  } catch (err) {
    server.close();
    fail(err && err.stack ? err.stack : String(err));
  }
});
