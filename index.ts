/**
 * The GoHighLevel app: authentication, middleware, and every operation, registered by explicit import
 * (Zapier's build only bundles statically reachable files).
 */
import { version as platformVersion } from 'zapier-platform-core';
import { buildAuthentication, AUTH_SCOPES } from './authentication';
import { addAuthHeaders, handleErrors } from './lib/http';
import { declarations } from './lib/operation';
import { CONVERSATION_HYDRATORS } from './lib/conversations';
import { installPreparedAppCache } from './lib/prepared-app-cache';
import type { CategoryOperations } from './lib/catalog/types';
import dropdowns from './lib/catalog/dropdowns';
import contacts from './lib/catalog/contacts';
import calendars from './lib/catalog/calendars';
import calendarResources from './lib/catalog/calendar_resources';
import opportunities from './lib/catalog/opportunities';
import users from './lib/catalog/users';
import conversations from './lib/catalog/conversations';
import businesses from './lib/catalog/businesses';
import workflows from './lib/catalog/workflows';
import other from './lib/catalog/other';
import socialPlanner from './lib/catalog/social_planner';
// tsc copies package.json next to the compiled index (dist/package.json), so this resolves in both.
import { version } from './package.json';


/** Categories in the app. Add a category's module here when it lands. */
export const CATEGORIES: CategoryOperations[] = [
  dropdowns,
  contacts,
  calendars,
  calendarResources,
  opportunities,
  users,
  conversations,
  businesses,
  workflows,
  other,
  socialPlanner,
];

// Compile the (large) definition once per worker instead of twice per invocation; see the module.
installPreparedAppCache(platformVersion);

const byKey = <T extends { key: string }>(items: T[]): Record<string, T> =>
  Object.fromEntries(items.map((item) => [item.key, item]));

const all = (kind: keyof Omit<CategoryOperations, 'searchOrCreates'>) => CATEGORIES.flatMap((c) => c[kind]);

/** The union of every registered operation's scopes and the connection's own: asked for at authorize. */
export const SCOPES = [...new Set([...AUTH_SCOPES, ...declarations().flatMap((d) => d.scopes)])].sort();

const searchOrCreates = Object.fromEntries(
  CATEGORIES.flatMap((c) => Object.entries(c.searchOrCreates || {})).map(([search, create]) => {
    const s = all('searches').find((x) => x.key === search)!;
    return [search, { key: search, display: { label: s.display.label, description: s.display.description }, search, create }];
  }),
);

const App = {
  version,
  platformVersion,
  authentication: buildAuthentication(SCOPES),
  beforeRequest: [addAuthHeaders],
  afterResponse: [handleErrors],
  triggers: byKey(all('triggers')),
  creates: byKey(all('creates')),
  searches: byKey(all('searches')),
  searchOrCreates,
  // Files (message recordings, transcriptions) are downloaded and stashed when a later step uses them.
  hydrators: { ...CONVERSATION_HYDRATORS },
};

export default App;
