/**
 * Example values from (inlined) JSON schemas: the spec's own `example`/`examples` first, else a value
 * built from the schema's types. Used to answer the app's requests with what the spec says GHL returns.
 */
import type { Json } from './spec';

export const EXAMPLE_DATETIME = '2026-07-02T05:18:26.704Z';

const MAX_DEPTH = 8;

const firstExample = (schema: Json): { found: boolean; value?: unknown } => {
  if (schema.example !== undefined) return { found: true, value: schema.example };
  if (Array.isArray(schema.examples) && schema.examples.length) return { found: true, value: schema.examples[0] };
  if (schema.examples && typeof schema.examples === 'object') {
    const first = Object.values<Json>(schema.examples)[0];
    if (first && first.value !== undefined) return { found: true, value: first.value };
  }
  return { found: false };
};

const typeOf = (schema: Json): string | undefined => {
  const t = Array.isArray(schema.type) ? schema.type.find((x: string) => x !== 'null') : schema.type;
  if (t) return t;
  if (schema.properties || schema.additionalProperties) return 'object';
  if (schema.items) return 'array';
  return undefined;
};

const stringFor = (schema: Json, name?: string): string => {
  switch (schema.format) {
    case 'date-time':
      return EXAMPLE_DATETIME;
    case 'date':
      return EXAMPLE_DATETIME.slice(0, 10);
    case 'email':
      return 'jane.doe@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com/';
    case 'uuid':
      return '3f2b8c1e-6b1a-4a59-9a3e-0c6f9b1d2e4f';
    default:
      break;
  }
  if (name && /email/i.test(name)) return 'jane.doe@example.com';
  if (name && /(^|_)(id|Id)$|Id$/.test(name)) return 'abc123';
  if (name && /(date|At)$/i.test(name)) return EXAMPLE_DATETIME;
  return name ? `example ${name}` : 'abc123';
};

/** An example value for a schema (`name` is the property name, for plausible strings). */
export const exampleFor = (schema: Json, name?: string, depth = 0): unknown => {
  if (!schema || typeof schema !== 'object') return null;
  const ex = firstExample(schema);
  if (ex.found) {
    // An object example that is not an object (GHL sometimes puts "string" there) is not usable.
    const t = typeOf(schema);
    const v = ex.value;
    const fits =
      t === undefined ||
      (t === 'object' && v !== null && typeof v === 'object' && !Array.isArray(v)) ||
      (t === 'array' && Array.isArray(v)) ||
      (t !== 'object' && t !== 'array');
    if (fits) return v;
  }
  if (schema.const !== undefined) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  if (Array.isArray(schema.allOf) && schema.allOf.length) {
    const parts = schema.allOf.map((s: Json) => exampleFor(s, name, depth + 1));
    if (parts.every((p: unknown) => p && typeof p === 'object' && !Array.isArray(p))) {
      const { allOf: _a, ...rest } = schema;
      const own = Object.keys(rest).length ? exampleFor(rest, name, depth + 1) : {};
      return Object.assign({}, ...parts, own && typeof own === 'object' ? own : {});
    }
    return parts[0];
  }
  for (const k of ['oneOf', 'anyOf']) {
    if (Array.isArray(schema[k]) && schema[k].length) return exampleFor(schema[k][0], name, depth + 1);
  }
  if (schema.default !== undefined) return schema.default;
  switch (typeOf(schema)) {
    case 'object': {
      if (depth >= MAX_DEPTH) return {};
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries<Json>(schema.properties || {})) out[k] = exampleFor(s, k, depth + 1);
      return out;
    }
    case 'array':
      if (depth >= MAX_DEPTH) return [];
      return [exampleFor(schema.items || {}, name, depth + 1)];
    case 'integer':
      return 1;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    case 'string':
      return stringFor(schema, name);
    case 'null':
      return null;
    default:
      return {};
  }
};
