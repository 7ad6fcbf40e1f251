/**
 * Runs the app through Zapier's real CLI (`zapier-platform invoke`) against a sandbox, as a user would,
 * without touching the project's own `.env`: the CLI runs in a temporary working directory where one build
 * of the app is the project (scripts/stage.js: a package.json whose `main` is `index.js` or
 * `index.private-token.js`, links to that entry and `node_modules`, so it loads the built app,
 * `dist/bundle.js` or `dist/bundle.private-token.js`) and holds its own `.env` (the CLI reads `.env` from its
 * working directory, and `.env` beats the shell). Used by `npm run try` and the end-to-end tests.
 */
import { spawn } from 'child_process';
import fs from 'fs';
import path from 'path';
import type { Sandbox } from '../sandbox/server';
import type { SandboxConnection } from '../sandbox/state';

export const ROOT = path.resolve(__dirname, '..');

/** scripts/flavours.js and scripts/stage.js: the builds of the app, and a directory where one is the project. */
export interface Flavour {
  name: 'oauth' | 'private-token';
  title: string;
  entry: string;
  bundle: string;
}
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { FLAVOURS } = require('./flavours') as { FLAVOURS: Record<Flavour['name'], Flavour> };
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { stageApp } = require('./stage') as { stageApp: (f: Flavour) => { dir: string; remove: () => void } };
export { FLAVOURS };

/**
 * The `.env` lines that connect the CLI to a sandbox: base URL, app credentials, a seeded connection (the
 * OAuth app's sub-account connection by default; `private-token` for the private-token app's).
 */
export const sandboxEnv = (sandbox: Sandbox, connection: SandboxConnection = 'sub-account'): Record<string, string> => {
  const o = sandbox.state.options;
  const env: Record<string, string> = {
    GHL_BASE_URL: sandbox.url,
    GHL_MARKETPLACE_URL: sandbox.url,
    CLIENT_ID: o.clientId,
    CLIENT_SECRET: o.clientSecret,
  };
  for (const [k, v] of Object.entries(sandbox.state.authData(connection))) env[`authData_${k}`] = v;
  return env;
};

/** Parses a `.env` file the way dotenv does for simple values: the last line for a key wins. */
export const readEnvFile = (file: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const m = /^\s*([\w.-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
};

export interface Workdir {
  dir: string;
  envFile: string;
  remove: () => void;
}

/** A temporary directory the CLI can run one build of the app in (default: the OAuth app), with a `.env` of its own. */
export const makeWorkdir = (env: Record<string, string>, flavour: Flavour = FLAVOURS.oauth): Workdir => {
  const { dir, remove } = stageApp(flavour);
  const envFile = path.join(dir, '.env');
  fs.writeFileSync(envFile, Object.entries(env).map(([k, v]) => `${k}=${v}\n`).join(''));
  return { dir, envFile, remove };
};

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Node 22 for the CLI: the project's `node` dev dependency, else the running Node. */
const nodeBinary = (): string => {
  const local = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'node.exe' : 'node');
  return fs.existsSync(local) ? local : process.execPath;
};

/**
 * Runs `zapier-platform <args>` in `cwd`. `inherit` streams its output to this process (for `npm run try`);
 * otherwise it is collected.
 */
export const runCli = (cwd: string, args: string[], opts: { inherit?: boolean; timeoutMs?: number } = {}): Promise<CliResult> =>
  new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DISABLE_ZAPIER_ANALYTICS: '1', FORCE_COLOR: '0' };
    for (const k of Object.keys(env)) if (k.startsWith('authData_')) delete env[k]; // only the workdir's .env counts
    env.PATH = `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${env.PATH || ''}`;
    const cli = path.join(ROOT, 'node_modules', 'zapier-platform-cli', 'src', 'bin', 'run');
    const child = spawn(nodeBinary(), [cli, ...args], {
      cwd,
      env,
      stdio: ['ignore', opts.inherit ? 'inherit' : 'pipe', opts.inherit ? 'inherit' : 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d) => (stdout += d));
    child.stderr?.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });

/** `zapier-platform invoke <type> <key> --inputData <json> --non-interactive [...extra]`. */
export const invokeArgs = (type: string, key: string, input?: unknown, extra: string[] = []): string[] => [
  'invoke',
  type,
  key,
  ...(input === undefined ? [] : ['--inputData', typeof input === 'string' ? input : JSON.stringify(input)]),
  '--non-interactive',
  ...extra,
];
