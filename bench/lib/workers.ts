/**
 * Runs a benchmark worker (bench/workers/*.js) in a fresh Node process — the same Node that runs the
 * benchmark (Node 22 under `npm run`), with no TypeScript loader and no NODE_OPTIONS / NODE_ENV — and
 * returns the JSON line it prints. Every worker is bounded by a timeout.
 */
import { execFile } from 'child_process';
import path from 'path';

const WORKERS = path.resolve(__dirname, '..', 'workers');

const cleanEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  for (const k of ['NODE_OPTIONS', 'NODE_ENV', 'GHL_BASE_URL', 'TSX_TSCONFIG_PATH']) delete env[k];
  return env;
};

export const runWorker = <T>(worker: string, args: string[], cwd: string, timeoutMs = 180_000): Promise<T> =>
  new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(WORKERS, worker), ...args],
      { cwd, env: cleanEnv(), timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) => {
        if (err) {
          reject(new Error(`${worker} ${args.slice(1).join(' ')} failed: ${err.message}\n${stderr.trim().split('\n').slice(-15).join('\n')}`));
          return;
        }
        const line = stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
        if (!line) {
          reject(new Error(`${worker} printed no result: ${stdout.slice(-500)} ${stderr.slice(-500)}`));
          return;
        }
        resolve(JSON.parse(line) as T);
      },
    );
  });
