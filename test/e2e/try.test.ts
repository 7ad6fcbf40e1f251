/**
 * `npm run try` as a user runs it (scripts/try.ts, its own sandbox, Zapier's CLI): SANDBOX_PORT applies,
 * `auth label` shows the app's own connection label, `auth refresh` says truthfully where the rotated
 * tokens went, and a step runs against the seed. (The build-staleness rules: test/sandbox-build.test.ts;
 * a plain clone's first `try` building from nothing: .ci/run.) Slow: runs from `npm run test:e2e`.
 */
import { spawn } from 'child_process';
import net from 'net';
import path from 'path';
import { ROOT } from '../../scripts/invoke';
import { ensureBuilt } from '../../scripts/build-sources';
import { E2E_ENABLED, e2eFor, SEED } from './harness';

const suite = E2E_ENABLED ? describe : describe.skip;
/** Each test runs in its build's end-to-end run (GHL_E2E_BUILD; both when unset). */
const oauthTest = e2eFor('oauth') ? test : test.skip;
const privateTokenTest = e2eFor('private-token') ? test : test.skip;

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });

const tryRun = (args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> =>
  new Promise((resolve, reject) => {
    const node = path.join(ROOT, 'node_modules', '.bin', 'node');
    const child = spawn(node, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'try.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });

suite('npm run try', () => {
  jest.setTimeout(90_000);
  beforeAll(() => ensureBuilt(() => undefined), 240_000);

  oauthTest('SANDBOX_PORT applies; the step runs against the seed (Find Contact finds rubika@deos.com)', async () => {
    const port = await freePort();
    const { code, out } = await tryRun(['search', 'find_contact', '{"email": "rubika@deos.com"}'], { SANDBOX_PORT: String(port) });
    expect(code).toBe(0);
    expect(out).toContain(`GoHighLevel sandbox at http://127.0.0.1:${port}`);
    expect(out).toContain(`"id": "${SEED.contacts.rubika}"`);
    expect(out).toMatch(/Sandbox requests: 200 GET \/contacts\/search\/duplicate\?locationId=ve9EPM428h8vShlRW1KT&email=rubika%40deos\.com/);
  });

  oauthTest('auth label prints the app\'s own connection label', async () => {
    const { code, out } = await tryRun(['auth', 'label']);
    expect(code).toBe(0);
    expect(out).toContain('Connection label: Acme Dental (sub-account)');
  });

  oauthTest('auth refresh says the rotated tokens were kept for this run only, never that it appended to a .env', async () => {
    const { code, out } = await tryRun(['auth', 'refresh']);
    expect(code).toBe(0);
    expect(out).not.toMatch(/appended to \.env/);
    expect(out).toMatch(/access token: {2}sbx-at-\w+/);
    expect(out).toMatch(/refresh token: sbx-rt-\w+/);
    expect(out).toContain('They were stored only for this run (in its temporary .env, deleted now); your .env is untouched.');
  });

  privateTokenTest('--private-token runs the private-token app with the seeded sub-account\'s Private Integration token', async () => {
    const created = await tryRun(['--private-token', 'create', 'create_contact', '{"email": "jane@example.com", "firstName": "Jane"}']);
    expect(created.code).toBe(0);
    expect(created.out).toContain('running the private-token app');
    expect(created.out).toContain('"email": "jane@example.com"');
    expect(created.out).toMatch(/Sandbox requests: .*201 POST \/contacts\//);
    const label = await tryRun(['--private-token', 'auth', 'label']);
    expect(label.code).toBe(0);
    expect(label.out).toContain('Connection label: Acme Dental (sub-account)');
  });
});
