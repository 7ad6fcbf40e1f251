/**
 * A body cut off before its end (the connection closes short of its Content-Length) fails at once with a
 * readable error, not at the request timeout (node-fetch 2 alone would wait for it). The run happens in a
 * process of its own (test/fixtures/truncated-answer.ts): it needs real sockets, with no nock in the way.
 */
import { spawnSync } from 'child_process';
import path from 'path';

test('the step says the answer was cut off, not that GoHighLevel did not answer in time', () => {
  const root = path.resolve(__dirname, '..');
  const out = spawnSync(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'test/fixtures/truncated-answer.ts'], {
    cwd: root,
    encoding: 'utf8',
    // Far beyond this test's own timeout: a step that waited for the request timeout would fail the test.
    env: { ...process.env, GHL_TIMEOUT_MS: '120000', NODE_ENV: 'test' },
    timeout: 25_000,
  });
  expect(out.stderr).toBe('');
  const { error } = JSON.parse(out.stdout);
  expect(JSON.parse(error)).toMatchObject({
    code: 'GHL_TRUNCATED',
    message: "Get Contact: GoHighLevel's answer was cut off (the connection closed before the whole answer arrived). Try again later.",
  });
});
