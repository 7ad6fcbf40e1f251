/**
 * The sandbox's memory (a leaf module: it imports nothing of the sandbox). OAuth grants and tokens, the
 * Private Integration tokens (static, bound to their sub-account or agency and their scopes), one
 * `Table` of records per resource (filled by each resource module's seed), the files the sandbox serves
 * (kept in a temporary folder removed on close and on exit), the queued faults, and a log of every
 * request answered. Tests look inside: `sandbox.state.table('contacts').get(id)`.
 */
import { randomBytes } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';

export type Rec = Record<string, any>;

/** Who a token belongs to (what GHL's token answer reports). */
export interface Grant {
  userType: 'Location' | 'Company';
  /** The sub-account (empty for agency tokens). */
  locationId: string;
  companyId: string;
  userId: string;
  /**
   * A Private Integration token's scopes (the ones ticked in GoHighLevel): the sandbox refuses what they do
   * not cover. Absent for OAuth tokens.
   */
  scopes?: string[];
}

/** The scopes GoHighLevel offers a Private Integration of each level (the sandbox reads them from the specs). */
export interface PrivateTokenScopes {
  Location: string[];
  Company: string[];
}

export interface SandboxOptions {
  /** Port to listen on (0 = a free port). The sandbox always listens on 127.0.0.1. */
  port?: number;
  /** The Marketplace app's credentials the token endpoint accepts (client id `<appId>-<suffix>`, like GHL's). */
  clientId?: string;
  clientSecret?: string;
  /** The seeded sub-account connection's tokens (for `locationId`). */
  accessToken?: string;
  refreshToken?: string;
  /** The seeded agency connection's tokens (for `companyId`). */
  agencyAccessToken?: string;
  agencyRefreshToken?: string;
  /** The seeded Private Integration tokens of the sub-account and of the agency (every scope ticked). */
  privateToken?: string;
  agencyPrivateToken?: string;
  locationId?: string;
  companyId?: string;
  userId?: string;
  /** GHL's OpenAPI specs (default GHL_OPENAPI_DIR, else ../shared/ghl-openapi next to the project). */
  specDir?: string;
  /** Called with one line per request (status, method, path; why it was refused). */
  log?: (line: string) => void;
}

/** The seeded connections: the OAuth app's two and the private-token app's two. */
export type SandboxConnection = 'sub-account' | 'agency' | 'private-token' | 'agency-private-token';

export const DEFAULTS = {
  clientId: '66a0d9a5c0a1b2c3d4e5f601-sandbox',
  clientSecret: 'sandbox-client-secret',
  accessToken: 'sandbox-access-token',
  refreshToken: 'sandbox-refresh-token',
  agencyAccessToken: 'sandbox-agency-access-token',
  agencyRefreshToken: 'sandbox-agency-refresh-token',
  privateToken: 'pit-sandbox-0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f',
  agencyPrivateToken: 'pit-sandbox-agency-9f8e7d6c-5b4a-3928-1706-f5e4d3c2b1a0',
  locationId: 've9EPM428h8vShlRW1KT',
  companyId: '5DP4iH6HLkQsiKESj6rh',
  userId: 'hxHGVRb1YJUscrCB8eXK',
};

/** The Marketplace app id GHL derives from a client id: the part before its first dash. */
export const appIdOf = (clientId: string): string => clientId.split('-')[0];

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A GHL-looking id: 20 letters and digits. */
export const newId = (length = 20): string => [...randomBytes(length)].map((b) => ALPHABET[b % ALPHABET.length]).join('');

/** A Mongo-looking id (blogs, calendar notifications, social planner): 24 hex digits. */
export const newHexId = (): string => randomBytes(12).toString('hex');

export const now = (): string => new Date().toISOString();

/** The records of one resource, by id. */
export class Table<T extends Rec = Rec> {
  private readonly rows = new Map<string, T>();

  constructor(readonly name: string) {}

  get(id: string): T | undefined {
    return this.rows.get(id);
  }

  has(id: string): boolean {
    return this.rows.has(id);
  }

  /** Stores a record under its `id` (or `_id`) and returns it. */
  put(rec: T): T {
    const id = String(rec.id ?? rec._id ?? '');
    if (!id) throw new Error(`sandbox: a ${this.name} record needs an id`);
    this.rows.set(id, rec);
    return rec;
  }

  delete(id: string): boolean {
    return this.rows.delete(id);
  }

  /** Every record, in insertion order. */
  all(): T[] {
    return [...this.rows.values()];
  }

  where(pred: (rec: T) => boolean): T[] {
    return this.all().filter(pred);
  }

  get size(): number {
    return this.rows.size;
  }
}

/** A fault the next matching answers take instead of the real one (`POST /__sandbox/faults`). */
export interface Fault {
  kind: 'rate-limit' | 'server-error' | 'empty' | 'timeout' | 'expired-token';
  /** How many answers it replaces (counts down). */
  remaining: number;
  /** Only requests whose `METHOD /path` contains this text (default: every API request but the token endpoint). */
  match?: string;
  /** rate-limit: the Retry-After header, in seconds. */
  retryAfter?: number;
  /** timeout: how long the sandbox holds the request before dropping the connection (ms). */
  holdMs?: number;
}

export interface LoggedRequest {
  method: string;
  /** Path with query string. */
  path: string;
  status: number;
  /** The spec operation's template, where the request called one. */
  template?: string;
  /** Why the sandbox refused it (422 problems, auth), or the fault it took. */
  note?: string;
  /** Whether it carried an `Authorization: Bearer` header (the token itself is never kept). */
  bearer?: boolean;
}

/** Files the sandbox serves (recordings, transcriptions, later media), kept in a temporary folder. */
export class FileStore {
  private dir?: string;
  private readonly types = new Map<string, string>();

  /** The folder (created on first use). */
  folder(): string {
    if (!this.dir) {
      this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-sandbox-files-'));
      LIVE_FOLDERS.add(this.dir);
    }
    return this.dir;
  }

  put(name: string, bytes: Buffer, contentType: string): void {
    fs.writeFileSync(path.join(this.folder(), safeName(name)), bytes);
    this.types.set(name, contentType);
  }

  get(name: string): { bytes: Buffer; contentType: string } | undefined {
    const type = this.types.get(name);
    if (!type || !this.dir) return undefined;
    return { bytes: fs.readFileSync(path.join(this.dir, safeName(name))), contentType: type };
  }

  /** Removes the folder and everything in it. */
  remove(): void {
    if (!this.dir) return;
    fs.rmSync(this.dir, { recursive: true, force: true });
    LIVE_FOLDERS.delete(this.dir);
    this.dir = undefined;
    this.types.clear();
  }
}

const safeName = (name: string): string => name.replace(/[^A-Za-z0-9._-]/g, '_');

/**
 * Folders of sandboxes still running: removed when the process exits, however it exits. One set and one
 * exit hook per process, even when this module is loaded more than once (jest loads it once per test file).
 */
const LIVE_KEY = Symbol.for('ghl.sandbox.liveFolders');
const LIVE_FOLDERS: Set<string> = ((globalThis as Record<symbol, unknown>)[LIVE_KEY] as Set<string> | undefined) ??
  (() => {
    const set = new Set<string>();
    (globalThis as Record<symbol, unknown>)[LIVE_KEY] = set;
    process.on('exit', () => {
      for (const dir of set) fs.rmSync(dir, { recursive: true, force: true });
    });
    return set;
  })();

export class SandboxState {
  readonly options: Required<Omit<SandboxOptions, 'port' | 'specDir' | 'log'>>;
  readonly appId: string;
  readonly accessTokens = new Map<string, { grant: Grant; expired: boolean }>();
  readonly refreshTokens = new Map<string, { grant: Grant; spent: boolean }>();
  readonly codes = new Map<string, Grant>();
  readonly files = new FileStore();
  readonly faults: Fault[] = [];
  /** Every request answered, in order. */
  readonly requests: LoggedRequest[] = [];
  /**
   * Answers of the sandbox that do not match the spec's response schema for their endpoint (with the
   * errata): the sandbox checking itself. Empty when every answer was GHL-shaped.
   */
  readonly answerProblems: string[] = [];
  private readonly tables = new Map<string, Table>();

  /** `offered`: the scopes of the seeded private tokens (every scope GoHighLevel offers their level). */
  constructor(opts: SandboxOptions = {}, offered: PrivateTokenScopes = { Location: [], Company: [] }) {
    this.options = {
      clientId: opts.clientId ?? DEFAULTS.clientId,
      clientSecret: opts.clientSecret ?? DEFAULTS.clientSecret,
      accessToken: opts.accessToken ?? DEFAULTS.accessToken,
      refreshToken: opts.refreshToken ?? DEFAULTS.refreshToken,
      agencyAccessToken: opts.agencyAccessToken ?? DEFAULTS.agencyAccessToken,
      agencyRefreshToken: opts.agencyRefreshToken ?? DEFAULTS.agencyRefreshToken,
      privateToken: opts.privateToken ?? DEFAULTS.privateToken,
      agencyPrivateToken: opts.agencyPrivateToken ?? DEFAULTS.agencyPrivateToken,
      locationId: opts.locationId ?? DEFAULTS.locationId,
      companyId: opts.companyId ?? DEFAULTS.companyId,
      userId: opts.userId ?? DEFAULTS.userId,
    };
    const o = this.options;
    this.appId = appIdOf(o.clientId);
    const location: Grant = { userType: 'Location', locationId: o.locationId, companyId: o.companyId, userId: o.userId };
    const agency: Grant = { userType: 'Company', locationId: '', companyId: o.companyId, userId: o.userId };
    this.accessTokens.set(o.accessToken, { grant: location, expired: false });
    this.refreshTokens.set(o.refreshToken, { grant: location, spent: false });
    this.accessTokens.set(o.agencyAccessToken, { grant: agency, expired: false });
    this.refreshTokens.set(o.agencyRefreshToken, { grant: agency, spent: false });
    this.accessTokens.set(o.privateToken, { grant: { ...location, scopes: offered.Location }, expired: false });
    this.accessTokens.set(o.agencyPrivateToken, { grant: { ...agency, scopes: offered.Company }, expired: false });
  }

  /**
   * A new Private Integration token with only these scopes, of the seeded sub-account (`Location`, or
   * another `locationId`) or agency (`Company`). `expire(token)` revokes it (rotated or deleted).
   */
  addPrivateToken(userType: Grant['userType'], scopes: string[], locationId = this.options.locationId): string {
    const token = `pit-sandbox-${newId(24)}`;
    const { companyId, userId } = this.options;
    this.accessTokens.set(token, { grant: { userType, locationId: userType === 'Location' ? locationId : '', companyId, userId, scopes }, expired: false });
    return token;
  }

  /** The records of one resource (created empty on first use). */
  table<T extends Rec = Rec>(name: string): Table<T> {
    let t = this.tables.get(name);
    if (!t) this.tables.set(name, (t = new Table(name)));
    return t as Table<T>;
  }

  /**
   * A seeded connection's authData, as the CLI's `.env` wants it (`authData_<key>=<value>`): the OAuth app's
   * sub-account or agency connection, or the private-token app's (a sub-account's or the agency's token).
   */
  authData(kind: SandboxConnection = 'sub-account'): Record<string, string> {
    const o = this.options;
    if (kind === 'private-token') return { privateToken: o.privateToken, locationId: o.locationId, userType: 'Location' };
    // An agency token's connection names one of the agency's sub-accounts: it reads the agency from it.
    if (kind === 'agency-private-token') return { privateToken: o.agencyPrivateToken, locationId: o.locationId, userType: 'Company' };
    if (kind === 'agency') {
      return {
        access_token: o.agencyAccessToken,
        refresh_token: o.agencyRefreshToken,
        companyId: o.companyId,
        userType: 'Company',
        userId: o.userId,
      };
    }
    return {
      access_token: o.accessToken,
      refresh_token: o.refreshToken,
      locationId: o.locationId,
      companyId: o.companyId,
      userType: 'Location',
      userId: o.userId,
    };
  }

  /**
   * Marks access tokens expired (default: every OAuth token issued so far): they answer 401 until a refresh.
   * A private token is named to be revoked (it never expires by itself).
   */
  expire(accessToken?: string): void {
    for (const [token, entry] of this.accessTokens) {
      if (accessToken ? token === accessToken : !entry.grant.scopes) entry.expired = true;
    }
  }

  /** Issues a fresh access token (and, unless `mint`, a refresh token) for a grant. */
  issue(grant: Grant, opts: { refresh?: boolean } = {}): { access_token: string; refresh_token?: string } {
    const access = `sbx-at-${newId(24)}`;
    this.accessTokens.set(access, { grant, expired: false });
    if (opts.refresh === false) return { access_token: access };
    const refresh = `sbx-rt-${newId(24)}`;
    this.refreshTokens.set(refresh, { grant, spent: false });
    return { access_token: access, refresh_token: refresh };
  }

  /** Releases what the sandbox holds outside memory (its file folder). */
  dispose(): void {
    this.files.remove();
  }
}
