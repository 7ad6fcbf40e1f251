/** PostgreSQL through a `pg` connection pool. */
import { Pool, type PoolClient } from 'pg';
import type { Database, Row, Sql } from './types';

const POOL_SIZE = 10;

const onClient = (client: PoolClient): Sql => ({
  query: async <R extends Row>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as R[],
});

export const openPostgres = async (url: string, onBackgroundError: (err: Error) => void): Promise<Database> => {
  const pool = new Pool({ connectionString: url, max: POOL_SIZE });
  // Without a listener, an idle connection that drops (a database restart) would crash the process.
  pool.on('error', onBackgroundError);
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new Error(`Cannot connect to the PostgreSQL database in DATABASE_URL: ${(err as Error).message}`);
  }
  return {
    kind: 'postgres',
    query: async <R extends Row>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as R[],
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(onClient(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
};
