/**
 * Loads GoHighLevel's OpenAPI specs (`../shared/ghl-openapi`, or `GHL_OPENAPI_DIR`) and indexes their
 * operations by method and path template, so a recorded request (`GET /contacts/abc`) finds the spec
 * operation it calls (`GET /contacts/{contactId}`). `$ref`s are resolved across files
 * (`../common/common-schemas.json#/...`) and inlined, so schemas can be validated and turned into examples.
 */
import fs from 'fs';
import path from 'path';

export type Json = any;

export const DEFAULT_SPEC_DIR = path.resolve(__dirname, '..', '..', 'shared', 'ghl-openapi');

/** The spec folder: `GHL_OPENAPI_DIR`, else `../shared/ghl-openapi` relative to the project root. */
export const specDir = (): string =>
  process.env.GHL_OPENAPI_DIR ? path.resolve(process.env.GHL_OPENAPI_DIR) : DEFAULT_SPEC_DIR;

export interface SpecParam {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Json;
}

export interface SpecBody {
  required: boolean;
  /** Content type → inlined schema (undefined where the spec gives none). */
  content: Record<string, Json | undefined>;
}

export interface SpecOperation {
  /** Spec file relative to the spec folder, e.g. `apps/contacts.json`. */
  file: string;
  method: string;
  template: string;
  operationId?: string;
  params: SpecParam[];
  /** The Version header's value (enum), or null where the operation declares no Version header. */
  version: string | null;
  /** Every scope named in the operation's security requirements. */
  scopes: string[];
  /** Security scheme names (bearer, Location-Access, Agency-Access-Only, …). */
  securitySchemes: string[];
  /** The request body (schemas inlined on first use). */
  readonly body?: SpecBody;
  /** The raw (not inlined) operation object. */
  raw: Json;
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

const segmentsOf = (p: string): string[] => p.split('?')[0].split('/');
const isParam = (segment: string): boolean => /^\{[^}]+\}$/.test(segment);

/** Does a filled path (`/contacts/abc`) fit a template (`/contacts/{contactId}`)? Trailing slashes count. */
export const fitsTemplate = (template: string, filledPath: string): boolean => {
  const t = segmentsOf(template);
  const p = segmentsOf(filledPath);
  if (t.length !== p.length) return false;
  return t.every((seg, i) => (isParam(seg) ? p[i] !== '' : seg === p[i]));
};

/** Path parameter values of a filled path, by name (URL-decoded). */
export const pathParamsOf = (template: string, filledPath: string): Record<string, string> => {
  const t = segmentsOf(template);
  const p = segmentsOf(filledPath);
  const out: Record<string, string> = {};
  t.forEach((seg, i) => {
    if (isParam(seg)) {
      let v = p[i];
      try {
        v = decodeURIComponent(v);
      } catch {
        // keep the raw segment
      }
      out[seg.slice(1, -1)] = v;
    }
  });
  return out;
};

const literalCount = (template: string): number => segmentsOf(template).filter((s) => s !== '' && !isParam(s)).length;

export class SpecIndex {
  readonly dir: string;
  readonly docs = new Map<string, Json>();
  readonly operations: SpecOperation[] = [];

  constructor(dir: string = specDir()) {
    this.dir = dir;
    const appsDir = path.join(dir, 'apps');
    if (!fs.existsSync(appsDir)) {
      throw new Error(`contract: no OpenAPI specs at ${appsDir} (set GHL_OPENAPI_DIR to the ghl-openapi folder)`);
    }
    for (const name of fs.readdirSync(appsDir).filter((f) => f.endsWith('.json')).sort()) {
      const file = `apps/${name}`;
      const doc = this.load(file);
      for (const [template, item] of Object.entries<Json>(doc.paths || {})) {
        for (const method of METHODS) {
          const op = item?.[method];
          if (!op || typeof op !== 'object') continue;
          this.operations.push(this.index(file, method.toUpperCase(), template, op, item.parameters));
        }
      }
    }
  }

  /** Reads (once) a spec file relative to the spec folder. */
  load(file: string): Json {
    const key = path.posix.normalize(file);
    if (!this.docs.has(key)) {
      const full = path.join(this.dir, key);
      this.docs.set(key, JSON.parse(fs.readFileSync(full, 'utf8')));
    }
    return this.docs.get(key);
  }

  /** Resolves `#/a/b` or `../common/x.json#/a/b` seen in `fromFile`. */
  resolveRef(ref: string, fromFile: string): { node: Json; file: string } {
    const [filePart, pointer = ''] = ref.split('#');
    const file = filePart ? path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), filePart)) : fromFile;
    let node = this.load(file);
    for (const raw of pointer.split('/').filter(Boolean)) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node = node?.[key];
    }
    if (node === undefined) throw new Error(`contract: unresolvable $ref ${ref} in ${fromFile}`);
    return { node, file };
  }

  /**
   * Returns the schema with every `$ref` inlined (recursively, across files). A reference cycle is cut
   * with `{}` (anything), which only loosens the recursive part.
   */
  inline(schema: Json, file: string, chain: string[] = []): Json {
    if (Array.isArray(schema)) return schema.map((s) => this.inline(s, file, chain));
    if (!schema || typeof schema !== 'object') return schema;
    if (typeof schema.$ref === 'string') {
      const { node, file: target } = this.resolveRef(schema.$ref, file);
      const id = `${target}#${schema.$ref.split('#')[1] || ''}`;
      if (chain.includes(id)) return {};
      const { $ref: _ref, ...siblings } = schema;
      const resolved = this.inline(node, target, [...chain, id]);
      return Object.keys(siblings).length ? { ...resolved, ...this.inline(siblings, file, chain) } : resolved;
    }
    const out: Json = {};
    for (const [k, v] of Object.entries(schema)) {
      // `example`/`examples` are data, not schemas: keep them as they are.
      out[k] = k === 'example' || k === 'examples' ? v : this.inline(v, file, chain);
    }
    return out;
  }

  private index(file: string, method: string, template: string, op: Json, shared?: Json[]): SpecOperation {
    const params: SpecParam[] = [...(shared || []), ...(op.parameters || [])].map((p: Json) => {
      const resolved = p && p.$ref ? this.resolveRef(p.$ref, file).node : p;
      return {
        name: resolved.name,
        in: resolved.in,
        required: !!resolved.required || resolved.in === 'path',
        schema: this.inline(resolved.schema || {}, file),
      };
    });
    const versionParam = params.find((p) => p.in === 'header' && p.name.toLowerCase() === 'version');
    const version = versionParam
      ? String(versionParam.schema?.enum?.[0] ?? versionParam.schema?.default ?? versionParam.schema?.example ?? '')
      : null;
    const security: Json[] = Array.isArray(op.security) ? op.security : [];
    const scopes = [...new Set(security.flatMap((s) => Object.values<string[]>(s || {}).flat()))];
    const securitySchemes = [...new Set(security.flatMap((s) => Object.keys(s || {})))];
    const out = { file, method, template, operationId: op.operationId, params, version, scopes, securitySchemes, raw: op };
    if (op.requestBody) {
      // Inlining every body of every spec up front is slow (ad-manager alone is 350 kB): do it on demand.
      let memo: SpecBody | undefined;
      Object.defineProperty(out, 'body', {
        enumerable: true,
        get: () => {
          if (!memo) {
            const rb = op.requestBody.$ref ? this.resolveRef(op.requestBody.$ref, file).node : op.requestBody;
            const content: Record<string, Json | undefined> = {};
            for (const [type, media] of Object.entries<Json>(rb.content || {})) {
              content[type] = media?.schema ? this.inline(media.schema, file) : undefined;
            }
            memo = { required: !!rb.required, content };
          }
          return memo;
        },
      });
    }
    return out as SpecOperation;
  }

  /**
   * The spec operation a request calls: same method, a template the path fits; where several fit
   * (`/contacts/search` fits `/contacts/{contactId}` too), the one with the most literal segments.
   */
  find(method: string, filledPath: string): SpecOperation | undefined {
    const m = method.toUpperCase();
    const memoKey = `${m} ${filledPath}`;
    if (this.found.has(memoKey)) return this.found.get(memoKey);
    const fits = this.bySize(filledPath).filter((o) => o.method === m && fitsTemplate(o.template, filledPath));
    fits.sort((a, b) => literalCount(b.template) - literalCount(a.template));
    this.found.set(memoKey, fits[0]);
    return fits[0];
  }

  private readonly found = new Map<string, SpecOperation | undefined>();
  private sizeIndex?: Map<number, SpecOperation[]>;

  /** Operations whose template has as many segments as the path. */
  private bySize(filledPath: string): SpecOperation[] {
    if (!this.sizeIndex) {
      this.sizeIndex = new Map();
      for (const o of this.operations) {
        const n = segmentsOf(o.template).length;
        this.sizeIndex.set(n, [...(this.sizeIndex.get(n) || []), o]);
      }
    }
    return this.sizeIndex.get(segmentsOf(filledPath).length) || [];
  }

  /** The spec operation with exactly this method and template. */
  byTemplate(method: string, template: string): SpecOperation | undefined {
    const m = method.toUpperCase();
    return this.operations.find((o) => o.method === m && o.template === template);
  }

  /** Templates any method of which the path fits (for "wrong method" / trailing-slash hints). */
  templatesFitting(filledPath: string): SpecOperation[] {
    return this.bySize(filledPath).filter((o) => fitsTemplate(o.template, filledPath));
  }

  /** The first 2xx response of an operation: status, content type and (inlined) schema / example. */
  successResponse(op: SpecOperation): { status: number; contentType?: string; schema?: Json; example?: unknown; hasExample: boolean } {
    const responses: Json = op.raw.responses || {};
    const code = Object.keys(responses).filter((c) => /^2\d\d$/.test(c)).sort()[0];
    if (!code) return { status: 200, hasExample: false };
    const res = responses[code].$ref ? this.resolveRef(responses[code].$ref, op.file).node : responses[code];
    const content: Json = res.content || {};
    const types = Object.keys(content);
    const contentType = types.find((t) => t.includes('json')) ?? types[0];
    if (!contentType) return { status: Number(code), hasExample: false };
    const media = content[contentType] || {};
    let example: unknown;
    let hasExample = false;
    if (media.example !== undefined) {
      example = media.example;
      hasExample = true;
    } else if (media.examples && typeof media.examples === 'object') {
      const first = Object.values<Json>(media.examples)[0];
      if (first && first.value !== undefined) {
        example = first.value;
        hasExample = true;
      }
    }
    return {
      status: Number(code),
      contentType,
      schema: media.schema ? this.inline(media.schema, op.file) : undefined,
      example,
      hasExample,
    };
  }
}
