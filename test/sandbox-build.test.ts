/**
 * `npm run try` (and the CLI end-to-end tests) run the built app: they rebuild, with `npm run build`, when
 * dist/bundle.js is missing or stale — a source newer than the build, or sources added or removed. The
 * staleness rules (scripts/build-sources.js) on a small project of their own.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { buildSources, staleBecause, writeStamp } from '../scripts/build-sources';

let root: string;
const write = (rel: string, text = '') => {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
};
const age = (rel: string, seconds: number) => {
  const t = new Date(Date.now() + seconds * 1000);
  fs.utimesSync(path.join(root, rel), t, t);
};

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-build-check-'));
  write('tsconfig.build.json', JSON.stringify({ include: ['index.ts', 'lib/**/*.ts'] }));
  write('package.json', '{}');
  write('index.ts', 'export default {};');
  write('lib/a.ts', 'export const a = 1;');
  write('lib/notes.md', 'not a source');
  for (const f of ['tsconfig.build.json', 'package.json', 'index.ts', 'lib/a.ts']) age(f, -60);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

/** What the build leaves: dist/index.js (tsc), dist/bundle.js (the bundler), then its record of the sources. */
const build = () => {
  write('dist/index.js');
  write('dist/bundle.js');
  writeStamp(root);
};

test('the sources are tsconfig.build.json\'s include and the build\'s configs', () => {
  expect(buildSources(root)).toEqual(['index.ts', 'lib/a.ts', 'package.json', 'tsconfig.build.json']);
});

test('no build (a plain clone after npm ci): stale', () => {
  expect(staleBecause(root)).toBe('dist/bundle.js is missing');
  write('dist/bundle.js');
  expect(staleBecause(root)).toBe('dist/.build-sources.json is missing'); // built by something that is not npm run build
});

test('just built: current; a source edited afterwards: stale', () => {
  build();
  expect(staleBecause(root)).toBeUndefined();
  age('lib/a.ts', 5);
  expect(staleBecause(root)).toBe('lib/a.ts changed since the last build');
});

test('a source added or removed: stale, even when every file is old', () => {
  build();
  write('lib/b.ts', 'export const b = 2;');
  age('lib/b.ts', -3600);
  expect(staleBecause(root)).toBe('sources were added (lib/b.ts)');
  build();
  fs.rmSync(path.join(root, 'lib/a.ts'));
  expect(staleBecause(root)).toBe('sources were removed (lib/a.ts)');
});

test('a project with the private-token build: its bundle is part of the build too', () => {
  write('index.private-token.ts', 'export default {};');
  age('index.private-token.ts', -60);
  build();
  expect(staleBecause(root)).toBe('dist/bundle.private-token.js is missing');
  write('dist/bundle.private-token.js');
  writeStamp(root);
  expect(staleBecause(root)).toBeUndefined();
});
