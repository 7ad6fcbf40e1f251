/**
 * `npm run contract`: builds the app (package.json script), loads `dist/index.js`, runs the contract and
 * prints one line per operation that falls short, then the summary. Exits 1 on any violation.
 *
 * Options: `--verbose` also lists the catalog operations still missing in in-progress categories;
 * `--private-token` checks the private-token app instead (`dist/index.private-token.js`, with a sub-account's
 * and an agency's Private Integration token: `npm run contract:private-token`).
 */
import path from 'path';

// zapier-platform-core decides at load time whether it runs under test (it then stops logging memory use
// after every invocation). Set before anything loads core.
if (!(process.env.NODE_ENV || '').startsWith('test')) process.env.NODE_ENV = 'test';

const root = path.resolve(__dirname, '..');
const dist = (p: string) => require(path.join(root, 'dist', p));

const main = async (): Promise<number> => {
  const { runContract } = require('./runner') as typeof import('./runner');
  const { formatReport } = require('./report') as typeof import('./report');
  const { OAUTH_CONNECTIONS, PRIVATE_TOKEN_CONNECTIONS } = require('./inputs') as typeof import('./inputs');
  const connection = dist('lib/connection.js');
  const privateToken = process.argv.includes('--private-token');
  const started = Date.now();
  const target = privateToken
    ? (() => {
        const index = dist('index.private-token.js');
        const auth = dist('authentication.private-token.js');
        return {
          App: index.default,
          declarations: () => index.DECLARATIONS,
          AUTH_SCOPES: [...new Set([...auth.CONNECTION_SCOPES.subAccount, ...auth.CONNECTION_SCOPES.agency])] as string[],
          connections: PRIVATE_TOKEN_CONNECTIONS,
        };
      })()
    : (() => {
        const index = dist('index.js');
        const auth = dist('authentication.js');
        return { App: index.default, declarations: () => index.DECLARATIONS, authorizeUrlFor: auth.authorizeUrlFor, AUTH_SCOPES: auth.AUTH_SCOPES, connections: OAUTH_CONNECTIONS };
      })();
  console.log(`contract: the ${target.connections.title} app`);
  const report = await runContract({ ...target, clearMintedTokens: connection.clearMintedTokens });
  const lines = formatReport(report, { verbose: process.argv.includes('--verbose') });
  for (const line of lines) console.log(line);
  console.log(`(${report.operationsRun} runs, ${report.requestsChecked} requests checked in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return report.problems.length ? 1 : 0;
};

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error('contract: crashed:', err?.stack || err);
    process.exit(2);
  },
);
