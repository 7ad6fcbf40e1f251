/**
 * The app of the registry (registry.ts: the operations of triggers/, creates/ and searches/) with a given
 * authentication: every build of the app shares its operations, middleware and hydrators, and differs
 * only in how it connects (index.ts: OAuth; index.private-token.ts: Private Integration tokens). What a
 * connection's authData holds decides the rest at run time (lib/credentials.ts, lib/connection.ts).
 */
import { version as platformVersion } from 'zapier-platform-core';
import { addAuthHeaders, handleErrors } from './lib/http';
import { CONVERSATION_HYDRATORS } from './lib/files';
import { installPreparedAppCache } from './lib/prepared-app-cache';
import registry from './registry';
// tsc copies package.json next to the compiled modules (dist/package.json), so this resolves in both.
import { version } from './package.json';

// Compile the (large) definition once per worker instead of twice per invocation; see the module.
installPreparedAppCache(platformVersion);

/** Every operation's declaration (the app-wide checks, the contract check and the bench read them). */
export const DECLARATIONS = registry.declarations;

/** Search-or-create pairs: each search that names the create Zapier offers when nothing is found. */
const searchOrCreates = Object.fromEntries(
  DECLARATIONS.filter((d) => d.kind === 'search' && d.searchOrCreate).map((d) => [
    d.key,
    { key: d.key, display: { label: d.label, description: d.description }, search: d.key, create: d.searchOrCreate! },
  ]),
);

/** The Zapier app: this authentication, and everything else every build shares. */
export const composeApp = <A extends object>(authentication: A) => ({
  version,
  platformVersion,
  authentication,
  beforeRequest: [addAuthHeaders],
  afterResponse: [handleErrors],
  triggers: registry.triggers,
  creates: registry.creates,
  searches: registry.searches,
  searchOrCreates,
  // Files (message recordings, transcriptions) are downloaded and stashed when a later step uses them.
  hydrators: { ...CONVERSATION_HYDRATORS },
});
