/** Captures a relay's log entries so that tests can wait for one and check what was logged. */
import type { LogEntry, LogSink } from '../../log';

export interface LogCapture {
  sink: LogSink;
  entries: LogEntry[];
  /** Resolves with the first entry (already logged or to come) named `msg` that `match` accepts. */
  next(msg: string, match?: (e: LogEntry) => boolean): Promise<LogEntry>;
  /** Every entry as one text, to check that no secret ever appears in it. */
  text(): string;
}

export const captureLogs = (): LogCapture => {
  const entries: LogEntry[] = [];
  const waiters: Array<{ test: (e: LogEntry) => boolean; resolve: (e: LogEntry) => void }> = [];
  return {
    entries,
    sink: (e) => {
      entries.push(e);
      for (const w of [...waiters]) {
        if (w.test(e)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(e);
        }
      }
    },
    next: (msg, match = () => true) => {
      const test = (e: LogEntry) => e.msg === msg && match(e);
      const found = entries.find(test);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ test, resolve }));
    },
    text: () => entries.map((e) => JSON.stringify(e)).join('\n'),
  };
};
