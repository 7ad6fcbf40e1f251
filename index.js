// Production entry point: Zapier loads the project root's index.js and does not unwrap `.default`.
module.exports = require('./dist/index.js').default;
