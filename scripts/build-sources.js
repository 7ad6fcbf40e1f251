/**
 * What `npm run build` is made from, and whether dist/ is older than it. The build (scripts/bundle.js, its
 * last step) records the list of sources it was made from in dist/.build-sources.json; `npm run try` and
 * the end-to-end tests rebuild when a bundle (dist/bundle.js, dist/bundle.private-token.js) or that
 * record is missing, when a source is newer than the build, or when sources were added or removed.
 */
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const { FLAVOURS } = require('./flavours');

const STAMP = path.join('dist', '.build-sources.json');
/** The bundle of every build the project has (scripts/flavours.js: a build whose entry source exists). */
const bundlesOf = (root) => Object.values(FLAVOURS).filter((f) => fs.existsSync(path.join(root, f.source))).map((f) => f.bundle);
const ENTRY = FLAVOURS.oauth.compiled;
/** Read by the build besides tsconfig.build.json's sources. */
const BUILD_INPUTS = ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/bundle.js', 'scripts/build-sources.js', 'scripts/flavours.js'];

/** The build's source files, sorted: tsconfig.build.json's `include` (a `dir/**` pattern: every file of dir with that extension). */
const buildSources = (root = ROOT) => {
  const config = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.build.json'), 'utf8'));
  const out = new Set(BUILD_INPUTS.filter((f) => fs.existsSync(path.join(root, f))));
  const walk = (rel, ext) => {
    const full = path.join(root, rel);
    if (!fs.existsSync(full)) return;
    if (!fs.statSync(full).isDirectory()) {
      if (rel.endsWith(ext)) out.add(rel);
      return;
    }
    for (const name of fs.readdirSync(full)) walk(path.posix.join(rel, name), ext);
  };
  for (const pattern of config.include) {
    const m = /^(.*?)\/\*\*\/\*(\.\w+)$/.exec(pattern);
    if (m) walk(m[1], m[2]);
    else walk(pattern, path.extname(pattern));
  }
  return [...out].sort();
};

/** Records what the build in dist/ was made from (the bundler's last step). */
const writeStamp = (root = ROOT) => {
  // tsc read the sources before it wrote dist/index.js: a source changed after that is newer than the build.
  const entry = path.join(root, ENTRY);
  const builtAt = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : Date.now();
  fs.writeFileSync(path.join(root, STAMP), JSON.stringify({ files: buildSources(root), builtAt }));
};

/** Why dist/ is stale, or undefined when it is current. */
const staleBecause = (root = ROOT) => {
  const missing = bundlesOf(root).find((b) => !fs.existsSync(path.join(root, b)));
  if (missing) return `${missing} is missing`;
  if (!fs.existsSync(path.join(root, STAMP))) return 'dist/.build-sources.json is missing';
  const stamp = JSON.parse(fs.readFileSync(path.join(root, STAMP), 'utf8'));
  const files = buildSources(root);
  const added = files.filter((f) => !stamp.files.includes(f));
  const removed = stamp.files.filter((f) => !files.includes(f));
  if (added.length) return `sources were added (${added.slice(0, 3).join(', ')})`;
  if (removed.length) return `sources were removed (${removed.slice(0, 3).join(', ')})`;
  const newer = files.find((f) => fs.statSync(path.join(root, f)).mtimeMs > stamp.builtAt);
  return newer ? `${newer} changed since the last build` : undefined;
};

/**
 * Builds the app exactly as `npm run build` does (it runs that script: tsc, then scripts/bundle.js, which
 * writes the dist/bundle.js the root index.js loads) when the build is missing or stale. A failed build
 * stops the run with the build's output. `npm run try` and the end-to-end tests of the CLI call it.
 */
const ensureBuilt = (log = (m) => console.error(m), root = ROOT) => {
  const why = staleBecause(root);
  if (!why) return;
  log(`Building the app (npm run build: ${why})…`);
  const npm = process.env.npm_execpath;
  const out =
    npm && /\.c?js$/.test(npm)
      ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, encoding: 'utf8' })
      : spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`npm run build failed:\n${out.stdout || ''}${out.stderr || ''}${out.error ? String(out.error) : ''}`);
  const still = staleBecause(root);
  if (still) throw new Error(`npm run build ran, but the build is still stale: ${still}`);
};

module.exports = { buildSources, writeStamp, staleBecause, ensureBuilt, STAMP };
