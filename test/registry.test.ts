/**
 * The folders are the registry: every file of triggers/, creates/ and searches/ is an operation the app
 * registers, under its file name, and nothing else is. Adding an operation is adding its file.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import App, { DECLARATIONS } from '../index';
import { FOLDERS, operationKeys, readOperationModules, registryOf } from '../lib/registry';
import { defineOperation } from '../lib/operation';

const ROOT = path.resolve(__dirname, '..');

test.each(FOLDERS)('every operation file in %s/ is registered under its file name, and only those', (folder) => {
  const files = operationKeys(path.join(ROOT, folder));
  const registered = Object.keys((App as any)[folder]).sort();
  expect(registered).toEqual(files);
  for (const key of files) {
    const op = require(path.join(ROOT, folder, key)).default;
    expect((App as any)[folder][key]).toBe(op);
  }
});

test('declarations are those of the registered operations, one each', () => {
  const registered = FOLDERS.flatMap((f) => Object.keys((App as any)[f]).map((k) => `${f}/${k}`));
  expect(DECLARATIONS.map((d) => `${{ trigger: 'triggers', create: 'creates', search: 'searches' }[d.kind]}/${d.key}`).sort()).toEqual(registered.sort());
});

test('a file that is not an operation of its folder stops the app from loading, naming the file', () => {
  const op = defineOperation({
    key: 'new_thing',
    kind: 'create',
    noun: 'Thing',
    label: 'New Thing',
    description: 'Creates a thing.',
    endpoint: { method: 'POST', path: '/things/' },
    scopes: [],
  });
  const empty = { triggers: {}, creates: {}, searches: {} };
  expect(() => registryOf({ ...empty, creates: { other_name: { default: op } } })).toThrow(
    'creates/other_name: must default-export the create "other_name", made with defineOperation.',
  );
  expect(() => registryOf({ ...empty, triggers: { new_thing: { default: op } } })).toThrow(/triggers\/new_thing: must default-export the trigger/);
  expect(() => registryOf({ ...empty, searches: { helper: {} } })).toThrow(/searches\/helper/);
  expect(registryOf({ ...empty, creates: { new_thing: { default: op } } }).creates.new_thing).toBe(op);
});

test('adding an operation is adding its file: a new file in a folder is loaded without touching anything else', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ghl-registry-'));
  try {
    for (const f of FOLDERS) fs.mkdirSync(path.join(dir, f));
    const operationModule = path.join(ROOT, 'lib', 'operation').replace(/\\/g, '/');
    fs.writeFileSync(
      path.join(dir, 'creates', 'send_postcard.js'),
      `const { defineOperation } = require(${JSON.stringify(operationModule)});\n` +
        "module.exports.default = defineOperation({ key: 'send_postcard', kind: 'create', noun: 'Postcard', label: 'Send Postcard', " +
        "description: 'Sends a postcard.', endpoint: { method: 'POST', path: '/postcards/' }, scopes: [] });\n",
    );
    const registry = registryOf(readOperationModules(dir));
    expect(Object.keys(registry.creates)).toEqual(['send_postcard']);
    expect(registry.declarations.map((d) => d.label)).toEqual(['Send Postcard']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('lib/ imports nothing above it (operations, domains, the registry, index.ts, authentication.ts)', () => {
  const upward = /from ['"](\.\.\/)+(triggers|creates|searches|domains|registry|index|authentication)\b|from ['"]\.\.\/(index|registry|authentication)['"]/;
  const offenders = fs
    .readdirSync(path.join(ROOT, 'lib'))
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => upward.test(fs.readFileSync(path.join(ROOT, 'lib', f), 'utf8')));
  expect(offenders).toEqual([]);
});
