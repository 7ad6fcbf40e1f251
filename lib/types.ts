/**
 * The shapes the engine and the operations share. A leaf: it imports nothing of the app (only core's types),
 * so every other module can depend on it without an import circle.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

export type { Bundle, ZObject };

export type Input = Record<string, any>;
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
export type Kind = 'trigger' | 'create' | 'search';
/** Which token an endpoint needs (the catalog's `token`). */
export type TokenKind = 'sub-account' | 'agency' | 'either';
/** Where the connection's sub-account id goes (the catalog's `locationId`). */
export type LocationPlacement = 'query' | 'query:location_id' | 'body' | 'path' | 'none';
/** The custom field models GHL keeps definitions for (contacts, opportunities). */
export type CustomFieldModel = 'contact' | 'opportunity';

export interface Endpoint {
  method: Method;
  /** Path template as in the spec, e.g. `/contacts/{contactId}`; the Version header follows from it. */
  path: string;
}

/**
 * One part of a multipart/form-data body (`GhlRequest.multipart`): a text value; a file's bytes (a stream,
 * sent as it is read, or a buffer); or a file of an earlier Zap step by its URL, which lib/http.ts
 * downloads as a stream through z.request when the request is sent.
 */
export type MultipartPart =
  | { name: string; value: string | number | boolean }
  | { name: string; file: NodeJS.ReadableStream | Buffer; filename: string; contentType?: string; size?: number }
  | { name: string; fileUrl: string; filename?: string; contentType?: string; label?: string };

/** One GHL request, before lib/http.ts builds its URL, headers and body. */
export interface GhlRequest {
  method: Method;
  /** Path template as in the spec, e.g. `/contacts/{contactId}`. */
  path: string;
  pathParams?: Record<string, unknown>;
  /** The labels of the inputs behind path parameters, for errors that name the field. */
  labels?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
  /** The body as a form (`application/x-www-form-urlencoded`: the OAuth endpoints) instead of JSON. */
  form?: boolean;
  /** A multipart/form-data body (uploads), instead of `body`. */
  multipart?: MultipartPart[];
  /**
   * Bearer token to use instead of the connection's (agency → sub-account tokens); `null` sends no
   * Authorization at all (the token endpoint).
   */
  token?: string | null;
  raw?: boolean;
  skipThrowForStatus?: boolean;
}

/** Which sub-account (and which token) a step runs against. */
export interface Connection {
  locationId: string;
  companyId: string;
  userType: 'Location' | 'Company';
  /** A bearer token to use instead of the connection's own (minted sub-account token). */
  token?: string;
}

export interface Ctx extends Connection {
  z: ZObject;
  bundle: Bundle;
  /** 0-based page asked for (dropdown "load more", dedupe population). */
  page: number;
  pageSize: number;
}

export interface RequestParts {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** Where a field's value goes in the request. */
export type Placement = 'path' | 'query' | 'body';

/** What the engine tells a conversion about the field it converts. */
export interface FieldRef {
  key: string;
  label: string;
}

/**
 * A conversion of an input value to what GoHighLevel takes (lib/conversions.ts names the shared ones). It
 * may throw an InputError naming the field; `undefined` leaves the value out of the request.
 */
export type Conversion = (value: unknown, field: FieldRef, input: Input, ctx: Ctx) => unknown;

/** The names of lib/conversions.ts. */
export type ConversionName =
  | 'text'
  | 'id'
  | 'trim'
  | 'list'
  | 'bool'
  | 'boolText'
  | 'number'
  | 'integer'
  | 'email'
  | 'phone'
  | 'dateOnly'
  | 'isoUtc'
  | 'isoInZone'
  | 'epochMs'
  | 'epochMsText'
  | 'json';

export interface Field {
  key: string;
  label?: string;
  type?: 'string' | 'text' | 'integer' | 'number' | 'boolean' | 'datetime' | 'file' | 'password' | 'copy' | 'code' | 'json';
  required?: boolean;
  default?: string;
  list?: boolean;
  dict?: boolean;
  helpText?: string;
  dynamic?: string;
  search?: string;
  choices?: Record<string, string> | Array<{ value: string; label: string; sample: string }>;
  placeholder?: string;
  altersDynamicFields?: boolean;
  children?: Field[];
  computed?: boolean;
  /** Binding: where the value goes (the engine builds the request from the bindings; lib/request.ts). */
  to?: Placement;
  /** Binding: the wire name where it differs from the key; a dot path nests in the body (`error.code`). */
  name?: string;
  /**
   * Binding: how the value is converted, by name (lib/conversions.ts) or as a small function of its own.
   * Default: from the type (boolean → bool, number → number, integer → integer), a list field → list,
   * else the text as given.
   */
  as?: ConversionName | Conversion;
}

/** A function field source: fields computed at edit time (custom fields, agency sub-account picker…). */
export type FieldFunction = ((z: ZObject, bundle: Bundle) => Promise<Field[]> | Field[]) & {
  /** What the fields are, for checks and benchmarks. */
  fieldSource?: string;
  /** The request parts its fields' values become (the custom fields' `customFields` body property). */
  request?: (input: Input, ctx: Ctx) => Promise<RequestParts> | RequestParts;
};
export type InputField = Field | FieldFunction;

export interface OutputField {
  key: string;
  label?: string;
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'datetime' | 'file' | 'password';
  primary?: boolean;
}

export interface Paging {
  /** How pages are asked for in the query string; `body` means the request function uses ctx.page itself. */
  style: 'limit/skip' | 'limit/offset' | 'page/limit' | 'body';
  size: number;
}

export interface ListSpec {
  /**
   * Where the items are: a key (dot path) of GHL's answer, null when the answer is the array, or a
   * function for object-shaped answers (free slots keyed by date → one item per slot).
   */
  key: string | null | ((data: any, input: Input, ctx: Ctx) => any[]);
  paging?: Paging;
  /** Date key (dot path) to order newest first. */
  sortBy?: string;
  /** The item's stable id when it is not `id`. */
  idOf?: (item: any) => unknown;
  /** Turns each item into the object Zapier sees. */
  each?: (item: any, input: Input, ctx: Ctx) => any;
}

export type ResultFn = (data: any, input: Input, ctx: Ctx) => any;

export interface Declaration {
  key: string;
  kind: Kind;
  noun: string;
  label: string;
  description: string;
  hidden?: boolean;
  /**
   * The GoHighLevel endpoint the operation calls. Every operation has one but an instant trigger without a
   * polling twin (New GoHighLevel Event (Instant)), which calls no GoHighLevel endpoint (`hook`).
   */
  endpoint?: Endpoint;
  scopes: string[];
  token?: TokenKind;
  /**
   * The endpoint takes either token, but the step only makes sense for an agency (List Locations): a
   * sub-account connection is told so before any request.
   */
  agencyOnly?: boolean;
  location?: LocationPlacement;
  inputFields?: InputField[];
  /**
   * Real request logic beyond the fields' bindings (values that exclude each other, time windows, filters
   * built from several fields): parts merged over what the bindings built.
   */
  request?: (input: Input, ctx: Ctx) => RequestParts | Promise<RequestParts>;
  /**
   * GHL's answer → what Zapier sees: a key (dot path) of the record in GHL's answer, checked (`'note'`; `''`
   * for the answer itself), or a function (an object; for list triggers use `list`). Missing data is an
   * error (lib/results.ts), never a record made up.
   */
  result?: string | ResultFn;
  /**
   * GoHighLevel answers this endpoint with an acknowledgement at most (`{succeded: true}`, or nothing):
   * deletes and the like. An empty answer is success; for every other step it is an error.
   */
  ack?: boolean;
  /**
   * Shown in the Zap editor above the inputs, as a warning (a `copy` field): what the step deletes, and
   * that it cannot be undone. Every delete has one (lib/results.ts `deletion`).
   */
  warning?: string;
  /** The records carry this model's custom fields: results get them by name too (`customFieldsByName`). */
  customFields?: CustomFieldModel;
  /** List triggers (and dropdown feeders): where the items are and how they page. */
  list?: ListSpec;
  /**
   * By-id triggers: fire once per version of the record. The version is this key's value (an update
   * time) or, where the record has none, a hash of its content.
   */
  versionKey?: string;
  /** Searches: the create Zapier offers when nothing is found (search-or-create). */
  searchOrCreate?: string;
  sample?: Record<string, unknown>;
  outputFields?: OutputField[];
  /**
   * Sends the built request instead of the default JSON call, e.g. to hand a file to Zapier
   * (`z.stashFile`). Receives exactly the request the engine built.
   */
  send?: (req: GhlRequest, ctx: Ctx) => Promise<any>;
  /** Extra requests this operation may make besides its endpoint, for the request-count check. */
  extraRequests?: string;
  /** An instant (REST-hook) trigger: what lib/instant.ts needs (made by `defineInstant`, never by hand). */
  hook?: HookSpec;
}

/** One event as the webhook relay delivers it: GoHighLevel's webhook JSON exactly as GoHighLevel sent it. */
export type Delivery = Record<string, any> & { type: string; webhookId?: string; locationId?: string; timestamp?: string };

/** What an instant trigger's mapping functions get: the step, its sub-account, and a GoHighLevel read. */
export interface HookCtx {
  z: ZObject;
  bundle: Bundle;
  /** The Zap's sub-account (the connection's, or the agency's chosen Sub-Account). */
  locationId: string;
  /**
   * One GoHighLevel read with the step's token (minted for an agency, on first use): only for what the
   * item's id needs and the delivery lacks (`fetches`). Answers GoHighLevel's JSON; errors as every request's.
   */
  read: (req: Omit<GhlRequest, 'token'>, what?: string) => Promise<any>;
}

/**
 * An instant trigger (lib/instant.ts): the GoHighLevel events it subscribes to at the webhook relay, and how
 * a delivery becomes the items of its polling twin (`counterpart`): the delivery → the record as the twin's
 * list holds it → the twin's own `each`, custom fields by name and `idOf`, so both give the same item, with
 * the same id.
 */
export interface HookSpec {
  /** The GoHighLevel events (lib/ghl-events.ts) it subscribes to, one relay subscription each; or from the inputs. */
  events: readonly string[] | ((input: Input) => string[]);
  /** The polling twin (a trigger of triggers/): performList runs it; deliveries get its `each` and `idOf`. */
  counterpart?: object;
  /**
   * The delivery → the record as the twin's list holds it (before its `each`); null: nothing to fire.
   * Default: the delivery without the webhook's envelope (`type`, `webhookId`, `timestamp`).
   */
  record?: (delivery: Delivery, input: Input) => Record<string, any> | null;
  /** The Zap's filters (the twin's: tag, pipeline, stage, status, calendar, …), on the record: false → no item. */
  matches?: (record: Record<string, any>, input: Input) => boolean;
  /** Completes a matching record with what its id needs and the delivery lacks (one read: `fetches`). */
  complete?: (record: Record<string, any>, delivery: Delivery, ctx: HookCtx) => Promise<Record<string, any>>;
  /** The record → the item, where the twin's `each` does not apply (default: the twin's `each`). */
  item?: (record: Record<string, any>, input: Input, delivery: Delivery) => Record<string, any>;
  /** The item's id, where the twin's `idOf` does not apply (default: the twin's, else the item's `id`). */
  idOf?: (item: Record<string, any>, delivery: Delivery) => unknown;
  /** Top-level keys of the twin's items that deliveries do not carry: left out of items, samples and output fields. */
  lacks?: string[];
  /** The GoHighLevel read `complete` may make ("GET /path (why)"), for the request-count checks. */
  fetches?: string;
  /** How it fires, for the help text (the engine adds the relay's part). */
  about: string;
  /** Input checks before subscribing, besides the required fields (a Calendar or a User). */
  check?: (input: Input) => void;
  /** Sample items for performList without a twin (GoHighLevel has no API listing past events). */
  samples?: (input: Input, locationId: string) => Record<string, any>[];
  /** A realistic delivery (GoHighLevel's documented example) for the checks: tests, contract, bench. */
  example: (input: Input) => Delivery;
}
