/**
 * The embedded database's thread (see embedded.ts): PGlite runs PostgreSQL (WebAssembly) synchronously, so
 * it runs here, off the relay's main thread, which keeps answering HTTP while a statement executes.
 * Plain JavaScript, loaded by Node itself (also under jest). Messages: { id, text, params } → { id, rows }
 * or { id, error }; { close: true } → closes the database and exits.
 */
const { parentPort, workerData } = require('worker_threads');
const { PGlite } = require('@electric-sql/pglite');

const main = async () => {
  const db = await PGlite.create(workerData.dir);
  // A new 16 MB WAL file would be zero-filled synchronously, stalling every statement for about 100 ms;
  // create it sparse instead (PostgreSQL's setting for this, safe on any file system).
  await db.exec('SET wal_init_zero = off');
  parentPort.on('message', async (m) => {
    if (m.close) {
      await db.close();
      parentPort.postMessage({ closed: true });
      parentPort.close();
      return;
    }
    try {
      const result = await db.query(m.text, m.params);
      parentPort.postMessage({ id: m.id, rows: result.rows });
    } catch (err) {
      parentPort.postMessage({ id: m.id, error: { message: err.message, code: err.code } });
    }
  });
  parentPort.postMessage({ ready: true });
};

main().catch((err) => parentPort.postMessage({ failed: err.message }));
