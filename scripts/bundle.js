#!/usr/bin/env node
/**
 * Bundles the compiled app (dist/index.js and everything it imports) into dist/bundle.js, the file the
 * production shim (root index.js) loads. One file instead of ~200 modules makes a cold Zapier worker start
 * faster and the zip smaller (see BENCHMARKS.md). zapier-platform-core stays external: the app must use
 * the very core instance that runs it. Identifiers are kept, so stack traces stay readable.
 */
const path = require('path');
const esbuild = require('esbuild');
const { writeStamp } = require('./build-sources');

const root = path.resolve(__dirname, '..');
esbuild.buildSync({
  entryPoints: [path.join(root, 'dist', 'index.js')],
  outfile: path.join(root, 'dist', 'bundle.js'),
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  external: ['zapier-platform-core', 'zapier-platform-core/*'],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// What this build was made from, so `npm run try` can tell when it is stale (scripts/build-sources.js).
writeStamp();
