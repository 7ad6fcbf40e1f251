/**
 * The two builds of the app, made from the same sources: the OAuth app (the default) and the
 * private-token app (GoHighLevel Private Integration tokens). Each has its TypeScript entry, its compiled
 * module, its bundle, the root shim Zapier loads (in its zip, the shim is the root index.js: Zapier's
 * wrapper always loads index.js), its zips and its `.zapierapprc`. One table, read by the bundler, the zip
 * build and check, the validation of each entry, `npm run try` and the publishing helper.
 */
const FLAVOURS = {
  oauth: {
    name: 'oauth',
    title: 'OAuth',
    source: 'index.ts',
    compiled: 'dist/index.js',
    bundle: 'dist/bundle.js',
    entry: 'index.js',
    zip: 'build/build.zip',
    sourceZip: 'build/source.zip',
    appRc: '.zapierapprc',
    authType: 'oauth2',
  },
  'private-token': {
    name: 'private-token',
    title: 'private-token',
    source: 'index.private-token.ts',
    compiled: 'dist/index.private-token.js',
    bundle: 'dist/bundle.private-token.js',
    entry: 'index.private-token.js',
    zip: 'build/build-private-token.zip',
    sourceZip: 'build/source-private-token.zip',
    appRc: '.zapierapprc.private-token',
    authType: 'custom',
  },
};

/** A flavour by name (`oauth`, `private-token`); an unknown name stops the script, naming the known ones. */
const flavour = (name = 'oauth') => {
  const f = FLAVOURS[name];
  if (!f) throw new Error(`Unknown build "${name}": ${Object.keys(FLAVOURS).join(' or ')}`);
  return f;
};

/** `--private-token` among a script's arguments selects that build (removed from the list); else OAuth. */
const flavourFromArgs = (args) => {
  const i = args.indexOf('--private-token');
  if (i < 0) return FLAVOURS.oauth;
  args.splice(i, 1);
  return FLAVOURS['private-token'];
};

module.exports = { FLAVOURS, flavour, flavourFromArgs };
