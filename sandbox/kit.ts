/**
 * Small helpers every resource module uses: finding a record or answering GHL's 404, the sub-account a
 * request works in, copying the properties a body may set, and the three ways GHL pages its lists
 * (limit/skip or limit/offset, page/pageLimit, startAfter/startAfterId).
 */
import { fail, type Req } from './http';
import { newId, type Rec, type SandboxState, type Table } from './state';

/** The record with this id, or GHL's 404. */
export const must = <T extends Rec>(table: Table<T>, id: string, what: string): T => {
  const found = table.get(id);
  if (!found) throw fail(404, `${what} with id ${id} not found`);
  return found;
};

/** A record of another sub-account is not there for this token (GHL answers 404 or 403; the sandbox 404). */
export const mustOwn = <T extends Rec>(req: Req, table: Table<T>, id: string, what: string): T => {
  const rec = must(table, id, what);
  const loc = req.grant?.userType === 'Location' ? req.grant.locationId : '';
  if (loc && rec.locationId && rec.locationId !== loc) throw fail(404, `${what} with id ${id} not found`);
  return rec;
};

/** The properties of `body` among `keys` that are set (undefined left out). */
export const pick = (body: Rec | undefined, keys: string[]): Rec =>
  Object.fromEntries(keys.filter((k) => body?.[k] !== undefined).map((k) => [k, body![k]]));

export const lower = (v: unknown): string => String(v ?? '').trim().toLowerCase();

/** A query value that may be repeated (`?ids=a&ids=b`) or comma separated, as a list. */
export const listOf = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined || v === '' ? [] : String(v).split(','))
    .map((x) => String(x).trim())
    .filter(Boolean);

/** `"true"`/`"false"` query values (undefined when absent). */
export const boolOf = (v: unknown): boolean | undefined => (v === undefined ? undefined : v === true || v === 'true');

/** Does any of the values contain the search text (case-insensitive)? An empty search matches all. */
export const matchesText = (text: unknown, ...values: unknown[]): boolean => {
  const q = lower(text);
  return !q || values.some((v) => lower(v).includes(q));
};

const timeOf = (v: unknown): number => (typeof v === 'number' ? v : Date.parse(String(v ?? '')) || 0);

/** Newest first by a date property. */
export const newestFirst =
  (key: string) =>
  (a: Rec, b: Rec): number =>
    timeOf(b[key]) - timeOf(a[key]);

/** `limit`/`skip` (or `offset`) paging: the page and the total. */
export const limitSkip = <T>(items: T[], query: Rec, defaultLimit = 20): T[] => {
  const limit = Number(query.limit) > 0 ? Number(query.limit) : defaultLimit;
  const skip = Number(query.skip ?? query.offset) > 0 ? Number(query.skip ?? query.offset) : 0;
  return items.slice(skip, skip + limit);
};

/** `page` (from 1) / `pageLimit` (or `limit`) paging. */
export const pageOf = <T>(items: T[], page: unknown, limit: unknown, defaultLimit = 20): T[] => {
  const size = Number(limit) > 0 ? Number(limit) : defaultLimit;
  const current = Math.max(1, Number(page) || 1);
  return items.slice((current - 1) * size, current * size);
};

/**
 * `startAfter` (epoch ms of the last item's date) / `startAfterId` paging over items sorted newest first:
 * the page after the item with that id (or after that time), of `limit` items.
 */
export const startAfterPage = <T extends Rec>(items: T[], query: Rec, dateKey: string, defaultLimit = 20): T[] => {
  const limit = Number(query.limit) > 0 ? Number(query.limit) : defaultLimit;
  let from = 0;
  if (query.startAfterId) {
    const i = items.findIndex((it) => it.id === query.startAfterId);
    from = i >= 0 ? i + 1 : items.length;
  } else if (query.startAfter) {
    const t = Number(query.startAfter);
    from = items.findIndex((it) => timeOf(it[dateKey]) < t);
    if (from < 0) from = items.length;
  }
  return items.slice(from, from + limit);
};

/** GHL keeps a sub-account's tags as records of their own: tagging a contact with a new name creates one. */
export const ensureTags = (state: SandboxState, locationId: string, names: string[]): void => {
  const tags = state.table('tags');
  for (const name of names) {
    if (!tags.where((t) => t.locationId === locationId && lower(t.name) === lower(name)).length) {
      tags.put({ id: newId(), name, locationId });
    }
  }
};

/** GHL takes custom fields as `[{id|key, field_value}]` and answers them as `[{id, value}]`. */
export const mergeCustomFields = (state: SandboxState, locationId: string, current: Rec[] = [], incoming: unknown): Rec[] => {
  if (!Array.isArray(incoming)) return current;
  const out = new Map(current.map((cf) => [cf.id, cf.value]));
  const defs = state.table('customFields').where((d) => d.locationId === locationId);
  for (const cf of incoming) {
    const def = defs.find((d) => d.id === cf?.id || d.fieldKey === cf?.key || d.fieldKey.endsWith(`.${cf?.key}`));
    if (!def) throw fail(422, [`customFields: no custom field ${cf?.id ?? cf?.key} in this location`]);
    out.set(def.id, cf?.field_value ?? cf?.value ?? cf?.fieldValue);
  }
  return [...out].map(([id, value]) => ({ id, value }));
};

