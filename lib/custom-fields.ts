/**
 * Custom fields of contacts and opportunities: the sub-account's definitions become typed Zapier inputs,
 * inputs become GHL's `customFields: [{id, field_value}]` (the field source binds them into the body), and
 * records get `customFieldsByName` (an operation declares `customFields: 'contact'`).
 *
 * The definitions are kept for a few minutes per sub-account and model (z.cache, scoped to the connection;
 * memory where z.cache is unreachable, as in local runs), so a warm step sends one request, not two. A field
 * id the kept definitions do not know (a field created since) makes them be read again, once.
 */
import { store } from './cache';
import { ghlRequest } from './http';
import { isAgency, resolveConnection } from './connection';
import type { Bundle, Ctx, CustomFieldModel, Field, FieldFunction, Input, ZObject } from './types';
import { toDateOnly, toList, toNumber } from './transforms';

export type { CustomFieldModel };

export interface CustomFieldDef {
  id: string;
  name: string;
  fieldKey?: string;
  dataType?: string;
  picklistOptions?: string[];
  placeholder?: string;
}

/** Input keys: `cf__<id>` (value sent as entered) and `cfd__<id>` (a date, sent as YYYY-MM-DD). */
const PLAIN = 'cf__';
const DATE = 'cfd__';
/** A free-form input for fields addressed by their key (`contact.pincode`). */
export const CUSTOM_BY_KEY = 'customFieldsByKey';

export const CUSTOM_FIELDS_PATH = '/locations/{locationId}/customFields';
/** Operations that show or name custom fields read their definitions, so they need this scope too. */
export const CUSTOM_FIELDS_SCOPE = 'locations/customFields.readonly';

/** How long definitions are kept. */
export const DEFS_TTL_S = 300;

type Where = { locationId: string; token?: string };

/** Kept definitions (of any kind: custom fields, an object's schema) and when they were read. */
interface Kept<T> {
  defs: T;
  readAt: number;
}
/** Kept definitions that miss something a step needs are read again only when older than this (a genuinely unknown id does not re-read every time). */
const REREAD_AFTER_MS = 60_000;

/** Every store of kept definitions, so that tests (and a fresh sandbox) can forget them all at once. */
const KEPT_STORES: Array<{ clear: () => void }> = [];

/**
 * Reads definitions the way custom fields are read, for any kind of definitions (custom fields here, custom
 * object schemas in lib/object-fields.ts): kept DEFS_TTL_S per connection (z.cache's `auth` scope) and key,
 * read at most once per invocation and key; when `stale(kept)` says the kept ones miss something the step
 * needs (a field created since), they are read again, once, if older than a minute.
 */
export const keptDefinitions = <T>() => {
  const kept = store<Kept<T>>(DEFS_TTL_S, { scope: 'auth' });
  KEPT_STORES.push(kept);
  /** Requests made per invocation: at most one read per key (and one more when the kept ones are stale). */
  const perBundle = new WeakMap<object, Map<string, Promise<Kept<T>>>>();
  const isFresh = (k: Kept<T> | undefined): k is Kept<T> =>
    !!k && k.defs !== undefined && k.defs !== null && typeof k.readAt === 'number' && Date.now() - k.readAt < DEFS_TTL_S * 1000;
  return async (z: ZObject, bundle: Bundle, key: string, read: () => Promise<T>, stale: (defs: T) => boolean = () => false): Promise<T> => {
    let calls = perBundle.get(bundle);
    if (!calls) perBundle.set(bundle, (calls = new Map()));
    const get = (fresh: boolean): Promise<Kept<T>> => {
      const memoKey = `${key}:${fresh ? 'fresh' : 'kept'}`;
      let p = calls!.get(memoKey);
      if (!p) {
        p = (async () => {
          const hit = fresh ? undefined : await kept.get(z, key);
          if (isFresh(hit)) return hit;
          const got: Kept<T> = { defs: await read(), readAt: Date.now() };
          await kept.set(z, key, got);
          return got;
        })();
        calls!.set(memoKey, p);
      }
      return p;
    };
    const current = await get(false);
    return stale(current.defs) && Date.now() - current.readAt >= REREAD_AFTER_MS ? (await get(true)).defs : current.defs;
  };
};

/** The kept custom field definitions, per connection (z.cache's `auth` scope) and sub-account and model. */
const keptFieldDefs = keptDefinitions<CustomFieldDef[]>();
/** For tests: forget the definitions this worker keeps (custom fields, and every other kind kept with keptDefinitions). */
export const forgetCustomFieldDefs = (): void => KEPT_STORES.forEach((s) => s.clear());

const keyFor = (where: Where, model: CustomFieldModel) => `ghl-custom-fields:${where.locationId}:${model}`;

const readDefs = async (z: ZObject, where: Where, model: CustomFieldModel): Promise<CustomFieldDef[]> => {
  const data = await ghlRequest(z, {
    method: 'GET',
    path: CUSTOM_FIELDS_PATH,
    pathParams: { locationId: where.locationId },
    query: { model },
    token: where.token,
  });
  const list = Array.isArray(data?.customFields) ? data.customFields : [];
  // The endpoint may answer every model's fields; keep this model's (and only what a definition needs).
  return list
    .filter((d: any) => d && d.id && (!d.model || d.model === model))
    .map(({ id, name, fieldKey, dataType, picklistOptions, placeholder }: any) => ({ id, name, fieldKey, dataType, picklistOptions, placeholder }));
};

/**
 * The definitions of a sub-account's custom fields of a model: kept ones when fresh, else read (and kept).
 * `knows` lists field ids that must be among them: when one is missing, the kept ones are read again.
 */
export const fetchCustomFieldDefs = async (
  z: ZObject,
  bundle: Bundle,
  model: CustomFieldModel,
  conn?: Where,
  knows: string[] = [],
): Promise<CustomFieldDef[]> => {
  const where = conn || (await resolveConnection(z, bundle, 'sub-account'));
  return keptFieldDefs(z, bundle, keyFor(where, model), () => readDefs(z, where, model), (defs) => {
    const ids = new Set(defs.map((d) => d.id));
    return knows.some((id) => !ids.has(id));
  });
};

/** GoHighLevel's data types (custom fields and custom object properties share them). */
export const CHOICE_TYPES = ['SINGLE_OPTIONS', 'RADIO', 'MULTIPLE_OPTIONS', 'CHECKBOX'];
export const MULTI_TYPES = ['MULTIPLE_OPTIONS', 'CHECKBOX', 'TEXTBOX_LIST'];
export const NUMBER_TYPES = ['NUMERICAL', 'MONETORY', 'MONETARY'];
/** Types a Zap cannot fill (uploads, signatures): no input is offered for them. */
export const UNFILLABLE_TYPES = ['FILE_UPLOAD', 'SIGNATURE'];

/**
 * The Zapier shape of an input of a GoHighLevel data type: its type, its choices (for option types that have
 * options), list-ness, and the format help it needs. Undefined for the types a Zap cannot fill.
 */
export const typedInput = (
  dataType: string | undefined,
  choices: Array<{ value: string; label: string }> = [],
): { type: NonNullable<Field['type']>; choices?: Field['choices']; list?: true; help: string[] } | undefined => {
  const t = (dataType || 'TEXT').toUpperCase();
  if (UNFILLABLE_TYPES.includes(t)) return undefined;
  const help: string[] = [];
  let type: NonNullable<Field['type']> = 'string';
  if (t === 'LARGE_TEXT') type = 'text';
  else if (NUMBER_TYPES.includes(t)) type = 'number';
  else if (t === 'DATE') {
    type = 'datetime';
    help.push('A date; sent as YYYY-MM-DD.');
  }
  const out: ReturnType<typeof typedInput> = { type, help };
  if (CHOICE_TYPES.includes(t) && choices.length) out.choices = choices.map((c) => ({ value: c.value, label: c.label, sample: c.value }));
  if (MULTI_TYPES.includes(t)) out.list = true;
  if (t === 'PHONE') help.push('A phone number, e.g. +1 555 010 2030.');
  if (t === 'EMAIL') help.push('An email address.');
  return out;
};

/** One definition → one Zapier input (undefined for types Zapier cannot fill, such as file uploads). */
export const toInputField = (def: CustomFieldDef): Field | undefined => {
  const shape = typedInput(def.dataType, (def.picklistOptions || []).map((o) => ({ value: o, label: o })));
  if (!shape) return undefined;
  const isDate = (def.dataType || '').toUpperCase() === 'DATE';
  const field: Field = { key: `${isDate ? DATE : PLAIN}${def.id}`, label: def.name, type: shape.type };
  if (shape.choices) field.choices = shape.choices;
  if (shape.list) field.list = true;
  field.helpText = [...shape.help, `Custom field \`${def.fieldKey || def.id}\`.`].join(' ');
  return field;
};

/** GHL's `field_value` is a string or a list of strings: numbers and booleans are sent as text. */
const asFieldValue = (v: unknown): unknown =>
  Array.isArray(v) ? toList(v).map(String) : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;

/** A number field's value, checked strictly (`1,50` is refused, never sent as text GHL would misread). */
const numberValue = (v: unknown, key: string, label: string): unknown => {
  if (Array.isArray(v)) return toNumber(v, key, label); // a list is not a number: refused
  const n = toNumber(v, key, label);
  return typeof v === 'string' ? v.trim() : String(n);
};

const isSet = (v: unknown): boolean => !(v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0));

/** The custom field ids an input carries values for. */
const inputIds = (input: Input): string[] =>
  Object.entries(input)
    .filter(([k, v]) => (k.startsWith(PLAIN) || k.startsWith(DATE)) && isSet(v))
    .map(([k]) => (k.startsWith(DATE) ? k.slice(DATE.length) : k.slice(PLAIN.length)));

/** Does the input carry any custom field value (so the definitions are needed to check it)? */
export const hasCustomFieldInput = (input: Input): boolean =>
  inputIds(input).length > 0 ||
  (!!input[CUSTOM_BY_KEY] && typeof input[CUSTOM_BY_KEY] === 'object' && Object.keys(input[CUSTOM_BY_KEY]).length > 0);

/**
 * Inputs → `[{id, field_value}]` and `[{key, field_value}]`. Lists stay lists; dates become YYYY-MM-DD;
 * with the definitions at hand, number fields are checked strictly and named in the error.
 */
export const customFieldsFromInput = (input: Input, defs: CustomFieldDef[] = []): Array<Record<string, unknown>> | undefined => {
  const byId = new Map(defs.map((d) => [d.id, d]));
  const byKey = new Map(defs.filter((d) => d.fieldKey).map((d) => [d.fieldKey as string, d]));
  const valueFor = (def: CustomFieldDef | undefined, v: unknown, key: string): unknown =>
    def && NUMBER_TYPES.includes(String(def.dataType).toUpperCase()) ? numberValue(v, key, def.name) : asFieldValue(v);
  const out: Array<Record<string, unknown>> = [];
  for (const [k, v] of Object.entries(input)) {
    if (!isSet(v)) continue;
    if (k.startsWith(DATE)) {
      const id = k.slice(DATE.length);
      out.push({ id, field_value: toDateOnly(v, k, byId.get(id)?.name ?? 'custom date') });
    } else if (k.startsWith(PLAIN)) {
      const id = k.slice(PLAIN.length);
      out.push({ id, field_value: valueFor(byId.get(id), v, k) });
    }
  }
  const given = input[CUSTOM_BY_KEY];
  if (given && typeof given === 'object') {
    for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
      if (key.trim() && isSet(value)) out.push({ key: key.trim(), field_value: valueFor(byKey.get(key.trim()), value, CUSTOM_BY_KEY) });
    }
  }
  return out.length ? out : undefined;
};

/**
 * The input field source of a model's custom fields: typed inputs at edit time, and at run time their
 * values as the body's `customFields` (checked against the definitions, read only when values are given).
 */
export const customFieldInputs = (model: CustomFieldModel): FieldFunction => {
  const fn: FieldFunction = async (z, bundle) => {
    // Agency connections: the fields appear once a sub-account is chosen (the picker alters dynamic fields).
    if (isAgency(bundle) && !String((bundle.inputData as Input)?.locationId ?? '').trim()) return [];
    const defs = await fetchCustomFieldDefs(z, bundle, model);
    const fields = defs.map(toInputField).filter((f): f is Field => !!f);
    fields.push({
      key: CUSTOM_BY_KEY,
      label: 'Other Custom Fields (by key)',
      dict: true,
      helpText:
        `Custom fields by their key, e.g. \`${model}.pincode\` → \`411001\`, for fields not listed above ` +
        '(a field created after this step was set up).',
    });
    return fields;
  };
  fn.fieldSource = `custom fields (${model})`;
  fn.request = async (input, ctx) => {
    if (!hasCustomFieldInput(input)) return {};
    const defs = await fetchCustomFieldDefs(ctx.z, ctx.bundle, model, ctx, inputIds(input));
    return { body: { customFields: customFieldsFromInput(input, defs) } };
  };
  return fn;
};

/**
 * Adds `customFieldsByName` ({"Pincode": "411001"}) to a record whose `customFields` are bare `{id, value}`
 * pairs. Reads the definitions (kept for a few minutes) only when the record has custom fields.
 */
export const withCustomFieldNames = async (
  record: any,
  ctx: Pick<Ctx, 'z' | 'bundle' | 'locationId' | 'token'>,
  model: CustomFieldModel,
  key = 'customFields',
): Promise<any> => {
  if (!record || typeof record !== 'object') return record;
  const values = Array.isArray(record[key]) ? record[key] : [];
  if (values.length === 0) return { ...record, customFieldsByName: {} };
  const ids = values.map((cf: any) => cf?.id).filter((id: unknown): id is string => typeof id === 'string');
  const defs = await fetchCustomFieldDefs(ctx.z, ctx.bundle, model, { locationId: ctx.locationId, token: ctx.token }, ids);
  const byId = new Map(defs.map((d) => [d.id, d]));
  const byName: Record<string, unknown> = {};
  for (const cf of values) {
    const def = byId.get(cf?.id);
    const name = def?.name || cf?.id;
    if (name) byName[name] = cf.value ?? cf.field_value ?? cf.fieldValue;
  }
  return { ...record, customFieldsByName: byName };
};
