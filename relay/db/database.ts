/**
 * The one database interface the relay's SQL runs on: PostgreSQL through `pg`, or the embedded PGlite
 * (PostgreSQL compiled to WebAssembly, in this process). Same SQL, same schema, same code path.
 */
import type { Database } from './types';

export interface DatabaseSettings {
  databaseUrl?: string;
  dataDir: string;
  /** Called when the database reports an error outside any query (e.g. an idle connection dropped). */
  onBackgroundError: (err: Error) => void;
}

export type { Database, Row, Sql } from './types';

export const openDatabase = async (settings: DatabaseSettings): Promise<Database> => {
  if (settings.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(settings.databaseUrl, settings.onBackgroundError);
  }
  const { openEmbedded } = await import('./embedded');
  return openEmbedded(settings.dataDir, settings.onBackgroundError);
};
