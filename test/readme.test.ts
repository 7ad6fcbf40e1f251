/** The README stays true: its scope list is the app's computed scope union, its commands exist. */
import fs from 'fs';
import path from 'path';
import { SCOPES } from '../index';

const readme = fs.readFileSync(path.resolve(__dirname, '../README.md'), 'utf8');
const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../package.json'), 'utf8'));

test('the README lists exactly the scopes the authorize URL asks for', () => {
  const block = readme.split('<!-- scopes:start -->')[1]?.split('<!-- scopes:end -->')[0] ?? '';
  const listed = block.replace(/```/g, ' ').split(/\s+/).filter(Boolean).sort();
  expect(listed).toEqual([...SCOPES].sort());
});

test('every `npm run X` the README mentions is a script', () => {
  const scripts = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(3);
  for (const s of scripts) expect({ script: s, exists: s in pkg.scripts }).toEqual({ script: s, exists: true });
});

test("the README lists exactly the scopes to tick on each kind of private token (the private-token app's steps)", () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { PRIVATE_TOKEN_SCOPES } = require('../index.private-token');
  const block = (name: string) =>
    (readme.split(`<!-- ${name}:start -->`)[1]?.split(`<!-- ${name}:end -->`)[0] ?? '').replace(/```/g, ' ').split(/\s+/).filter(Boolean).sort();
  expect(block('private-token-scopes')).toEqual([...PRIVATE_TOKEN_SCOPES.subAccount].sort());
  expect(block('agency-private-token-scopes')).toEqual([...PRIVATE_TOKEN_SCOPES.agency].sort());
});
