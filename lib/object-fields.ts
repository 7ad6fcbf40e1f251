/**
 * Custom object properties: the chosen object's schema (`GET /objects/{key}?fetchProperties=true`) becomes
 * typed Zapier inputs (text, number, money, date, options as choices, one input per option of a textbox
 * list), the inputs become the record's `properties` body property (the field source binds them), and
 * records get `propertiesByName` ({"Plan Name": "Full-mouth restoration"}; option keys shown by their
 * labels).
 *
 * The schemas are kept like custom field definitions (lib/custom-fields.ts `keptDefinitions`: a few minutes
 * per connection, sub-account and object, at most one read per invocation), so a warm step sends one
 * request, not two; a property the kept schema does not know (created since) makes it be read again, once.
 * An engine module: it knows nothing of particular operations, and imports nothing above lib/.
 */
import { CHOICE_TYPES, keptDefinitions, NUMBER_TYPES, typedInput, UNFILLABLE_TYPES } from './custom-fields';
import { AnswerError, ghlRequest, InputError } from './http';
import { isAgency, resolveConnection } from './connection';
import { recordAt, summarize } from './results';
import { nonEmpty, shown, toDateOnly, toList, toNumber } from './transforms';
import type { Bundle, Ctx, Field, FieldFunction, Input, ResultFn, ZObject } from './types';

export const OBJECT_SCHEMA_PATH = '/objects/{key}';
/** Operations that show or name an object's properties read its schema, so they need this scope too. */
export const OBJECT_SCHEMA_SCOPE = 'objects/schema.readonly';
/** What an operation that reads schemas declares in `extraRequests`. */
export const OBJECT_SCHEMA_REQUEST = 'the object schema (GET /objects/{key}), on a cold cache';
/** The input naming the object (its key, `custom_objects.pet`): the operations' Object dropdown. */
export const SCHEMA_KEY_INPUT = 'schemaKey';
/** Input keys of properties: `prop__<property key>`, and `prop__<key>__<option key>` for a textbox list's options. */
const PROP = 'prop__';
/** A free-form input for properties by key (created after the step was set up). */
export const PROPERTIES_BY_KEY = 'propertiesByKey';

export interface PropertyOption {
  key: string;
  label: string;
}

export interface PropertyDef {
  /** The key in a record's `properties` (`name`): the last part of its field key (`custom_objects.pet.name`). */
  key: string;
  fieldKey: string;
  name: string;
  dataType: string;
  options: PropertyOption[];
  allowCustomOption?: boolean;
  description?: string;
}

export interface ObjectSchema {
  key: string;
  singular?: string;
  plural?: string;
  /** The property GoHighLevel shows records by (`name` of `custom_objects.pet.name`). */
  primaryProperty?: string;
  properties: PropertyDef[];
}

type Where = { locationId: string; token?: string };

/** `custom_objects.pet.name` → `name` (object and field keys are lower case and underscores: no dots). */
export const propertyKeyOf = (fieldKey: string): string => fieldKey.slice(fieldKey.lastIndexOf('.') + 1);

/** GHL's schema answer → what the app keeps of it (and only that). */
export const schemaOf = (data: any, schemaKey: string): ObjectSchema => {
  const object = data?.object;
  if (!object || typeof object !== 'object') {
    throw new AnswerError(`GoHighLevel answered the schema of the ${schemaKey} object without the object (got ${summarize(data)}).`);
  }
  const fields: any[] = Array.isArray(data.fields) ? data.fields : [];
  return {
    key: String(object.key || schemaKey),
    singular: object.labels?.singular,
    plural: object.labels?.plural,
    primaryProperty: typeof object.primaryDisplayProperty === 'string' ? propertyKeyOf(object.primaryDisplayProperty) : undefined,
    properties: fields
      .filter((f) => f && typeof f.fieldKey === 'string' && f.fieldKey)
      .map((f) => ({
        key: propertyKeyOf(f.fieldKey),
        fieldKey: f.fieldKey,
        name: String(f.name || propertyKeyOf(f.fieldKey)),
        dataType: String(f.dataType || 'TEXT').toUpperCase(),
        options: (Array.isArray(f.options) ? f.options : [])
          .filter((o: any) => o && o.key !== undefined && o.key !== null && o.key !== '')
          .map((o: any) => ({ key: String(o.key), label: String(o.label ?? o.key) })),
        ...(f.allowCustomOption ? { allowCustomOption: true } : {}),
        ...(f.description ? { description: String(f.description) } : {}),
      })),
  };
};

const keptSchemas = keptDefinitions<ObjectSchema>();

const readSchema = async (z: ZObject, where: Where, schemaKey: string): Promise<ObjectSchema> =>
  schemaOf(
    await ghlRequest(
      z,
      {
        method: 'GET',
        path: OBJECT_SCHEMA_PATH,
        pathParams: { key: schemaKey },
        labels: { key: 'Object' },
        query: { locationId: where.locationId, fetchProperties: 'true' },
        token: where.token,
      },
      `Reading the properties of the ${schemaKey} object`,
    ),
    schemaKey,
  );

/**
 * The schema of a sub-account's object: the kept one when fresh, else read (and kept). `knows` lists
 * property keys that must be among its properties: when one is missing, the kept schema is read again.
 */
export const fetchObjectSchema = async (
  z: ZObject,
  bundle: Bundle,
  schemaKey: string,
  conn?: Where,
  knows: string[] = [],
): Promise<ObjectSchema> => {
  const where = conn || (await resolveConnection(z, bundle, 'sub-account'));
  return keptSchemas(z, bundle, `ghl-object-schema:${where.locationId}:${schemaKey}`, () => readSchema(z, where, schemaKey), (schema) => {
    const keys = new Set(schema.properties.map((p) => p.key));
    return knows.some((k) => !keys.has(k));
  });
};

const isSet = (v: unknown): boolean => !(v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0));

/** The inputs a property owns, each with the key its value goes under in `properties`. */
const inputsOf = (p: PropertyDef): Array<{ input: string; wire: string; option?: PropertyOption }> =>
  p.dataType === 'TEXTBOX_LIST'
    ? p.options.map((o) => ({ input: `${PROP}${p.key}__${o.key}`, wire: `${p.key}.${o.key}`, option: o }))
    : [{ input: `${PROP}${p.key}`, wire: p.key }];

/** The object's properties as typed inputs (none for file uploads); on create, the primary property is required. */
export const propertyFields = (schema: ObjectSchema, mode: 'create' | 'update'): Field[] => {
  const out: Field[] = [];
  for (const p of schema.properties) {
    const about = [p.description, `Property \`${p.fieldKey}\`.`].filter(Boolean).join(' ');
    if (p.dataType === 'TEXTBOX_LIST') {
      for (const { input, option } of inputsOf(p)) out.push({ key: input, label: `${p.name}: ${option!.label}`, type: 'string', helpText: about });
      continue;
    }
    const shape = typedInput(p.dataType, p.options.map((o) => ({ value: o.key, label: o.label })));
    if (!shape) continue;
    const field: Field = { key: `${PROP}${p.key}`, label: p.name, type: shape.type };
    if (mode === 'create' && p.key === schema.primaryProperty) field.required = true;
    if (shape.choices) field.choices = shape.choices;
    if (shape.list) field.list = true;
    const help = [...shape.help];
    if (['MONETORY', 'MONETARY'].includes(p.dataType)) help.push("An amount, e.g. 1250.50, in the sub-account's currency.");
    if (p.dataType === 'RADIO' && p.allowCustomOption) help.push('Choose an option, or type a value of your own.');
    field.helpText = [...help, about].join(' ');
    out.push(field);
  }
  return out;
};

/** An option's key from its key or its label (case-insensitive); anything else is an input error naming the field. */
const optionKey = (p: PropertyDef, value: unknown, input: string): string => {
  const text = String(value).trim();
  const lower = text.toLowerCase();
  const found =
    p.options.find((o) => o.key === text) ?? p.options.find((o) => o.label.toLowerCase() === lower) ?? p.options.find((o) => o.key.toLowerCase() === lower);
  if (found) return found.key;
  if (p.allowCustomOption || p.options.length === 0) return text;
  throw new InputError(`The ${p.name} field must be one of ${p.options.map((o) => `"${o.label}"`).join(', ')}; got ${shown(text)}.`, input);
};

/** One property's value as GoHighLevel takes it: numbers as numbers, money as `{currency, value}`, dates as YYYY-MM-DD, option keys. */
export const propertyValue = (p: PropertyDef, value: unknown, input: string, label = p.name): unknown => {
  const t = p.dataType;
  if (UNFILLABLE_TYPES.includes(t)) throw new InputError(`The ${label} property is a file upload, which this step cannot set.`, input);
  if (t === 'MONETORY' || t === 'MONETARY') {
    const amount = toNumber(value, input, label);
    return amount === undefined ? undefined : { currency: 'default', value: amount };
  }
  if (NUMBER_TYPES.includes(t)) return toNumber(value, input, label);
  if (t === 'DATE') return toDateOnly(value, input, label);
  if (t === 'MULTIPLE_OPTIONS' || t === 'CHECKBOX') return toList(value).map((v) => optionKey(p, v, input));
  if (CHOICE_TYPES.includes(t)) return optionKey(p, value, input);
  return Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'string' ? value : String(value);
};

/** The property a by-key entry names: `plan_name`, `custom_objects.treatment_plan.plan_name`, or a textbox option `insurance.primary`. */
const baseKeyOf = (k: string): string => {
  const parts = k.split('.');
  return parts.length >= 3 ? parts[parts.length - 1] : parts[0];
};

/** The property keys an input carries values for (`prop__plan_name` → `plan_name`). */
const inputPropertyKeys = (input: Input): string[] => [
  ...Object.entries(input)
    .filter(([k, v]) => k.startsWith(PROP) && isSet(v))
    .map(([k]) => k.slice(PROP.length).split('__')[0]),
  ...Object.keys(byKeyInput(input)).map(baseKeyOf),
];

const byKeyInput = (input: Input): Record<string, unknown> => {
  const given = input[PROPERTIES_BY_KEY];
  if (!given || typeof given !== 'object' || Array.isArray(given)) return {};
  return Object.fromEntries(Object.entries(given as Record<string, unknown>).filter(([k, v]) => k.trim() && isSet(v)).map(([k, v]) => [k.trim(), v]));
};

/** Does the input carry any property value (so the schema is needed to convert it)? */
export const hasPropertyInput = (input: Input): boolean =>
  Object.entries(input).some(([k, v]) => k.startsWith(PROP) && isSet(v)) || Object.keys(byKeyInput(input)).length > 0;

/**
 * Inputs → the record's `properties`, converted by each property's type. Property inputs no property of the
 * schema owns come back as `unknown` (a property deleted since the step was set up).
 */
export const propertiesFromInput = (input: Input, schema: ObjectSchema): { properties: Record<string, unknown>; unknown: string[] } => {
  const properties: Record<string, unknown> = {};
  const owned = new Set<string>();
  for (const p of schema.properties) {
    for (const { input: key, wire, option } of inputsOf(p)) {
      owned.add(key);
      if (!isSet(input[key])) continue;
      const v = option ? String(input[key]) : propertyValue(p, input[key], key);
      if (isSet(v)) properties[wire] = v;
    }
  }
  // By key: `plan_name`, the full field key `custom_objects.treatment_plan.plan_name`, or a textbox option `insurance.primary`.
  const byKey = new Map(schema.properties.flatMap((p) => [[p.key, p] as const, [p.fieldKey, p] as const]));
  for (const [k, v] of Object.entries(byKeyInput(input))) {
    const p = byKey.get(k);
    if (p && p.dataType !== 'TEXTBOX_LIST') properties[p.key] = propertyValue(p, v, PROPERTIES_BY_KEY, p.name);
    else properties[p ? p.key : k] = Array.isArray(v) ? v.map(String) : v;
  }
  const unknown = Object.keys(input).filter((k) => k.startsWith(PROP) && isSet(input[k]) && !owned.has(k));
  return { properties, unknown };
};

const BY_KEY_FIELD: Field = {
  key: PROPERTIES_BY_KEY,
  label: 'Other Properties (by key)',
  dict: true,
  helpText:
    'Properties by their key, e.g. `plan_name` → `Full-mouth restoration`, for properties not listed above ' +
    '(a property created after this step was set up, or an object mapped from an earlier step).',
};

/**
 * The input field source of the chosen object's properties: typed inputs at edit time (once an object is
 * chosen, and on agency connections a sub-account), and at run time their values as the body's
 * `properties` (checked against the schema, read only when values are given).
 */
export const objectPropertyInputs = (mode: 'create' | 'update'): FieldFunction => {
  const fn: FieldFunction = async (z, bundle) => {
    const input = (bundle.inputData || {}) as Input;
    const schemaKey = nonEmpty(input[SCHEMA_KEY_INPUT]);
    if (!schemaKey) return [];
    if (isAgency(bundle) && !nonEmpty(input.locationId)) return [];
    // An object mapped from an earlier step is only known when the Zap runs: properties by key only.
    if (schemaKey.includes('{{')) return [BY_KEY_FIELD];
    const schema = await fetchObjectSchema(z, bundle, schemaKey);
    return [...propertyFields(schema, mode), BY_KEY_FIELD];
  };
  fn.fieldSource = `custom object properties (${mode})`;
  fn.request = async (input, ctx) => {
    if (!hasPropertyInput(input)) return {};
    const schemaKey = nonEmpty(input[SCHEMA_KEY_INPUT]);
    if (!schemaKey) throw new InputError('The Object field is required but was empty.', SCHEMA_KEY_INPUT);
    const schema = await fetchObjectSchema(ctx.z, ctx.bundle, schemaKey, ctx, inputPropertyKeys(input));
    const { properties, unknown } = propertiesFromInput(input, schema);
    if (unknown.length) {
      throw new InputError(
        `The ${schema.singular || schemaKey} object has no property for the field "${unknown[0]}" any more: refresh the step's fields.`,
        unknown[0],
      );
    }
    return Object.keys(properties).length ? { body: { properties } } : {};
  };
  return fn;
};

/** A property value for people: option keys as their labels (lists of them too); everything else as GHL stores it. */
const shownValue = (p: PropertyDef | undefined, value: unknown): unknown => {
  if (!p || !p.options.length) return value;
  const label = (v: unknown) => p.options.find((o) => o.key === v)?.label ?? v;
  return Array.isArray(value) ? value.map(label) : label(value);
};

/**
 * Adds `propertiesByName` ({"Plan Name": "Full-mouth restoration"}) to a record whose `properties` are keyed by
 * property key. Reads the schema (kept for a few minutes) only when the record has properties.
 */
export const withPropertyNames = async (record: any, ctx: Pick<Ctx, 'z' | 'bundle' | 'locationId' | 'token'>, schemaKey: string): Promise<any> => {
  if (!record || typeof record !== 'object') return record;
  const props = record.properties && typeof record.properties === 'object' && !Array.isArray(record.properties) ? record.properties : {};
  const keys = Object.keys(props);
  if (keys.length === 0) return { ...record, propertiesByName: {} };
  const schema = await fetchObjectSchema(ctx.z, ctx.bundle, schemaKey, { locationId: ctx.locationId, token: ctx.token }, [
    ...new Set(keys.map((k) => k.split('.')[0])),
  ]);
  const byKey = new Map(schema.properties.map((p) => [p.key, p]));
  const byName: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    const [base, option] = k.split('.');
    const p = byKey.get(base);
    if (p && option !== undefined) byName[`${p.name}: ${p.options.find((o) => o.key === option)?.label ?? option}`] = v;
    else byName[p?.name ?? k] = shownValue(p, v);
  }
  return { ...record, propertiesByName: byName };
};

/** A result: the record at `key` of GHL's answer (which must be there), with its properties by name. */
export const objectRecordAt =
  (key: string): ResultFn =>
  (data, input, ctx) =>
    withPropertyNames(recordAt(data, key), ctx, String(input[SCHEMA_KEY_INPUT] ?? '').trim());
