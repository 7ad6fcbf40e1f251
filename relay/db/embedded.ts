/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) with its files in `<dataDir>/pgdata`,
 * run in a worker thread (embedded-worker.js) so that its statements, which execute synchronously, do not
 * hold up the relay's HTTP answers. One process at a time may open a data folder: `<dataDir>/relay.pid`
 * says which, and a second relay on the same folder refuses to start.
 */
import fs from 'fs';
import path from 'path';
import { Worker } from 'worker_threads';
import type { Database, Row, Sql } from './types';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the data folder for this process; a pid file left by a process that died is taken over. */
const lockDataDir = (dataDir: string): (() => void) => {
  const file = path.join(dataDir, 'relay.pid');
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = Number(fs.readFileSync(file, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `Another relay (process ${holder}) is using the embedded database in ${dataDir}. ` +
          'Stop it, give this one its own RELAY_DATA_DIR, or share a PostgreSQL database (DATABASE_URL) between instances.',
      );
    }
    fs.rmSync(file, { force: true });
  }
};

type Reply = { id: number; rows?: Row[]; error?: { message: string; code?: string } };

/** The worker thread and the statements waiting for its answers. */
class EmbeddedThread {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (rows: Row[]) => void; reject: (err: Error) => void }>();
  private nextId = 1;
  private failure: Error | undefined;
  readonly ready: Promise<void>;
  private stopping = false;
  private closed: () => void = () => undefined;

  constructor(dir: string, onBackgroundError: (err: Error) => void) {
    this.worker = new Worker(path.join(__dirname, 'embedded-worker.js'), { workerData: { dir } });
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (m: Reply & { ready?: true; failed?: string; closed?: true }) => {
        if (m.ready) return resolve();
        if (m.failed) return reject(new Error(m.failed));
        if (m.closed) return this.closed();
        const w = this.waiting.get(m.id);
        this.waiting.delete(m.id);
        if (!w) return;
        if (m.error) w.reject(Object.assign(new Error(m.error.message), { code: m.error.code }));
        else w.resolve(m.rows ?? []);
      });
      const fail = (err: Error) => {
        this.failure = err;
        reject(err);
        for (const w of this.waiting.values()) w.reject(err);
        this.waiting.clear();
        onBackgroundError(err);
      };
      this.worker.on('error', fail);
      this.worker.on('exit', (code) => {
        if (!this.stopping) fail(new Error(`The embedded database's thread stopped (exit code ${code}).`));
      });
    });
  }

  query<R extends Row>(text: string, params?: unknown[]): Promise<R[]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<R[]>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (rows: Row[]) => void, reject });
      this.worker.postMessage({ id, text, params });
    });
  }

  /** Closes the database (its files end consistent) and stops the thread. */
  async close(): Promise<void> {
    this.stopping = true;
    if (!this.failure) {
      const done = new Promise<void>((resolve) => (this.closed = resolve));
      this.worker.postMessage({ close: true });
      await done;
    }
    await this.worker.terminate();
  }

  /** Stops the thread at once (when the database never opened). */
  async terminate(): Promise<void> {
    this.stopping = true;
    await this.worker.terminate();
  }
}

export const openEmbedded = async (dataDir: string, onBackgroundError: (err: Error) => void): Promise<Database> => {
  fs.mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  const thread = new EmbeddedThread(path.join(dataDir, 'pgdata'), onBackgroundError);
  try {
    await thread.ready;
  } catch (err) {
    await thread.terminate();
    unlock();
    throw new Error(`Cannot open the embedded database in ${dataDir}: ${(err as Error).message}`);
  }
  // The statements of a transaction must not interleave with others: statements sent while one is queued
  // or running wait for it to end (the thread runs statements in the order they were sent).
  let lastTransaction: Promise<void> | undefined;
  const afterTransactions = <T>(f: () => Promise<T>): Promise<T> => (lastTransaction ? lastTransaction.then(f) : f());
  const inside: Sql = { query: (text, params) => thread.query(text, params) };
  return {
    kind: 'embedded',
    query: <R extends Row>(text: string, params?: unknown[]) => afterTransactions(() => thread.query<R>(text, params)),
    transaction: <T>(work: (tx: Sql) => Promise<T>): Promise<T> => {
      const run = afterTransactions(async () => {
        await inside.query('BEGIN');
        try {
          const result = await work(inside);
          await inside.query('COMMIT');
          return result;
        } catch (err) {
          await inside.query('ROLLBACK').catch(() => undefined);
          throw err;
        }
      });
      const ended = run.then(
        () => undefined,
        () => undefined,
      );
      lastTransaction = ended;
      void ended.then(() => {
        if (lastTransaction === ended) lastTransaction = undefined;
      });
      return run;
    },
    close: async () => {
      try {
        await lastTransaction;
        await thread.close();
      } finally {
        unlock();
      }
    },
  };
};
