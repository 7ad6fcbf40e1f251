/**
 * A jest reporter that appends each run's totals to the file named by JEST_SUMMARY_FILE (one JSON line per
 * run), so .ci/run can close with one line counting every test it ran. Does nothing without that variable.
 */
const fs = require('fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.JEST_SUMMARY_FILE;
    if (!file) return;
    const line = {
      passed: results.numPassedTests,
      failed: results.numFailedTests,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
}

module.exports = SummaryReporter;
