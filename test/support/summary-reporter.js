/*
 * Prints one plain closing line, "jest: N passed, N failed", that any CI reader understands, and,
 * when no browser was found for the browser tests, how to choose one; when no LibreOffice was
 * found for the template's second-application check, one line saying so.
 */
const { findBrowser, HOW_TO_CHOOSE } = require("./find-browser.js");
const { findSoffice, HOW_TO_INSTALL } = require("./find-soffice.js");

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped ? `, ${skipped} skipped` : "";
    if (!findBrowser()) process.stdout.write(`${HOW_TO_CHOOSE}\n`);
    let soffice;
    try {
      soffice = findSoffice();
    } catch {
      soffice = "set"; // a wrong SOFFICE_PATH fails the test itself, with its own message
    }
    if (!soffice) process.stdout.write(`${HOW_TO_INSTALL}\n`);
    process.stdout.write(`jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`);
  }
}
module.exports = SummaryReporter;
