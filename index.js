// Production entry point: Zapier loads the project root's index.js and does not unwrap `.default`.
// dist/bundle.js is dist/index.js bundled into one file by `npm run build` (scripts/bundle.js).
module.exports = require('./dist/bundle.js').default;
