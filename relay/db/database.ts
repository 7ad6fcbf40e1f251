/**
 * The one database interface the relay's SQL runs on: PostgreSQL through `pg`, or the embedded PGlite
 * (PostgreSQL compiled to WebAssembly, in this process). Same SQL, same schema, same code path.
 */
export type Row = Record<string, unknown>;

export interface Sql {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<R extends Row = Row>(text: string, params?: unknown[]): Promise<R[]>;
}

export interface Database extends Sql {
  readonly kind: 'postgres' | 'embedded';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseSettings {
  databaseUrl?: string;
  dataDir: string;
  /** Called when the database reports an error outside any query (e.g. an idle connection dropped). */
  onBackgroundError: (err: Error) => void;
}

export const openDatabase = async (settings: DatabaseSettings): Promise<Database> => {
  if (settings.databaseUrl) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(settings.databaseUrl, settings.onBackgroundError);
  }
  const { openEmbedded } = await import('./embedded');
  return openEmbedded(settings.dataDir, settings.onBackgroundError);
};
