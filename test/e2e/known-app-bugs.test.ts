/** Runs KNOWN_APP_BUGS (known-app-bugs.ts): each asserts today's wrong behaviour and fails once it is fixed. */
import App from '../../index';
import { describeCases, E2E_ENABLED, freshSandbox, runFunction } from './harness';
import { KNOWN_APP_BUGS } from './known-app-bugs';

describeCases('known app bugs (each fails the day it is fixed)', KNOWN_APP_BUGS);

(E2E_ENABLED ? describe : describe.skip)('known app bugs outside operations', () => {
  test('KNOWN APP BUG: the token refresh (POST /oauth/token) carries the old access token as a bearer (issue 11 section 6)', async () => {
    const sandbox = await freshSandbox();
    try {
      await runFunction(App.authentication.oauth2Config.refreshAccessToken, sandbox, 'sub-account');
      const token = sandbox.state.requests.filter((r) => r.path === '/oauth/token');
      expect(token).toHaveLength(1);
      expect(token[0].bearer).toBe(true); // should be false: the token endpoint takes client credentials only
    } finally {
      await sandbox.close();
    }
  });
});
