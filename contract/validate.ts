/**
 * Validates one recorded request against the spec operation it calls: path and method exist, Version
 * header, path and query parameters (required, non-empty, declared, well-typed), the body (JSON or
 * form-encoded) against the request schema, and the bearer token.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { errataFor, type Erratum } from './errata';
import { multipartObject, parseMultipart } from './multipart';
import { pathParamsOf, type Json, type SpecIndex, type SpecOperation } from './spec';
import type { CatalogEntry, RecordedRequest } from './types';

/** Formats OpenAPI uses that JSON Schema does not define: accepted as they are. */
const OPENAPI_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'string', 'ObjectId', 'objectId', 'phone', 'date-time-iso'];

const makeAjv = (coerceTypes: boolean): Ajv => {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false, validateSchema: false });
  addFormats(ajv);
  for (const f of OPENAPI_FORMATS) if (!ajv.formats[f]) ajv.addFormat(f, true);
  return ajv;
};

const jsonAjv = makeAjv(false);
const coercingAjv = makeAjv(true);
const compiled = new WeakMap<object, ValidateFunction>();
const compiledCoercing = new WeakMap<object, ValidateFunction>();

/** Compiles (once per schema object) and validates; returns readable error lines. */
export const schemaErrors = (schema: Json, data: unknown, where: string, coerce = false): string[] => {
  if (!schema || typeof schema !== 'object') return [];
  const cache = coerce ? compiledCoercing : compiled;
  let validate = cache.get(schema);
  if (!validate) {
    try {
      validate = (coerce ? coercingAjv : jsonAjv).compile(schema);
    } catch (err: any) {
      return [`${where}: the spec schema does not compile (${err?.message || err})`];
    }
    cache.set(schema, validate);
  }
  // Coercion rewrites the data in place: validate a copy.
  const copy = coerce ? JSON.parse(JSON.stringify(data ?? null)) : data;
  if (validate(copy)) return [];
  return formatErrors(validate.errors || [], where);
};

const formatErrors = (errors: ErrorObject[], where: string): string[] => {
  const lines = errors.map((e) => {
      const at = `${where}${e.instancePath.replace(/\//g, '.').replace(/^\./, '.')}`;
      if (e.keyword === 'additionalProperties') return `${at} has property "${(e.params as any).additionalProperty}" the spec does not declare`;
      if (e.keyword === 'required') return `${at} misses required property "${(e.params as any).missingProperty}"`;
      if (e.keyword === 'enum') return `${at} ${e.message}: ${JSON.stringify((e.params as any).allowedValues)}`;
      return `${at} ${e.message}`;
    });
  return [...new Set(lines)].slice(0, 6);
};

const BAD_VALUES = new Set(['undefined', 'null', 'NaN', '[object Object]', 'Invalid Date']);

export interface ValidationContext {
  spec: SpecIndex;
  errata: Erratum[];
  catalog: CatalogEntry[];
  /** The GHL origin every request must go to. */
  origin: string;
}

/** The catalog entry for an endpoint (same method and template), if the catalog lists it. */
export const catalogEntryFor = (catalog: CatalogEntry[], method: string, template: string): CatalogEntry | undefined =>
  catalog.find((c) => c.method === method.toUpperCase() && c.path === template);

/** The Version the request must carry: an erratum's, else the catalog's, else the spec's. */
export const expectedVersion = (ctx: ValidationContext, op: SpecOperation): string | null => {
  const erratum = errataFor(ctx.errata, op.method, op.template, 'version')[0];
  if (erratum) return erratum.change.value;
  const entry = catalogEntryFor(ctx.catalog, op.method, op.template);
  if (entry) return entry.versionHeader;
  return op.version;
};

/** The JSON body schema to validate against, with this endpoint's errata applied. */
export const bodySchemaFor = (ctx: ValidationContext, op: SpecOperation, contentType: string): Json | undefined => {
  const replaced = errataFor(ctx.errata, op.method, op.template, 'bodySchema')[0];
  let schema: Json = replaced ? replaced.change.schema : op.body?.content[contentType];
  if (!schema) return undefined;
  const props = errataFor(ctx.errata, op.method, op.template, 'bodyProperties');
  const notRequired = errataFor(ctx.errata, op.method, op.template, 'bodyNotRequired').flatMap((e) => e.change.properties);
  if (props.length || notRequired.length) {
    schema = { ...schema, properties: { ...(schema.properties || {}) } };
    for (const e of props) Object.assign(schema.properties, e.change.properties);
    if (Array.isArray(schema.required)) schema.required = schema.required.filter((r: string) => !notRequired.includes(r));
  }
  return schema;
};

/** Query parameters the endpoint takes: the spec's plus errata. */
export const queryParamsFor = (ctx: ValidationContext, op: SpecOperation): Array<{ name: string; required: boolean; schema?: Json }> => {
  const out: Array<{ name: string; required: boolean; schema?: Json }> = op.params
    .filter((p) => p.in === 'query')
    .map((p) => ({ name: p.name, required: p.required, schema: p.schema }));
  for (const e of errataFor(ctx.errata, op.method, op.template, 'queryParams')) {
    for (const p of e.change.params) {
      const existing = out.find((q) => q.name === p.name);
      if (existing) Object.assign(existing, { required: p.required ?? existing.required, schema: p.schema ?? existing.schema });
      else out.push({ name: p.name, required: !!p.required, schema: p.schema });
    }
  }
  const entry = catalogEntryFor(ctx.catalog, op.method, op.template);
  for (const name of entry?.requiredQuery || []) {
    const existing = out.find((q) => q.name === name);
    if (existing) existing.required = true;
    else out.push({ name, required: true });
  }
  return out;
};

const isEmptyBody = (body: unknown): boolean =>
  body === undefined || body === null || body === '' || (typeof body === 'object' && !Array.isArray(body) && Object.keys(body as object).length === 0);

const mediaKind = (contentType: string | undefined): string => {
  const t = (contentType || '').split(';')[0].trim().toLowerCase();
  if (t.includes('json')) return 'application/json';
  return t;
};

export interface Validation {
  /** The spec operation the request calls (undefined: none). */
  op?: SpecOperation;
  problems: string[];
}

/** Checks one recorded request against the specs. */
export const validateRequest = (req: RecordedRequest, ctx: ValidationContext): Validation => {
  const where = `${req.method} ${req.path}`;
  const problems: string[] = [];
  const say = (m: string) => problems.push(`${where}: ${m}`);

  if (req.origin !== ctx.origin) say(`goes to ${req.origin}, not ${ctx.origin}`);
  for (const seg of req.path.split('/')) {
    let v = seg;
    try {
      v = decodeURIComponent(seg);
    } catch {
      // keep
    }
    if (BAD_VALUES.has(v)) say(`the path carries "${v}"`);
  }

  const op = ctx.spec.find(req.method, req.path);
  if (!op) {
    const others = ctx.spec.templatesFitting(req.path);
    const alt = req.path.endsWith('/') ? req.path.replace(/\/+$/, '') : `${req.path}/`;
    const slash = ctx.spec.find(req.method, alt);
    let hint = '';
    if (slash) hint = ` (the spec has ${slash.method} ${slash.template}: mind the trailing slash)`;
    else if (others.length) hint = ` (the spec has ${[...new Set(others.map((o) => `${o.method} ${o.template}`))].join(', ')})`;
    say(`no such path and method in the specs${hint}`);
    return { problems };
  }
  const endpoint = `${op.method} ${op.template}`;

  // Version header.
  const expected = expectedVersion(ctx, op);
  const actual = req.headers['version'];
  if (expected === null && actual !== undefined) say(`carries Version ${actual}, but ${endpoint} declares no Version header`);
  if (expected !== null && actual !== expected) say(`Version header is ${actual === undefined ? 'missing' : `"${actual}"`}, ${endpoint} requires "${expected}"`);

  // Path parameters (from the template: the spec's parameter lists miss some of them).
  const filled = pathParamsOf(op.template, req.path);
  for (const [name, value] of Object.entries(filled)) {
    // ("undefined" and the like are reported above, for any segment.)
    if (!value.trim()) say(`path parameter {${name}} is empty`);
  }
  const entry = catalogEntryFor(ctx.catalog, op.method, op.template);
  for (const name of entry?.requiredPath || []) {
    if (!(name in filled)) say(`the catalog's path parameter {${name}} is not in ${op.template}`);
  }
  for (const p of op.params.filter((x) => x.in === 'path')) {
    if (!(p.name in filled)) say(`declares path parameter {${p.name}} that ${op.template} does not have`);
  }

  // Query parameters.
  const declared = queryParamsFor(ctx, op);
  for (const [name, value] of Object.entries(req.query)) {
    const decl = declared.find((d) => d.name === name);
    if (!decl) {
      say(`query parameter "${name}" is not declared by ${endpoint}`);
      continue;
    }
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v.trim() === '' || BAD_VALUES.has(v)) say(`query parameter "${name}" is "${v}"`);
    }
    if (decl.schema && Object.keys(decl.schema).length) {
      const data = decl.schema.type === 'array' ? values : values.length > 1 ? values : values[0];
      problems.push(...schemaErrors(decl.schema, data, `${where}: query.${name}`, true));
    }
  }
  for (const d of declared.filter((x) => x.required)) {
    if (req.query[d.name] === undefined) say(`required query parameter "${d.name}" is missing`);
  }

  // Body.
  const hasBody = !isEmptyBody(req.body);
  const sentType = mediaKind(req.headers['content-type']);
  if (op.body) {
    const types = Object.keys(op.body.content).map(mediaKind);
    if (!hasBody) {
      const replaced = errataFor(ctx.errata, op.method, op.template, 'bodySchema').length > 0;
      const schema = bodySchemaFor(ctx, op, Object.keys(op.body.content)[0]);
      if ((op.body.required || replaced) && Array.isArray(schema?.required) && schema.required.length) {
        say(`sends no body; ${endpoint} requires one (with ${schema.required.join(', ')})`);
      }
    } else if (!types.includes(sentType)) {
      say(`sends a ${sentType || 'body without Content-Type'}; ${endpoint} takes ${types.join(' or ')}`);
    } else {
      const specType = Object.keys(op.body.content).find((t) => mediaKind(t) === sentType)!;
      const schema = bodySchemaFor(ctx, op, specType);
      // A multipart body (uploads) is checked as the object its parts make: text values, files as binary strings.
      const parsed = sentType === 'multipart/form-data' ? parseMultipart(req.rawBody ?? String(req.body), req.headers['content-type']) : undefined;
      if (parsed === null) say('sends a multipart body that is not made of parts of its boundary');
      else if (schema) problems.push(...schemaErrors(schema, parsed ? multipartObject(parsed) : req.body, `${where}: body`, sentType !== 'application/json'));
    }
  } else if (hasBody) {
    const schema = bodySchemaFor(ctx, op, 'application/json');
    if (schema) problems.push(...schemaErrors(schema, req.body, `${where}: body`));
    else say(`sends a body, but ${endpoint} declares none`);
  }

  // Bearer token.
  const auth = req.headers['authorization'] || '';
  if (!/^Bearer \S+$/.test(auth) && op.template !== '/oauth/token') say('has no "Authorization: Bearer <token>" header');

  return { op, problems };
};
