/**
 * `npm run contract`: builds the app (package.json script), loads `dist/index.js`, runs the contract and
 * prints one line per operation that falls short, then the summary. Exits 1 on any violation.
 *
 * Options: `--verbose` also lists the catalog operations still missing in in-progress categories.
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
  const index = dist('index.js');
  const auth = dist('authentication.js');
  const connection = dist('lib/connection.js');
  const started = Date.now();
  const report = await runContract({
    App: index.default,
    declarations: () => index.DECLARATIONS,
    authorizeUrlFor: auth.authorizeUrlFor,
    AUTH_SCOPES: auth.AUTH_SCOPES,
    clearMintedTokens: connection.clearMintedTokens,
  });
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
