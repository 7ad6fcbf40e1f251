/**
 * The contract check on the private-token app (`npm run contract:private-token`): with a sub-account's
 * Private Integration token (authData `{privateToken, locationId}`) and an agency's, every operation's
 * requests against the specs, and what only this build's connections must do: refuse, before any request,
 * what a token cannot run (sub-account steps with an agency token, GoHighLevel's OAuth-only endpoints).
 */
import { CONNECTION_SCOPES } from '../authentication.private-token';
import PrivateTokenApp, { DECLARATIONS } from '../index.private-token';
import { clearMintedTokens } from '../lib/connection';
import type { AppUnderTest } from '../contract/app';
import { loadCatalog } from '../contract/catalog';
import { PRIVATE_TOKEN_AUTH, PRIVATE_TOKEN_CONNECTIONS } from '../contract/inputs';
import { formatReport } from '../contract/report';
import { runContract } from '../contract/runner';

const BASE = 'https://services.leadconnectorhq.com';
const target = (over: Partial<AppUnderTest> = {}): AppUnderTest => ({
  App: PrivateTokenApp,
  declarations: () => DECLARATIONS,
  AUTH_SCOPES: [...new Set([...CONNECTION_SCOPES.subAccount, ...CONNECTION_SCOPES.agency])],
  connections: PRIVATE_TOKEN_CONNECTIONS,
  clearMintedTokens,
  ...over,
});

test("the sub-account connection is a private token's authData: the token and the Location ID", () => {
  expect(Object.keys(PRIVATE_TOKEN_AUTH).sort()).toEqual(['locationId', 'privateToken']);
});

test('the private-token app passes the full contract (every operation, both kinds of token)', async () => {
  const report = await runContract(target());
  expect(formatReport(report).filter((l) => l.startsWith('FAIL') || l.startsWith('SKIP'))).toEqual([]);
  expect(report.conforming.length).toBe(report.catalogTotal - report.catalog.pending.length);
}, 180_000);

/** The app with one real trigger's perform replaced: what it sends is all the contract sees. */
const withPerform = (key: string, perform: (z: any, bundle: any) => Promise<unknown>) => {
  const real = (PrivateTokenApp.triggers as Record<string, any>)[key];
  const App = { ...PrivateTokenApp, triggers: { [key]: { ...real, operation: { ...real.operation, perform } } }, creates: {}, searches: {}, searchOrCreates: {} };
  const decl = DECLARATIONS.find((d) => d.kind === 'trigger' && d.key === key)!;
  const entry = loadCatalog().filter((c) => c.name === decl.label);
  return runContract(target({ App, declarations: () => [decl] }), { catalog: entry, beyond: [], inProgress: [], overrides: {} });
};
const messages = (report: Awaited<ReturnType<typeof runContract>>, subject: string) =>
  report.problems.filter((p) => p.subject === subject).map((p) => p.message);

test("a sub-account step that sends its request with an agency's token, instead of refusing it, fails", async () => {
  const report = await withPerform('get_contact', async (z, bundle) => [
    (await z.request({ url: `${BASE}/contacts/${bundle.inputData.contactId}`, headers: { Version: '2021-07-28' } })).data.contact,
  ]);
  const found = messages(report, 'triggers.get_contact');
  expect(found).toContainEqual(expect.stringMatching(/^perform must refuse this connection before any request, but ran \[agency \(refused\)\]/));
  expect(found).toContainEqual(expect.stringMatching(/a sub-account endpoint called with the agency token .*\[agency \(refused\)\]/));
});

test('a step that sends a private token to an OAuth-only endpoint of GoHighLevel fails', async () => {
  const report = await withPerform('dropdown_sub_accounts', async (z) =>
    (await z.request({ url: `${BASE}/oauth/installedLocations`, params: { companyId: 'c1', appId: 'a1' }, headers: { Version: '2021-07-28' } })).data.locations,
  );
  expect(messages(report, 'triggers.dropdown_sub_accounts')).toContainEqual(
    expect.stringMatching(/GoHighLevel takes no Private Integration token there \(security: Agency-Access-Only\); refuse it before any request/),
  );
});
