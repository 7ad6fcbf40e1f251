/**
 * The sandbox's memory: OAuth grants and tokens, and the records it models statefully (contacts with
 * their notes and tasks, calendars and appointments, pipelines and opportunities, the sub-account and
 * its custom fields), seeded with a small realistic sub-account. Everything lives in plain Maps so tests
 * can look inside (`sandbox.state.contacts.get(id)`).
 */
import { randomBytes } from 'crypto';

export type Rec = Record<string, any>;

/** Who a token belongs to (what GHL's token answer reports). */
export interface Grant {
  userType: 'Location' | 'Company';
  locationId: string;
  companyId: string;
  userId: string;
}

export interface SandboxOptions {
  /** Port to listen on (0 = a free port). */
  port?: number;
  host?: string;
  /** The Marketplace app's credentials the token endpoint accepts. */
  clientId?: string;
  clientSecret?: string;
  /** The seeded connection's tokens (a sub-account connection to `locationId`). */
  accessToken?: string;
  refreshToken?: string;
  locationId?: string;
  companyId?: string;
  userId?: string;
  /** GHL's OpenAPI specs (default GHL_OPENAPI_DIR, else ../shared/ghl-openapi next to the project). */
  specDir?: string;
  /** Called with one line per request (method, path, status). */
  log?: (line: string) => void;
}

export const DEFAULTS = {
  clientId: 'sandbox-client-id',
  clientSecret: 'sandbox-client-secret',
  accessToken: 'sandbox-access-token',
  refreshToken: 'sandbox-refresh-token',
  locationId: 've9EPM428h8vShlRW1KT',
  companyId: '5DP4iH6HLkQsiKESj6rh',
  userId: 'hxHGVRb1YJUscrCB8eXK',
};

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A GHL-looking id: 20 letters and digits. */
export const newId = (length = 20): string =>
  [...randomBytes(length)].map((b) => ALPHABET[b % ALPHABET.length]).join('');

export const now = (): string => new Date().toISOString();

export class SandboxState {
  readonly options: Required<Omit<SandboxOptions, 'port' | 'host' | 'specDir' | 'log'>>;
  readonly accessTokens = new Map<string, { grant: Grant; expired: boolean }>();
  readonly refreshTokens = new Map<string, { grant: Grant; spent: boolean }>();
  readonly codes = new Map<string, Grant>();
  readonly locations = new Map<string, Rec>();
  readonly customFields: Rec[] = [];
  readonly contacts = new Map<string, Rec>();
  readonly notes = new Map<string, Rec>();
  readonly tasks = new Map<string, Rec>();
  readonly calendars = new Map<string, Rec>();
  readonly appointments = new Map<string, Rec>();
  readonly pipelines: Rec[] = [];
  readonly opportunities = new Map<string, Rec>();
  /** Every request answered: method, path (with query), status. */
  readonly requests: Array<{ method: string; path: string; status: number }> = [];

  constructor(opts: SandboxOptions = {}) {
    this.options = {
      clientId: opts.clientId ?? DEFAULTS.clientId,
      clientSecret: opts.clientSecret ?? DEFAULTS.clientSecret,
      accessToken: opts.accessToken ?? DEFAULTS.accessToken,
      refreshToken: opts.refreshToken ?? DEFAULTS.refreshToken,
      locationId: opts.locationId ?? DEFAULTS.locationId,
      companyId: opts.companyId ?? DEFAULTS.companyId,
      userId: opts.userId ?? DEFAULTS.userId,
    };
    const o = this.options;
    const grant: Grant = { userType: 'Location', locationId: o.locationId, companyId: o.companyId, userId: o.userId };
    this.accessTokens.set(o.accessToken, { grant, expired: false });
    this.refreshTokens.set(o.refreshToken, { grant, spent: false });
    seed(this);
  }

  /** The seeded connection as the CLI's `.env` wants it (`authData_<key>=<value>`). */
  authData(): Record<string, string> {
    const o = this.options;
    return {
      access_token: o.accessToken,
      refresh_token: o.refreshToken,
      locationId: o.locationId,
      companyId: o.companyId,
      userType: 'Location',
      userId: o.userId,
    };
  }

  /** Marks access tokens expired (default: every one issued so far): they answer 401 until a refresh. */
  expire(accessToken?: string): void {
    for (const [token, entry] of this.accessTokens) if (!accessToken || token === accessToken) entry.expired = true;
  }

  /** Issues a fresh token pair for a grant (the answer of POST /oauth/token). */
  issue(grant: Grant): Rec {
    const access = `sbx-at-${newId(24)}`;
    const refresh = `sbx-rt-${newId(24)}`;
    this.accessTokens.set(access, { grant, expired: false });
    this.refreshTokens.set(refresh, { grant, spent: false });
    return {
      access_token: access,
      token_type: 'Bearer',
      expires_in: 86399,
      refresh_token: refresh,
      scope: 'contacts.readonly contacts.write locations.readonly',
      userType: grant.userType,
      locationId: grant.locationId,
      companyId: grant.companyId,
      userId: grant.userId,
    };
  }

  contactSummary(contactId: string): Rec | undefined {
    const c = this.contacts.get(contactId);
    return c && { id: c.id, name: c.name, companyName: c.companyName, email: c.email, phone: c.phone, tags: c.tags };
  }
}

const daysAgo = (d: number): string => new Date(Date.now() - d * 86_400_000).toISOString();

/** A small, realistic sub-account: three contacts, a note, a task, a calendar with a booking, a pipeline with a deal. */
const seed = (s: SandboxState): void => {
  const { locationId, companyId, userId } = s.options;
  s.locations.set(locationId, {
    id: locationId,
    companyId,
    name: 'Acme Dental',
    address: '3535 1st St N',
    city: 'Dolomite',
    state: 'AL',
    country: 'US',
    postalCode: '35061',
    website: 'https://acmedental.example.com',
    timezone: 'America/Chicago',
    email: 'frontdesk@acmedental.example.com',
    phone: '+12055550100',
  });
  s.customFields.push(
    { id: 'MgobCB14YMVKuE4Ka8p1', name: 'Pincode', fieldKey: 'contact.pincode', dataType: 'NUMERICAL', model: 'contact', locationId, position: 0 },
    { id: 'jR8nA1bQ7kLmP2sT4uVw', name: 'Favourite Colours', fieldKey: 'contact.favourite_colours', dataType: 'MULTIPLE_OPTIONS', picklistOptions: ['Red', 'Blue', 'Green'], model: 'contact', locationId, position: 1 },
    { id: 'Zx9cV8bN7mQ6wE5rT4yU', name: 'Anniversary', fieldKey: 'contact.anniversary', dataType: 'DATE', model: 'contact', locationId, position: 2 },
    { id: 'Pq1wE2rT3yU4iO5pA6sD', name: 'Deal Source', fieldKey: 'opportunity.deal_source', dataType: 'SINGLE_OPTIONS', picklistOptions: ['Referral', 'Ads', 'Website'], model: 'opportunity', locationId, position: 0 },
  );
  const contact = (id: string, first: string, last: string, extra: Rec, age: number): void => {
    s.contacts.set(id, {
      id,
      locationId,
      firstName: first,
      lastName: last,
      name: `${first} ${last}`,
      firstNameRaw: first,
      lastNameRaw: last,
      type: 'lead',
      source: 'public api',
      dnd: false,
      tags: [],
      customFields: [],
      assignedTo: userId,
      dateAdded: daysAgo(age),
      dateUpdated: daysAgo(age),
      ...extra,
    });
  };
  contact('seD4PfOuKoVMLkEZqohJ', 'Rubika', 'Deo', {
    email: 'rubika@deos.com',
    phone: '+18832327657',
    companyName: 'DGS VolMAX',
    city: 'Dolomite',
    state: 'AL',
    country: 'US',
    postalCode: '35061',
    timezone: 'America/Chicago',
    tags: ['webinar', 'vip'],
    customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', value: '35061' }],
  }, 3);
  contact('byMEV0NQinDhq8ZfiOi2', 'John', 'Deo', { email: 'john@deo.com', phone: '+12025550107', companyName: 'Tesla Inc', tags: ['vip'] }, 2);
  contact('Mq3LkV9sPz7TyR2wXc1B', 'Maria', 'Lopez', { email: 'maria.lopez@example.com', phone: '+13125550188', tags: ['newsletter'] }, 1);
  s.notes.set('HGPcayliwcdoUFzvbTok', {
    id: 'HGPcayliwcdoUFzvbTok',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    body: 'Called back; wants a quote for the premium plan.',
    userId,
    dateAdded: daysAgo(2),
  });
  s.tasks.set('lJpzYrWdpkC2hX6t2yue', {
    id: 'lJpzYrWdpkC2hX6t2yue',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    title: 'Call back about the quote',
    body: 'Wants pricing for 3 seats',
    assignedTo: userId,
    dueDate: daysAgo(-2),
    completed: false,
  });
  s.calendars.set('CVokAlI8fgw4WYWoCtQz', {
    id: 'CVokAlI8fgw4WYWoCtQz',
    locationId,
    name: 'Consultations',
    description: '30-minute first consultations',
    calendarType: 'round_robin',
    slotDuration: 30,
    slotDurationUnit: 'mins',
    isActive: true,
    teamMembers: [{ userId, priority: 0.5 }],
  });
  const start = new Date(Date.now() + 2 * 86_400_000);
  start.setUTCHours(15, 0, 0, 0);
  s.appointments.set('0TkCdp9PfvLeWKYRRvIz', {
    id: '0TkCdp9PfvLeWKYRRvIz',
    calendarId: 'CVokAlI8fgw4WYWoCtQz',
    locationId,
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    title: 'Consultation with Rubika Deo',
    startTime: start.toISOString(),
    endTime: new Date(start.getTime() + 30 * 60_000).toISOString(),
    appointmentStatus: 'confirmed',
    assignedUserId: userId,
    meetingLocationType: 'custom',
    address: 'https://meet.google.com/yqp-gogr-wve',
    isRecurring: false,
    dateAdded: daysAgo(1),
    dateUpdated: daysAgo(1),
  });
  s.pipelines.push({
    id: 'VDm7RPYC2GLUvdpKmBfC',
    name: 'Sales',
    locationId,
    stages: [
      { id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', name: 'New lead', position: 0 },
      { id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'Proposal sent', position: 1 },
      { id: '3f1c5e1d-2a4b-4c6d-8e9f-0a1b2c3d4e5f', name: 'Closed', position: 2 },
    ],
  });
  s.opportunities.set('yWQobCRIhRguQtD2llvk', {
    id: 'yWQobCRIhRguQtD2llvk',
    name: 'Website redesign — Tesla Inc',
    monetaryValue: 500,
    pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
    pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
    assignedTo: userId,
    status: 'open',
    source: 'Website',
    contactId: 'byMEV0NQinDhq8ZfiOi2',
    locationId,
    customFields: [],
    followers: [],
    lastStatusChangeAt: daysAgo(2),
    createdAt: daysAgo(2),
    updatedAt: daysAgo(2),
  });
};
