/**
 * A throwaway PostgreSQL server for the relay's tests and bench: `initdb` into a temporary folder, then
 * `postgres` on a free port of 127.0.0.1, as an unprivileged user when this process is root (PostgreSQL
 * refuses to run as root). `stop()` shuts it down and removes the folder; so does this process's exit.
 * The binaries are looked for on PATH, then in Debian's /usr/lib/postgresql/<version>/bin.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { Client } from 'pg';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

export interface PostgresServer {
  /** Connection string of the `postgres` database, as the superuser `relay`. */
  url: string;
  port: number;
  /** Creates a database and answers its connection string. */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

const onPath = (name: string): string | undefined => {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir && fs.existsSync(file)) return file;
  }
  return undefined;
};

const DEBIAN_DIR = '/usr/lib/postgresql';

export const findPostgresBinaries = (): PostgresBinaries | undefined => {
  const initdb = onPath('initdb');
  const postgres = onPath('postgres');
  if (initdb && postgres) return { initdb, postgres };
  const versions = fs.existsSync(DEBIAN_DIR)
    ? fs
        .readdirSync(DEBIAN_DIR)
        .filter((v) => fs.existsSync(path.join(DEBIAN_DIR, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions.length) return undefined;
  const bin = path.join(DEBIAN_DIR, versions[0], 'bin');
  return { initdb: path.join(bin, 'initdb'), postgres: path.join(bin, 'postgres') };
};

/** The user to run PostgreSQL as: ourselves, or, as root, `postgres` (Debian's) or `nobody`. */
const serverUser = (): { uid: number; gid: number } | undefined => {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      return { uid, gid };
    } catch {
      // no such user; try the next
    }
  }
  throw new Error('Running as root, and neither a "postgres" nor a "nobody" user exists to run PostgreSQL as.');
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

const chownTree = (dir: string, uid: number, gid: number): void => {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(p, uid, gid);
    else fs.chownSync(p, uid, gid);
  }
};

const waitUntilReady = async (url: string, child: ChildProcess, output: () => string): Promise<void> => {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`PostgreSQL exited (${child.exitCode}) while starting:\n${output()}`);
    const client = new Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within 30 s:\n${output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
};

export interface StartOptions {
  /** false (tests): fsync and synchronous commit off, for speed. true (bench): PostgreSQL's durable defaults. */
  durable?: boolean;
}

export const startPostgres = async ({ durable = false }: StartOptions = {}): Promise<PostgresServer> => {
  const bin = findPostgresBinaries();
  if (!bin) throw new Error('PostgreSQL binaries (initdb, postgres) are not on PATH nor in /usr/lib/postgresql/*/bin.');
  const user = serverUser();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'relay-pg-'));
  const data = path.join(root, 'data');
  fs.mkdirSync(data);
  if (user) chownTree(root, user.uid, user.gid);
  const removeRoot = () => fs.rmSync(root, { recursive: true, force: true });

  const asUser = { ...(user ?? {}), env: { PATH: process.env.PATH, LANG: 'C', LC_ALL: 'C' } };
  const init = spawnSync(bin.initdb, ['-D', data, '-U', 'relay', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--locale=C'], {
    ...asUser,
    encoding: 'utf8',
  });
  if (init.status !== 0) {
    removeRoot();
    throw new Error(`initdb failed (${init.status ?? init.error?.message}):\n${init.stderr}${init.stdout}`);
  }

  const port = await freePort();
  const settings = ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${root}`, '-c', 'max_connections=200'];
  if (!durable) settings.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const child = spawn(bin.postgres, ['-D', data, '-p', String(port), ...settings], {
    ...asUser,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const killOnExit = () => {
    child.kill('SIGKILL');
    removeRoot();
  };
  process.on('exit', killOnExit);

  const url = `postgresql://relay@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilReady(url, child, () => output);
  } catch (err) {
    process.off('exit', killOnExit);
    killOnExit();
    throw err;
  }

  return {
    url,
    port,
    createDatabase: async (name) => {
      const client = new Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
      } finally {
        await client.end();
      }
      return `postgresql://relay@127.0.0.1:${port}/${encodeURIComponent(name)}`;
    },
    stop: async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGINT'); // fast shutdown
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      removeRoot();
    },
  };
};
