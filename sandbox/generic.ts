/**
 * Everything the sandbox does not model statefully, driven by the app's own declarations and GHL's specs:
 * each declared endpoint answers its operation's `sample`, in the envelope GHL's spec gives that endpoint's
 * success response (`{event: …}`, `{calendars: [...]}`, a bare record), with the spec's success status.
 */
import fs from 'fs';
import path from 'path';
import { DECLARATIONS } from '../index';
import type { Declaration } from '../lib/types';
import type { Rec } from './state';
import type { Router } from './server';

type Json = any;

interface SpecEntry {
  doc: Json;
  op: Json;
}

let specIndex: Map<string, SpecEntry> | undefined;

/** The spec folder: the option, GHL_OPENAPI_DIR, else ../shared/ghl-openapi next to the project. */
export const specDirOf = (dir?: string): string =>
  path.resolve(dir || process.env.GHL_OPENAPI_DIR || path.join(__dirname, '..', '..', 'shared', 'ghl-openapi'));

/** `METHOD /path/{template}` → its spec operation (empty when the specs are not there). */
const loadSpecs = (dir?: string): Map<string, SpecEntry> => {
  if (specIndex) return specIndex;
  specIndex = new Map();
  const apps = path.join(specDirOf(dir), 'apps');
  if (!fs.existsSync(apps)) return specIndex;
  for (const file of fs.readdirSync(apps).filter((f) => f.endsWith('.json'))) {
    const doc = JSON.parse(fs.readFileSync(path.join(apps, file), 'utf8'));
    for (const [p, ops] of Object.entries<Json>(doc.paths || {})) {
      for (const [m, op] of Object.entries<Json>(ops)) specIndex.set(`${m.toUpperCase()} ${p}`, { doc, op });
    }
  }
  return specIndex;
};

const deref = (doc: Json, schema: Json): Json => {
  for (let i = 0; i < 5 && schema?.$ref; i++) {
    if (!String(schema.$ref).startsWith('#/')) return undefined;
    schema = String(schema.$ref).slice(2).split('/').reduce((o: Json, k: string) => o?.[k], doc);
  }
  return schema;
};

/** The first 2xx status the spec declares for an endpoint (GHL answers most creates with 201). */
export const successStatus = (method: string, template: string): number => {
  const entry = loadSpecs().get(`${method} ${template}`);
  const code = Object.keys(entry?.op?.responses || {}).find((c) => /^2\d\d$/.test(c));
  return code ? Number(code) : 200;
};

/** Keys that travel next to GHL's record in an envelope without being the record. */
const META = new Set(['succeded', 'succeeded', 'success', 'traceId', 'new', 'message', 'total', 'meta', 'count']);

/**
 * Where the spec's success answer puts the payload: `record` (one object property, e.g. `event`) or
 * `list` (one array property, e.g. `calendars`); neither when the record is the answer itself.
 */
export const envelopeOf = (method: string, template: string): { record?: string; list?: string } => {
  const entry = loadSpecs().get(`${method} ${template}`);
  if (!entry) return {};
  const ok = Object.entries<Json>(entry.op.responses || {}).find(([c]) => /^2\d\d$/.test(c))?.[1];
  const schema = deref(entry.doc, ok?.content?.['application/json']?.schema);
  const props = Object.entries<Json>(schema?.properties || {}).filter(([k]) => !META.has(k));
  if (props.length !== 1) return {};
  const [key, prop] = props[0];
  if (prop.type === 'array') return { list: key };
  if (prop.$ref || prop.type === 'object' || prop.allOf) return { record: key };
  return {};
};

const nest = (dotPath: string, value: unknown): Rec =>
  dotPath.split('.').reduceRight<Rec>((inner, key) => ({ [key]: inner }), value as Rec);

const camel = (noun: string): string => noun.replace(/\s+(\w)/g, (_m, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toLowerCase());

/** The answer for a declared endpoint: the sample in its list key or envelope. */
export const sampleAnswer = (decl: Declaration, query: Rec, body: any): unknown => {
  const sample = decl.sample ?? { id: 'sandbox-sample' };
  const { method, path: template } = decl.endpoint;
  const envelope = envelopeOf(method, template);
  if (decl.list) {
    const page = Number(query.page ?? body?.page ?? 1);
    const later = Number(query.skip) > 0 || Number(query.offset) > 0 || page > 1;
    const items = later ? [] : [sample];
    const key = decl.list.key;
    if (key === null) return items;
    if (typeof key === 'string') return { ...nest(key, items), total: items.length };
    return envelope.list ? { [envelope.list]: items } : items;
  }
  if (envelope.record) return { [envelope.record]: sample, traceId: 'sandbox' };
  if (loadSpecs().size === 0) return { ...sample, [camel(decl.noun)]: sample }; // no specs: cover both shapes
  return sample;
};

/** Registers every declared endpoint the stateful routes do not cover. */
export const addGenericRoutes = (router: Router, specDir?: string): void => {
  loadSpecs(specDir);
  const byEndpoint = new Map<string, Declaration>();
  for (const d of DECLARATIONS) {
    const key = `${d.endpoint.method} ${d.endpoint.path}`;
    const seen = byEndpoint.get(key);
    if (!seen || (!seen.sample && d.sample)) byEndpoint.set(key, d); // prefer a visible operation's sample
  }
  for (const decl of byEndpoint.values()) {
    if (router.has(decl.endpoint.method, decl.endpoint.path)) continue;
    router.add(decl.endpoint.method, decl.endpoint.path, (req) => sampleAnswer(decl, req.query, req.body));
  }
};
