/**
 * The app-wide checks on the private-token app: test/app.test.ts (and test/editor-rules.test.ts where the
 * project has it) run again here with `../index` resolved to index.private-token.ts, every assertion as it
 * is. The OAuth app gets them from those files themselves.
 */
import fs from 'fs';
import path from 'path';

jest.mock('../index', () => jest.requireActual('../index.private-token'));

test('the checks below run on the private-token app', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const App = require('../index').default;
  expect(App.authentication.type).toBe('custom');
});

for (const checks of ['app.test', 'editor-rules.test']) {
  if (fs.existsSync(path.join(__dirname, `${checks}.ts`))) require(`./${checks}`);
}
