/**
 * A relay in a child process (`node --import tsx relay/main.ts`, as `npm run relay` starts it), configured
 * by its environment, so that a test can SIGKILL it mid-delivery.
 */
import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import readline from 'readline';

const ROOT = path.resolve(__dirname, '../../..');

export interface RelayProcess {
  url: string;
  child: ChildProcess;
  /** SIGKILL: no shutdown of any kind; resolves once the process is gone. */
  kill(): Promise<void>;
}

const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
});

export const startRelayProcess = (env: Record<string, string>): Promise<RelayProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    void exited.then(() => running.delete(child));
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      output += `${line}\n`;
      let entry: { msg?: string; url?: string };
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.msg === 'relay.started' && entry.url) {
        resolve({
          url: entry.url,
          child,
          kill: async () => {
            child.kill('SIGKILL');
            await exited;
          },
        });
      }
    });
    void exited.then(() => reject(new Error(`The relay process exited before it started:\n${output}`)));
  });
