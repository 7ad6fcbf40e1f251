/**
 * Writes the scopes into the README: the OAuth scopes the app asks for (index.ts SCOPES: the connection's
 * and every operation's) between `<!-- scopes:start -->` and `<!-- scopes:end -->`, and the scopes to tick
 * on a Private Integration token (index.private-token.ts PRIVATE_TOKEN_SCOPES) between
 * `<!-- private-token-scopes:… -->` (a sub-account's token) and `<!-- agency-private-token-scopes:… -->`
 * (an agency's). `npm run readme:scopes` after adding an operation with a new scope; test/readme.test.ts
 * fails until the README says what the apps ask for.
 */
import fs from 'fs';
import path from 'path';
import { SCOPES } from '../index';
import { PRIVATE_TOKEN_SCOPES } from '../index.private-token';

const file = path.resolve(__dirname, '..', 'README.md');
const before = fs.readFileSync(file, 'utf8');
const blocks: Array<[string, readonly string[]]> = [
  ['scopes', SCOPES],
  ['private-token-scopes', [...PRIVATE_TOKEN_SCOPES.subAccount].sort()],
  ['agency-private-token-scopes', [...PRIVATE_TOKEN_SCOPES.agency].sort()],
];
let readme = before;
for (const [name, scopes] of blocks) {
  const block = new RegExp(`(<!-- ${name}:start -->\\n)([\\s\\S]*?)(\\n\\s*<!-- ${name}:end -->)`);
  const match = block.exec(readme);
  if (!match) throw new Error(`README.md has no <!-- ${name}:start --> ... <!-- ${name}:end --> block`);
  const indent = /^( *)/.exec(match[2])![1];
  readme = readme.replace(block, `$1${indent}\`\`\`\n${indent}${scopes.join(' ')}\n${indent}\`\`\`$3`);
  console.log(`README.md ${name}: ${scopes.length} scopes`);
}
if (readme !== before) fs.writeFileSync(file, readme);
console.log(readme === before ? 'README.md unchanged' : 'README.md updated');
