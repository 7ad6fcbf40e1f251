/**
 * The GoHighLevel app: authentication, middleware, and the operations of triggers/, creates/ and
 * searches/ (registry.ts: the folders are the list).
 */
import { version as platformVersion } from 'zapier-platform-core';
import { buildAuthentication, AUTH_SCOPES } from './authentication';
import { addAuthHeaders, handleErrors } from './lib/http';
import { CONVERSATION_HYDRATORS } from './lib/files';
import { installPreparedAppCache } from './lib/prepared-app-cache';
import registry from './registry';
// tsc copies package.json next to the compiled index (dist/package.json), so this resolves in both.
import { version } from './package.json';

// Compile the (large) definition once per worker instead of twice per invocation; see the module.
installPreparedAppCache(platformVersion);

/** Every operation's declaration (the app-wide checks, the contract check and the bench read them). */
export const DECLARATIONS = registry.declarations;

/** The union of every registered operation's scopes and the connection's own: asked for at authorize. */
export const SCOPES = [...new Set([...AUTH_SCOPES, ...DECLARATIONS.flatMap((d) => d.scopes)])].sort();

/** Search-or-create pairs: each search that names the create Zapier offers when nothing is found. */
const searchOrCreates = Object.fromEntries(
  DECLARATIONS.filter((d) => d.kind === 'search' && d.searchOrCreate).map((d) => [
    d.key,
    { key: d.key, display: { label: d.label, description: d.description }, search: d.key, create: d.searchOrCreate! },
  ]),
);

const App = {
  version,
  platformVersion,
  authentication: buildAuthentication(SCOPES),
  beforeRequest: [addAuthHeaders],
  afterResponse: [handleErrors],
  triggers: registry.triggers,
  creates: registry.creates,
  searches: registry.searches,
  searchOrCreates,
  // Files (message recordings, transcriptions) are downloaded and stashed when a later step uses them.
  hydrators: { ...CONVERSATION_HYDRATORS },
};

export default App;
