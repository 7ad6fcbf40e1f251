/**
 * Writes the OAuth scopes the app asks for (index.ts SCOPES: the connection's and every operation's) into
 * the README, between `<!-- scopes:start -->` and `<!-- scopes:end -->`. `npm run readme:scopes` after adding
 * an operation with a new scope; test/readme.test.ts fails until the README says what the app asks for.
 */
import fs from 'fs';
import path from 'path';
import { SCOPES } from '../index';

const file = path.resolve(__dirname, '..', 'README.md');
const readme = fs.readFileSync(file, 'utf8');
const block = /(<!-- scopes:start -->\n)([\s\S]*?)(\n\s*<!-- scopes:end -->)/;
const match = block.exec(readme);
if (!match) throw new Error('README.md has no <!-- scopes:start --> ... <!-- scopes:end --> block');
const indent = /^( *)/.exec(match[2])![1];
const next = readme.replace(block, `$1${indent}\`\`\`\n${indent}${SCOPES.join(' ')}\n${indent}\`\`\`$3`);
if (next !== readme) fs.writeFileSync(file, next);
console.log(`README.md: ${SCOPES.length} scopes${next === readme ? ' (unchanged)' : ' (updated)'}`);
