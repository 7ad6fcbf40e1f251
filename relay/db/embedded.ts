/**
 * The embedded database: PGlite with its files in `<dataDir>/pgdata`. One process at a time may open a
 * data folder; `<dataDir>/relay.pid` says which, and a second relay on the same folder refuses to start.
 */
import fs from 'fs';
import path from 'path';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Row } from './database';

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

export const openEmbedded = async (dataDir: string): Promise<Database> => {
  fs.mkdirSync(dataDir, { recursive: true });
  const unlock = lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(path.join(dataDir, 'pgdata'));
  } catch (err) {
    unlock();
    throw new Error(`Cannot open the embedded database in ${dataDir}: ${(err as Error).message}`);
  }
  return {
    kind: 'embedded',
    query: async <R extends Row>(text: string, params?: unknown[]) => (await db.query<R>(text, params)).rows,
    transaction: (work) =>
      db.transaction((tx) =>
        work({ query: async <R extends Row>(text: string, params?: unknown[]) => (await tx.query<R>(text, params)).rows }),
      ),
    close: async () => {
      try {
        await db.close();
      } finally {
        unlock();
      }
    },
  };
};
