/**
 * `npm run sandbox`: starts the GoHighLevel sandbox and prints how to point the app at it.
 * Port: SANDBOX_PORT (default 4010). `--expired` starts with the seeded access token already expired.
 */
import { startSandbox } from './server';

const main = async () => {
  const port = Number(process.env.SANDBOX_PORT || 4010);
  const quiet = process.argv.includes('--quiet');
  const sandbox = await startSandbox({ port, log: quiet ? undefined : (line) => console.log(line) });
  if (process.argv.includes('--expired')) sandbox.state.expire();
  const o = sandbox.state.options;
  const env = [
    `GHL_BASE_URL=${sandbox.url}`,
    `GHL_MARKETPLACE_URL=${sandbox.url}`,
    `CLIENT_ID=${o.clientId}`,
    `CLIENT_SECRET=${o.clientSecret}`,
    ...Object.entries(sandbox.state.authData()).map(([k, v]) => `authData_${k}=${v}`),
  ];
  console.log(`GoHighLevel sandbox listening on ${sandbox.url} (Ctrl-C to stop).`);
  console.log(`For \`npm run invoke\`, put these lines in .env (move a real one aside first; docs/SANDBOX.md):\n\n${env.join('\n')}\n`);
  console.log(`Expire the access token: curl -X POST ${sandbox.url}/_sandbox/expire`);
  const stop = () => void sandbox.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((err) => {
  console.error(err?.code === 'EADDRINUSE' ? `Port in use: set SANDBOX_PORT to a free port. (${err.message})` : err);
  process.exit(1);
});
