/**
 * A directory where Zapier's CLI sees one build of the app (scripts/flavours.js) as the project: a
 * package.json whose `main` is the build's entry (index.js or index.private-token.js; the CLI loads the app
 * through `main`), and links to that entry and to node_modules. The entry link resolves to the project's
 * own file, so the app loads the project's dist/. Used by `npm run validate:private-token`, `npm run try`
 * (through scripts/invoke.ts) and `npm run zapier:private-token`.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

/**
 * Stages `flavour` in a new temporary directory. `scripts` replaces package.json's scripts (e.g. a no-op
 * `_zapier-build` when the project is already built). Returns the directory and how to remove it.
 */
const stageApp = (flavour, { scripts, root = ROOT } = {}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `ghl-zapier-${flavour.name}-`));
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  pkg.main = flavour.entry;
  if (scripts) pkg.scripts = scripts;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  fs.symlinkSync(path.join(root, flavour.entry), path.join(dir, flavour.entry), 'file');
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
};

module.exports = { stageApp };
