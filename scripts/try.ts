/**
 * `npm run try -- <trigger|create|search> <key> ['<input JSON>'] [more zapier-platform invoke flags]`
 * `npm run try -- auth <test|label|refresh>`
 *
 * Runs one operation of the app, exactly as `npm run invoke` does, against a fresh local GoHighLevel
 * sandbox instead of a real account: builds the app if a source changed, starts the sandbox on a free
 * port, runs Zapier's CLI in a temporary directory with its own `.env` (your `.env` is never read or
 * written), prints the result and stops the sandbox. See docs/SANDBOX.md.
 */
import { startSandbox } from '../sandbox/server';
import { ensureBuilt, invokeArgs, makeWorkdir, runCli, sandboxEnv } from '../sandbox/invoke';

const USAGE = `Usage:
  npm run try -- create create_contact '{"email": "jane@example.com", "firstName": "Jane"}'
  npm run try -- trigger search_contacts
  npm run try -- search find_contact '{"email": "rubika@deos.com"}'
  npm run try -- auth test
Options: --show-requests (log each request the sandbox answers), and any zapier-platform invoke flag.`;

const main = async (): Promise<number> => {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i >= 0) args.splice(i, 1);
    return i >= 0;
  };
  const showRequests = flag('--show-requests');
  const [type, key, ...rest] = args;
  if (!type || !key || !['trigger', 'create', 'search', 'auth'].includes(type)) {
    console.error(USAGE);
    return 2;
  }
  const input = rest[0] && /^\s*[{@]/.test(rest[0]) ? rest.shift() : undefined;

  ensureBuilt();
  const sandbox = await startSandbox({ log: showRequests ? (line) => console.error(`  sandbox: ${line}`) : undefined });
  const work = makeWorkdir(sandboxEnv(sandbox));
  process.once('SIGINT', () => {
    work.remove(); // Ctrl-C: the CLI child gets the signal too; leave no temporary directory behind
    process.exit(130);
  });
  try {
    console.error(`GoHighLevel sandbox at ${sandbox.url}; running zapier-platform invoke ${type} ${key}…`);
    const cliArgs = type === 'auth' ? ['invoke', 'auth', key, ...rest] : invokeArgs(type, key, input, rest);
    const { code } = await runCli(work.dir, cliArgs, { inherit: true });
    if (!showRequests) {
      const calls = sandbox.state.requests.map((r) => `${r.status} ${r.method} ${r.path}`);
      console.error(`Sandbox requests: ${calls.length ? calls.join(', ') : 'none'}`);
    }
    return code ?? 1;
  } finally {
    work.remove();
    await sandbox.close();
  }
};

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err?.message || err);
    process.exit(1);
  },
);
