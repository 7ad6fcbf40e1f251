/** The database interface the relay's SQL runs on (relay/db/database.ts opens one; postgres.ts and embedded.ts implement it). */
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

