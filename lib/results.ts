/**
 * Reading GoHighLevel's answers strictly. A step that should return a record, a list or an id and gets an
 * answer without it fails, in words that name what was missing; it never makes a record up from the
 * envelope, an empty body or the step's own inputs. The engine adds the step, the status and the traceId.
 */
import { AnswerError } from './http';

/** An answer without what the step needed; `missing` says what, in words ("the "contact" record"). */
export class MissingInAnswer extends AnswerError {
  constructor(
    readonly missing: string,
    readonly got: unknown,
  ) {
    super(`without ${missing} (got ${summarize(got)})`);
    this.name = 'MissingInAnswer';
  }
}

/** A short description of a value for error messages: never the values themselves (they may be personal). */
export const summarize = (v: unknown): string => {
  if (v === undefined || v === '') return 'an empty body';
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (v && typeof v === 'object') return `an object with keys ${Object.keys(v).slice(0, 6).join(', ') || 'none'}`;
  return typeof v === 'string' ? 'text' : String(v);
};

const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Nothing in it: no body, or an object with no key but GHL's `traceId`. */
export const isEmptyAnswer = (data: unknown): boolean =>
  data === undefined || data === null || data === '' || (isObject(data) && Object.keys(data).every((k) => k === 'traceId'));

const getPath = (obj: any, path: string): any =>
  path.split('.').reduce((o, k) => (o === undefined || o === null ? undefined : o[k]), obj);

/**
 * The record at `key` (a dot path; `''` for the answer itself): an object with content, carrying every key
 * in `requires`. Anything else is a MissingInAnswer.
 */
export const recordAt = (data: unknown, key = '', requires: string[] = []): Record<string, any> => {
  const found = key ? getPath(data, key) : data;
  const what = key ? `the "${key}" record` : 'the record';
  if (!isObject(found) || isEmptyAnswer(found)) throw new MissingInAnswer(what, found ?? data);
  const absent = requires.filter((k) => found[k] === undefined || found[k] === null || found[k] === '');
  if (absent.length) throw new MissingInAnswer(`${what}'s ${absent.map((k) => `"${k}"`).join(', ')}`, found);
  if (!key && 'traceId' in found) {
    const { traceId: _traceId, ...rest } = found;
    return rest;
  }
  return found;
};

/** `recordAt` as a result: `result: record('note')`, `result: record('', 'id')` (the answer is the record). */
export const record =
  (key = '', ...requires: string[]) =>
  (data: unknown): Record<string, any> =>
    recordAt(data, key, requires);

/**
 * GHL's record with or without an envelope: the first of `keys` that holds an object (GHL wraps some
 * records, e.g. `{message: {...}}`, where the spec documents them bare), else the answer itself, which must
 * then carry `requires` (by default its `id`). `traceId` is dropped so it never makes a by-id trigger fire.
 */
export const unwrapRecord = (data: unknown, keys: string[], requires: string[] = ['id']): Record<string, any> => {
  for (const key of keys) if (isObject(data) && isObject(data[key]) && !isEmptyAnswer(data[key])) return data[key];
  return recordAt(data, '', requires);
};

/** The list at `key` of an answer, which must be there and be a list. */
export const listAt = (data: unknown, key: string): any[] => {
  const found = getPath(data, key);
  if (!Array.isArray(found)) throw new MissingInAnswer(`the "${key}" list`, found ?? data);
  return found;
};

/** What an acknowledgement-only endpoint answered (`{succeded: true}`, or nothing), without `traceId`. */
export const acknowledgement = (data: unknown): Record<string, any> => {
  if (!isObject(data)) return {};
  const { traceId: _traceId, ...rest } = data;
  return rest;
};

const ACK_LABELS: Record<string, string> = { succeded: 'Succeeded', succeeded: 'Succeeded', success: 'Succeeded', message: 'Message' };

/**
 * The parts every delete shares: an acknowledgement at most from GHL (an empty answer is success), the
 * result `{id, deleted, …what GHL said}` (the id of the deleted record: from the answer where GHL returns
 * the record, else the input), output fields that follow the sample, and the editor's warning of what is
 * deleted. Spread into the declaration:
 * `...deletion('taskId', 'Task ID', { id: 'lJpz…', deleted: true, succeded: true }, { deletes: 'the task' })`.
 */
export const deletion = (
  idKey: string,
  idLabel: string,
  sample: Record<string, unknown>,
  opts: { idFromAnswer?: boolean; deletes?: string } = {},
) => ({
  ack: true as const,
  ...(opts.deletes ? { warning: `**This permanently deletes ${opts.deletes}.** It cannot be undone.` } : {}),
  result: (data: unknown, input: Record<string, any>): Record<string, unknown> => {
    const said = acknowledgement(data);
    return {
      ...said,
      id: (opts.idFromAnswer && said.id) || input[idKey],
      deleted: said.deleted ?? said.succeded ?? said.succeeded ?? said.success ?? true,
    };
  },
  sample,
  outputFields: [
    { key: 'id', label: idLabel },
    { key: 'deleted', label: 'Deleted', type: 'boolean' as const },
    ...Object.keys(sample)
      .filter((k) => k !== 'id' && k !== 'deleted')
      .map((k) => ({ key: k, label: ACK_LABELS[k] ?? k, ...(typeof sample[k] === 'boolean' ? { type: 'boolean' as const } : {}) })),
  ],
});

/**
 * The result of an acknowledgement-only step: the ids it acted on (the inputs named, under the same keys)
 * and GHL's flag (`succeded`, true when GHL answered nothing).
 */
export const acknowledged =
  (inputKeys: string[], flag: 'succeded' | 'succeeded' | 'success' = 'succeded') =>
  (data: unknown, input: Record<string, any>): Record<string, unknown> => {
    const said = acknowledgement(data);
    return { ...Object.fromEntries(inputKeys.map((k) => [k, input[k]])), [flag]: said[flag] ?? said.succeeded ?? said.success ?? true };
  };
