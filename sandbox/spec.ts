/**
 * The sandbox's view of GoHighLevel's OpenAPI specs, through the contract check's own modules (one
 * implementation): `contract/spec.ts` indexes the specs, `contract/validate.ts` validates a request against
 * its spec operation, `contract/errata.ts` holds the documented spec errata. Here those problems become
 * GHL's 422 messages, and the sandbox's own answers are checked against the spec's response schemas.
 */
import { loadCatalog } from '../contract/catalog';
import { ERRATA, errataFor, type Erratum } from '../contract/errata';
import { SpecIndex, specDir, type Json, type SpecOperation } from '../contract/spec';
import type { CatalogEntry, RecordedRequest } from '../contract/types';
import { catalogEntryFor, schemaErrors, validateRequest, type ValidationContext } from '../contract/validate';

export interface SpecContext {
  spec: SpecIndex;
  catalog: CatalogEntry[];
  errata: Erratum[];
}

const loaded = new Map<string, SpecContext>();

/** The specs (indexed once per folder and process: sandboxes started by one test run share them). */
export const specContext = (dir: string = specDir()): SpecContext => {
  let ctx = loaded.get(dir);
  if (!ctx) {
    ctx = { spec: new SpecIndex(dir), catalog: loadCatalog(), errata: ERRATA };
    loaded.set(dir, ctx);
  }
  return ctx;
};

/**
 * The problems of one request, as GHL's 422 messages (the contract's wording without its
 * `METHOD /path: ` prefix, so each names the offending header, parameter or body property).
 */
export const requestProblems = (ctx: SpecContext, req: RecordedRequest): { op?: SpecOperation; problems: string[] } => {
  const vctx: ValidationContext = { spec: ctx.spec, catalog: ctx.catalog, errata: ctx.errata, origin: req.origin };
  const { op, problems } = validateRequest(req, vctx);
  const prefix = `${req.method} ${req.path}: `;
  return { op, problems: problems.map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p)) };
};

/** Which token an endpoint takes: the catalog's, else the spec's security schemes, else either. */
export const tokenKindOf = (ctx: SpecContext, op: SpecOperation): 'sub-account' | 'agency' | 'either' => {
  const entry = catalogEntryFor(ctx.catalog, op.method, op.template);
  if (entry) return entry.token;
  if (op.securitySchemes.includes('Agency-Access-Only')) return 'agency';
  if (op.securitySchemes.includes('Location-Access-Only')) return 'sub-account';
  return 'either';
};

/** The security schemes that take a Private Integration token of each level (the `-Only` ones take OAuth tokens only). */
const PRIVATE_TOKEN_SCHEMES: Record<'Location' | 'Company', string[]> = { Location: ['bearer', 'Location-Access'], Company: ['Agency-Access'] };

/** An endpoint's security alternatives: `[{Agency-Access: [scopes]}, {Location-Access: [scopes]}]`. */
const securityOf = (op: SpecOperation): Array<Record<string, string[]>> => (Array.isArray(op.raw.security) ? op.raw.security : []);

/**
 * The scopes GoHighLevel offers a Private Integration of each level: every scope of the endpoints that take
 * it, but the `oauth.*` ones (the Private Integrations page offers none).
 */
export const privateTokenScopes = (ctx: SpecContext): { Location: string[]; Company: string[] } => {
  const of = (level: 'Location' | 'Company') => {
    const out = new Set<string>();
    for (const op of ctx.spec.operations) {
      for (const alt of securityOf(op)) {
        for (const [scheme, scopes] of Object.entries(alt)) if (PRIVATE_TOKEN_SCHEMES[level].includes(scheme)) scopes.forEach((x) => out.add(x));
      }
    }
    return [...out].filter((x) => !x.startsWith('oauth.')).sort();
  };
  return { Location: of('Location'), Company: of('Company') };
};

/**
 * How GoHighLevel takes a Private Integration token at an endpoint: where its security admits the token's
 * level (else `kind`: an OAuth-only endpoint), with the scope an admitted alternative names (else `scope`).
 * An endpoint that declares no security takes any token.
 */
export const privateTokenRefusal = (op: SpecOperation, level: 'Location' | 'Company', scopes: string[]): 'kind' | 'scope' | undefined => {
  const alternatives = securityOf(op);
  if (alternatives.length === 0) return undefined;
  const admitted = alternatives.flatMap((alt) => Object.entries(alt).filter(([scheme]) => PRIVATE_TOKEN_SCHEMES[level].includes(scheme)));
  if (admitted.length === 0) return 'kind';
  return admitted.some(([, needs]) => needs.every((x) => scopes.includes(x))) ? undefined : 'scope';
};

/** The success status the spec gives an endpoint (GHL answers many creates with 201). */
export const successStatusOf = (ctx: SpecContext, op: SpecOperation): number => ctx.spec.successResponse(op).status;

/** The schema a JSON success answer must match: the spec's, or a `responseSchema` erratum's. */
export const answerSchemaOf = (ctx: SpecContext, op: SpecOperation): Json | undefined => {
  if (!answerSchemas.has(op)) answerSchemas.set(op, answerSchemaUncached(ctx, op));
  return answerSchemas.get(op);
};
const answerSchemas = new WeakMap<SpecOperation, Json | undefined>();

const answerSchemaUncached = (ctx: SpecContext, op: SpecOperation): Json | undefined => {
  const erratum = errataFor(ctx.errata, op.method, op.template, 'responseSchema')[0];
  if (erratum) return erratum.change.schema;
  const res = ctx.spec.successResponse(op);
  return res.contentType && res.contentType.includes('json') ? res.schema : undefined;
};

const SCHEMA_WORDS = ['properties', 'additionalProperties', 'items', 'allOf', 'anyOf', 'oneOf', 'enum', 'required'];

/**
 * GHL's generated specs type a property "object" when its generator did not know the type: dates, labels,
 * numbers (`startTime: {type: object}`, example "2023-09-25T16:00:00+05:30"). In answers such a bare
 * `{type: object}` accepts any value; everything else is checked as the spec says.
 */
const loosen = (schema: Json, alternative = false): Json => {
  if (Array.isArray(schema)) return schema.map((s) => loosen(s, alternative));
  if (!schema || typeof schema !== 'object') return schema;
  // A bare object among oneOf/anyOf alternatives is meant (`string | object | array`): kept.
  if (!alternative && schema.type === 'object' && !SCHEMA_WORDS.some((w) => w in schema)) return {};
  const out: Json = {};
  for (const [k, v] of Object.entries(schema)) {
    out[k] = k === 'example' || k === 'examples' || k === 'enum' ? v : loosen(v, k === 'oneOf' || k === 'anyOf');
  }
  return out;
};
const loosened = new WeakMap<object, Json>();

/** Where a JSON answer differs from the schema GHL documents for it (empty: it matches). */
export const answerProblems = (ctx: SpecContext, op: SpecOperation, body: unknown): string[] => {
  const schema = answerSchemaOf(ctx, op);
  if (!schema || typeof schema !== 'object' || Object.keys(schema).length === 0) return [];
  let checked = loosened.get(schema);
  if (!checked) loosened.set(schema, (checked = loosen(schema)));
  return schemaErrors(checked, body, 'answer');
};
