/**
 * `npm run try -- <trigger|create|search> <key> ['<input JSON>'] [more zapier-platform invoke flags]`
 * `npm run try -- auth <test|label|refresh>`
 * `npm run try -- --private-token …`: the same with the private-token app and the seeded sub-account's
 *   Private Integration token (the sandbox takes it as GoHighLevel does: bound to its sub-account and scopes)
 *
 * Runs one operation of the app, exactly as `npm run invoke` does, against a fresh local GoHighLevel
 * sandbox instead of a real account: builds the app as `npm run build` does when the build is missing or
 * stale, starts the sandbox (on SANDBOX_PORT, else a free port), runs Zapier's CLI in a temporary directory
 * with its own `.env` (your `.env` is never read or written), prints the result and stops the sandbox.
 * Each run starts from the seeded sub-account. See docs/SANDBOX.md.
 */
import path from 'path';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { FLAVOURS, invokeArgs, makeWorkdir, readEnvFile, ROOT, runCli, sandboxEnv, type Flavour, type Workdir } from './invoke';
import type { SandboxConnection } from '../sandbox/state';
import { ensureBuilt } from './build-sources';

const USAGE = `Usage:
  npm run try -- create create_business '{"name": "Acme Widgets"}'
  npm run try -- trigger search_contacts
  npm run try -- search find_contact '{"email": "rubika@deos.com"}'
  npm run try -- auth test | auth label | auth refresh
  npm run try -- --private-token create create_contact '{"email": "jane@example.com"}'
Options: --private-token (the private-token app, with the seeded sub-account's Private Integration token),
--show-requests (log each request the sandbox answers), and any zapier-platform invoke flag.
Each run starts from the seeded sub-account (docs/SANDBOX.md lists it).`;

/**
 * `auth label`: the CLI (19.1.0) does not run function-based connection labels ("Function-based connection
 * label is not supported yet"; it prints the auth test's result instead). Show the label the app's own
 * `connectionLabel` makes of that result, computed with the built app in this process.
 */
const printLabel = async (sandbox: Sandbox, testOutput: string, flavour: Flavour, connection: SandboxConnection): Promise<void> => {
  process.env.GHL_BASE_URL = sandbox.url;
  // The built app, as the CLI loads it (the root shim re-exports its bundle; tsx would map index.js to index.ts).
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const App = require(path.join(ROOT, flavour.bundle)).default;
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { createAppTester } = require(path.join(ROOT, 'node_modules', 'zapier-platform-core'));
  const tested = JSON.parse(testOutput);
  const label = await createAppTester(App)(App.authentication.connectionLabel, { authData: sandbox.state.authData(connection), inputData: tested });
  console.log(
    `Connection label: ${label}\n` +
      '(the app\'s own connectionLabel applied to the auth test above: `zapier-platform invoke auth label` in CLI 19.1.0 only ' +
      'prints "Function-based connection label is not supported yet" and the test result)',
  );
};

/**
 * `auth refresh`: the CLI says it "appended to .env"; under `try` that .env belongs to this run only and is
 * deleted when it ends. Say what really happened and show the rotated tokens.
 */
const reportRefresh = (work: Workdir, sandbox: Sandbox, stderr: string): void => {
  process.stderr.write(stderr.replace(/Auth data has been refreshed and appended to \.env file\..*\n?/, ''));
  const env = readEnvFile(work.envFile);
  const old = sandbox.state.options;
  const rotated = env.authData_refresh_token !== old.refreshToken && sandbox.state.refreshTokens.get(old.refreshToken)?.spent;
  if (!rotated) {
    console.error('The refresh did not rotate the tokens (see the CLI output above).');
    return;
  }
  console.log(
    [
      'Auth data has been refreshed: the sandbox issued a new access token and a new refresh token, and spent the old refresh token.',
      `  access token:  ${env.authData_access_token}`,
      `  refresh token: ${env.authData_refresh_token}`,
      'They were stored only for this run (in its temporary .env, deleted now); your .env is untouched. The next',
      '`npm run try` starts from the seeded connection again. To keep tokens between commands, use `npm run sandbox`',
      'with `npm run invoke` (docs/SANDBOX.md).',
    ].join('\n'),
  );
};

const main = async (): Promise<number> => {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i >= 0) args.splice(i, 1);
    return i >= 0;
  };
  const showRequests = flag('--show-requests');
  const flavour = flag('--private-token') ? FLAVOURS['private-token'] : FLAVOURS.oauth;
  const connection: SandboxConnection = flavour.name === 'private-token' ? 'private-token' : 'sub-account';
  const [type, key, ...rest] = args;
  if (!type || !key || !['trigger', 'create', 'search', 'auth'].includes(type)) {
    console.error(USAGE);
    return 2;
  }
  const input = rest[0] && /^\s*[{@]/.test(rest[0]) ? rest.shift() : undefined;
  if (flavour.name === 'private-token' && type === 'auth' && key === 'refresh') {
    console.error('A Private Integration token is never refreshed: rotate it in GoHighLevel (Settings → Private Integrations) and reconnect with the new one.');
    return 2;
  }

  ensureBuilt();
  const port = Number(process.env.SANDBOX_PORT || 0);
  const sandbox = await startSandbox({ port, log: showRequests ? (line) => console.error(`  sandbox: ${line}`) : undefined });
  const work = makeWorkdir(sandboxEnv(sandbox, connection), flavour);
  process.once('SIGINT', () => {
    work.remove(); // Ctrl-C: the CLI child gets the signal too; leave no temporary directory behind
    sandbox.state.dispose();
    process.exit(130);
  });
  try {
    const who = flavour.name === 'private-token' ? 'seeded sub-account "Acme Dental", its Private Integration token' : 'seeded sub-account "Acme Dental"';
    console.error(`GoHighLevel sandbox at ${sandbox.url} (${who}); running the ${flavour.title} app: zapier-platform invoke ${type} ${key}…`);
    let code: number | null;
    if (type === 'auth' && (key === 'label' || key === 'refresh')) {
      const cliArgs = ['invoke', 'auth', key === 'label' ? 'test' : 'refresh', '--non-interactive', ...rest];
      const out = await runCli(work.dir, cliArgs);
      code = out.code;
      if (key === 'label') {
        process.stderr.write(out.stderr);
        process.stdout.write(out.stdout);
        if (code === 0) await printLabel(sandbox, out.stdout, flavour, connection);
      } else if (code === 0) {
        reportRefresh(work, sandbox, out.stderr);
      } else {
        process.stderr.write(out.stderr);
        process.stdout.write(out.stdout);
      }
    } else {
      const cliArgs = type === 'auth' ? ['invoke', 'auth', key, ...rest] : invokeArgs(type, key, input, rest);
      code = (await runCli(work.dir, cliArgs, { inherit: true })).code;
    }
    if (!showRequests) {
      const calls = sandbox.state.requests.map((r) => `${r.status} ${r.method} ${r.path}${r.status >= 400 && r.note ? ` (${r.note})` : ''}`);
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
