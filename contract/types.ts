/** Shapes shared by the contract modules. */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** One entry of `../shared/catalog/operations.json` (the fields the contract reads). */
export interface CatalogEntry {
  name: string;
  kind: 'trigger' | 'action';
  category: string;
  method: HttpMethod;
  path: string;
  specFile: string;
  operationId: string;
  versionHeader: string | null;
  scopes: string[];
  token: 'sub-account' | 'agency' | 'either';
  requiredPath: string[];
  requiredQuery: string[];
  requestBodyRequired: string[];
  deprecated?: boolean;
}

/** A request the app made, as nock saw it. */
export interface RecordedRequest {
  method: string;
  /** Scheme and host, e.g. https://services.leadconnectorhq.com */
  origin: string;
  /** Filled path without the query string. */
  path: string;
  /** Query parameters: one value, or several for repeated keys. */
  query: Record<string, string | string[]>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed body: JSON, or an object for form-encoded bodies; undefined when there is none. */
  body: unknown;
  /** The body as sent (for messages). */
  rawBody: string;
}

/** A problem found by a check: `subject` is `triggers.get_contact`, `catalog "Get Contact"` or `app`. */
export interface Problem {
  subject: string;
  message: string;
}

/** One entry of `../shared/catalog/beyond.json`: the operations beyond the catalog users need. */
export interface BeyondEntry {
  name: string;
  kind: 'trigger' | 'search' | 'create';
  /** events (triggers), finds (searches) or actions (creates). */
  group: 'events' | 'finds' | 'actions';
  /** The official endpoint (null for API Request (Beta), which wraps any). */
  method: HttpMethod | null;
  path: string | null;
  scopes: string[];
}
