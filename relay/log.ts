/**
 * One JSON line per log entry. Entries carry ids, event names, statuses and target hosts — never a token,
 * a target URL's path (Zapier's hook URLs are secrets) or a message body. Callers pass only such fields.
 */
export type LogLevel = 'info' | 'warn' | 'error';

export interface LogEntry {
  time: string;
  level: LogLevel;
  msg: string;
  [field: string]: unknown;
}

export type LogSink = (entry: LogEntry) => void;

export type Fields = Record<string, string | number | boolean | undefined | null>;

export interface Logger {
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

export const jsonLines: LogSink = (entry) => {
  process.stdout.write(`${JSON.stringify(entry)}\n`);
};

export const createLogger = (sink: LogSink = jsonLines): Logger => {
  const write = (level: LogLevel, msg: string, fields: Fields = {}) => {
    try {
      sink({ time: new Date().toISOString(), level, msg, ...fields });
    } catch {
      // a failing log sink must not take a request or a delivery down with it
    }
  };
  return {
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
  };
};

/** The part of a URL safe to log: its origin (`https://hooks.zapier.com`), never its path or query. */
export const originOf = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return 'an invalid URL';
  }
};

/** A thrown value's message, for a log line or an answer. */
export const messageOf = (err: unknown): string => {
  if (err instanceof Error) {
    const code = (err as { code?: unknown }).code;
    return typeof code === 'string' && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
  }
  return String(err);
};
