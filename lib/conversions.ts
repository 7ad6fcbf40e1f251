/**
 * The named conversions a field binding may ask for (`as: 'bool'`): each turns a Zapier input into what
 * GoHighLevel takes, strictly (lib/transforms.ts does the work and has the tests), naming the field in its
 * errors. `undefined` leaves the value out of the request.
 */
import { InputError } from './http';
import {
  checkEmail,
  nonEmpty,
  normalizePhone,
  shown,
  toBool,
  toDateOnly,
  toEpochMs,
  toInteger,
  toIsoInZone,
  toIsoUtc,
  toList,
  toNumber,
  writeZone,
} from './transforms';
import type { Conversion, ConversionName, Field } from './types';

/** JSON text (or an object already) → the value; anything else is an input error naming the field. */
export const parseJsonText: Conversion = (value, { key, label }) => {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  if (typeof value === 'object') return value;
  try {
    return JSON.parse(String(value));
  } catch {
    throw new InputError(`The ${label} field is not valid JSON: ${shown(String(value))}.`, key);
  }
};

export const CONVERSIONS: Record<ConversionName, Conversion> = {
  /** The text exactly as the user gave it (merge fields and spaces included). */
  text: (v) => v,
  /** An id: trimmed text. */
  id: (v) => nonEmpty(v),
  /** Text without the spaces around it (names, labels, URLs). */
  trim: (v) => nonEmpty(v),
  /** A Zapier list or comma/newline-separated text → a list of trimmed strings. */
  list: (v) => toList(v),
  bool: (v, f) => toBool(v, f.key, f.label),
  /** A boolean as GoHighLevel's text "true"/"false" (a few endpoints declare it so). */
  boolText: (v, f) => {
    const b = toBool(v, f.key, f.label);
    return b === undefined ? undefined : String(b);
  },
  number: (v, f) => toNumber(v, f.key, f.label),
  integer: (v, f) => toInteger(v, f.key, f.label),
  email: (v, f) => checkEmail(v, f.key, f.label),
  phone: (v, f) => normalizePhone(v, f.key, f.label),
  dateOnly: (v, f) => toDateOnly(v, f.key, f.label),
  isoUtc: (v, f) => toIsoUtc(v, f.key, f.label),
  /** ISO-8601 with the offset of the step's Timezone input, else the Zap's, else UTC. */
  isoInZone: (v, f, input, ctx) => toIsoInZone(v, f.key, writeZone(input, ctx), f.label),
  epochMs: (v, f) => toEpochMs(v, f.key, f.label),
  epochMsText: (v, f) => {
    const ms = toEpochMs(v, f.key, f.label);
    return ms === undefined ? undefined : String(ms);
  },
  json: parseJsonText,
};

/** The conversion a field's binding uses: its own, else the one its type implies. */
export const conversionOf = (field: Field): Conversion => {
  if (typeof field.as === 'function') return field.as;
  if (field.as) return CONVERSIONS[field.as];
  if (field.type === 'boolean') return CONVERSIONS.bool;
  if (field.type === 'number') return CONVERSIONS.number;
  if (field.type === 'integer') return CONVERSIONS.integer;
  if (field.list) return CONVERSIONS.list;
  return CONVERSIONS.text;
};
