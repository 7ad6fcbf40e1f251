// Production entry point of the private-token build: as index.js (Zapier does not unwrap `.default`), for
// the app of index.private-token.ts, bundled into dist/bundle.private-token.js by `npm run build`. Its zip
// (build/build-private-token.zip) holds this file as its root index.js, the one Zapier loads.
module.exports = require('./dist/bundle.private-token.js').default;
