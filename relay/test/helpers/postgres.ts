/**
 * PostgreSQL for the relay tests: one throwaway server per test file (relay/dev/postgres.ts), a fresh
 * database per relay. Without PostgreSQL binaries these suites are skipped with a loud warning — except in
 * CI (CI=true), where they fail, so a CI run can never pass without them.
 */
import { findPostgresBinaries, startPostgres, type PostgresServer } from '../../dev/postgres';

export const HAS_POSTGRES = Boolean(findPostgresBinaries());
const IN_CI = ['true', '1'].includes(String(process.env.CI).toLowerCase());

const MISSING =
  'PostgreSQL binaries (initdb, postgres) were not found on PATH nor in /usr/lib/postgresql/*/bin. ' +
  'Install them (Debian: apt-get install -y postgresql) to run the relay tests against PostgreSQL.';

/** `describe` for a suite that needs PostgreSQL. */
export const describePostgres = (name: string, body: () => void): void => {
  if (HAS_POSTGRES) return describe(name, body);
  if (IN_CI) {
    return describe(name, () => {
      test('PostgreSQL is installed (required in CI)', () => {
        throw new Error(MISSING);
      });
    });
  }
  console.warn(`\n!!! SKIPPED: "${name}" — ${MISSING}\n`);
  describe.skip(name, body);
};

/** Starts a server before the suite's tests and stops it after; call inside a describePostgres body. */
export const usePostgres = (): (() => PostgresServer) => {
  let server: PostgresServer | undefined;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('PostgreSQL did not start.');
    return server;
  };
};

let databases = 0;
/** A new database on `server`, for one relay (or several sharing it). */
export const freshDatabase = (server: PostgresServer): Promise<string> =>
  server.createDatabase(`relay_test_${process.pid}_${++databases}`);
