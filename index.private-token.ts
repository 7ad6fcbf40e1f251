/**
 * The GoHighLevel app connecting with Private Integration tokens (the second build: `npm run build` makes
 * both, root index.private-token.js loads this one): the same operations as the OAuth app (compose.ts),
 * with a custom authentication (authentication.private-token.ts). How a private token's connection runs a
 * step (its sub-account, its company, what an agency token cannot do) is decided in lib/connection.ts.
 */
import { CONNECTION_SCOPES, privateTokenAuthentication } from './authentication.private-token';
import { composeApp, DECLARATIONS } from './compose';
import type { Declaration } from './lib/types';

export { DECLARATIONS };

/** An agency token runs agency and either-token steps; a sub-account token every other (lib/connection.ts). */
const runsWithAgencyToken = (d: Declaration): boolean => d.token === 'agency' || d.token === 'either' || !!d.agencyOnly;
const runsWithSubAccountToken = (d: Declaration): boolean => d.token !== 'agency' && !d.agencyOnly;

const scopesOf = (connection: string[], decls: Declaration[]): string[] =>
  // GoHighLevel offers no `oauth.*` scope to Private Integrations (the OAuth app's sub-account picker needs them).
  [...new Set([...connection, ...decls.flatMap((d) => d.scopes)])].filter((s) => !s.startsWith('oauth.')).sort();

/** The scopes to tick on a token of each Connection Type for every step it can run (the README lists them). */
export const PRIVATE_TOKEN_SCOPES = {
  subAccount: scopesOf(CONNECTION_SCOPES.subAccount, DECLARATIONS.filter(runsWithSubAccountToken)),
  agency: scopesOf(CONNECTION_SCOPES.agency, DECLARATIONS.filter(runsWithAgencyToken)),
};

const App = composeApp(privateTokenAuthentication);

export default App;
