/**
 * `npm run sandbox`: starts the GoHighLevel sandbox and prints how to point the app at it.
 * Port: SANDBOX_PORT (default 4010). `--expired` starts with the seeded access tokens already expired;
 * `--agency` prints the agency connection's `.env` lines instead of the sub-account's; `--private-token` the
 * private-token app's (the seeded sub-account's Private Integration token; with `--agency`, the agency's);
 * `--quiet` logs nothing.
 */
import { startSandbox } from './server';

const main = async () => {
  const port = Number(process.env.SANDBOX_PORT || 4010);
  const quiet = process.argv.includes('--quiet');
  const agency = process.argv.includes('--agency');
  const privateToken = process.argv.includes('--private-token');
  const connection = privateToken ? (agency ? 'agency-private-token' : 'private-token') : agency ? 'agency' : 'sub-account';
  const sandbox = await startSandbox({ port, log: quiet ? undefined : (line) => console.log(line) });
  if (process.argv.includes('--expired')) sandbox.state.expire();
  const o = sandbox.state.options;
  const env = [
    `GHL_BASE_URL=${sandbox.url}`,
    `GHL_MARKETPLACE_URL=${sandbox.url}`,
    `CLIENT_ID=${o.clientId}`,
    `CLIENT_SECRET=${o.clientSecret}`,
    ...Object.entries(sandbox.state.authData(connection)).map(([k, v]) => `authData_${k}=${v}`),
  ];
  console.log(`GoHighLevel sandbox listening on ${sandbox.url} (127.0.0.1 only; Ctrl-C to stop). State lives in memory.`);
  console.log(
    `For \`npm run ${privateToken ? 'zapier:private-token -- invoke' : 'invoke'}\`, put these lines in .env (${connection} connection; move a real .env aside first; docs/SANDBOX.md):\n\n${env.join('\n')}\n`,
  );
  console.log(`Faults on demand:  curl -X POST ${sandbox.url}/__sandbox/faults -H 'content-type: application/json' -d '{"kind":"rate-limit","times":2}'`);
  console.log(`Expire the tokens: curl -X POST ${sandbox.url}/__sandbox/expire`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((err) => {
  console.error(err?.code === 'EADDRINUSE' ? `Port in use: set SANDBOX_PORT to a free port. (${err.message})` : err);
  process.exit(1);
});
