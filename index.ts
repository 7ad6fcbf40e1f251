/**
 * The GoHighLevel app (the default build): OAuth2 with sub-account and agency connections
 * (authentication.ts), and the operations of triggers/, creates/ and searches/ (compose.ts, registry.ts:
 * the folders are the list). index.private-token.ts is the same app connecting with Private Integration
 * tokens.
 */
import { buildAuthentication, AUTH_SCOPES } from './authentication';
import { composeApp, DECLARATIONS } from './compose';

export { DECLARATIONS };

/** The union of every registered operation's scopes and the connection's own: asked for at authorize. */
export const SCOPES = [...new Set([...AUTH_SCOPES, ...DECLARATIONS.flatMap((d) => d.scopes)])].sort();

const App = composeApp(buildAuthentication(SCOPES));

export default App;
