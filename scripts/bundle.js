#!/usr/bin/env node
/**
 * Bundles each build of the app (scripts/flavours.js: index.ts → dist/bundle.js, which the production shim
 * root index.js loads; index.private-token.ts → dist/bundle.private-token.js, loaded by
 * index.private-token.js) into one file with everything it imports. One file instead of ~250 modules makes
 * a cold Zapier worker start faster and the zip smaller (see BENCHMARKS.md). The bundle is made from the
 * TypeScript sources (tsc, the build's first step, type-checks them and writes dist/ for the tools that read
 * the compiled modules): as ES modules they share one scope in the bundle, with no per-module wrapper and
 * no lazy `require` between them, which a cold worker pays for on every start. zapier-platform-core stays
 * external: the app must use the very core instance that runs it. Identifiers are kept, so stack traces
 * stay readable.
 *
 * registry.ts reads the operation folders when the app loads; a Zapier worker has no such folders, so the
 * bundle gets it as a static list of the very same files (checked by lib/registry.ts the same way).
 */
const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');
const { writeStamp } = require('./build-sources');
const { FLAVOURS } = require('./flavours');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const FOLDERS = ['triggers', 'creates', 'searches'];
const REGISTRY = path.join(root, 'registry.ts');

/** registry.ts with the operation files listed: `registryOf({triggers: {key: {default: <triggers/key.ts's default export>}}, …})`. */
const staticRegistry = () => {
  const imports = [];
  const folders = FOLDERS.map((folder) => {
    const keys = fs
      .readdirSync(path.join(root, folder))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => f.slice(0, -3))
      .sort();
    const entries = keys.map((key) => {
      const name = `op${imports.length}`;
      imports.push(`import ${name} from ${JSON.stringify(`./${folder}/${key}`)};`);
      return `    ${JSON.stringify(key)}: { default: ${name} },`;
    });
    return `  ${folder}: {\n${entries.join('\n')}\n  },`;
  });
  return `import { registryOf } from './lib/registry';\n${imports.join('\n')}\nexport default registryOf({\n${folders.join('\n')}\n});\n`;
};

const listOperations = {
  name: 'list-operations',
  setup(build) {
    build.onLoad({ filter: /[\\/]registry\.ts$/ }, (args) =>
      path.resolve(args.path) === REGISTRY ? { contents: staticRegistry(), loader: 'ts', resolveDir: root } : undefined,
    );
  },
};

/** `{bundle: index.ts, 'bundle.private-token': index.private-token.ts}`: one standalone bundle each. */
const entryPoints = Object.fromEntries(
  Object.values(FLAVOURS).map((f) => [path.basename(f.bundle, '.js'), path.join(root, f.source)]),
);

esbuild.build({
  entryPoints,
  outdir: dist,
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: [
    'zapier-platform-core',
    'zapier-platform-core/*',
    // Multipart uploads (lib/http.ts): core's own dependency, already in the zip's node_modules; bundled it
    // would add its MIME table (~170 KiB) a second time.
    'form-data',
  ],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [listOperations],
})
  // What this build was made from, so `npm run try` can tell when it is stale (scripts/build-sources.js).
  .then(() => writeStamp())
  .catch(() => process.exit(1));
