/*
 * Prints one plain closing line, "jest: N passed, N failed", that any CI reader understands, and,
 * when no browser was found for the browser tests, how to choose one.
 */
const { findBrowser, HOW_TO_CHOOSE } = require("./find-browser.js");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped ? `, ${skipped} skipped` : "";
    if (!findBrowser()) process.stdout.write(`${HOW_TO_CHOOSE}\n`);
    process.stdout.write(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`);
  }
}
module.exports = SummaryReporter;
