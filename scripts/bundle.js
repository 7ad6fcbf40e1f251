#!/usr/bin/env node
/**
 * Bundles each build of the compiled app (scripts/flavours.js: dist/index.js → dist/bundle.js, which the
 * production shim root index.js loads; dist/index.private-token.js → dist/bundle.private-token.js, loaded by
 * index.private-token.js) into one file with everything it imports. One file instead of ~200 modules makes
 * a cold Zapier worker start faster and the zip smaller (see BENCHMARKS.md). zapier-platform-core stays
 * external: the app must use the very core instance that runs it. Identifiers are kept, so stack traces
 * stay readable.
 *
 * registry.js reads the operation folders when the app loads; a Zapier worker has no such folders, so the
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

/** dist/registry.js with the operation files listed: `registryOf({triggers: {key: require('./triggers/key.js')}, …})`. */
const staticRegistry = () => {
  const folders = FOLDERS.map((folder) => {
    const keys = fs
      .readdirSync(path.join(dist, folder))
      .filter((f) => f.endsWith('.js'))
      .map((f) => f.slice(0, -3))
      .sort();
    const entries = keys.map((key) => `    ${JSON.stringify(key)}: require(${JSON.stringify(`./${folder}/${key}.js`)}),`);
    return `  ${folder}: {\n${entries.join('\n')}\n  },`;
  });
  return `"use strict";\nObject.defineProperty(exports, "__esModule", { value: true });\nconst { registryOf } = require("./lib/registry.js");\nexports.default = registryOf({\n${folders.join('\n')}\n});\n`;
};

const listOperations = {
  name: 'list-operations',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/]registry\.js$/ }, () => ({ contents: staticRegistry(), loader: 'js', resolveDir: dist }));
  },
};

/** `{bundle: dist/index.js, 'bundle.private-token': dist/index.private-token.js}`: one standalone bundle each. */
const entryPoints = Object.fromEntries(
  Object.values(FLAVOURS).map((f) => [path.basename(f.bundle, '.js'), path.join(root, f.compiled)]),
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
