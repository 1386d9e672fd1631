/*
 * Webpack loader for the function modules (src/functions/catalog/, src/functions/parameters.ts):
 * blanks their help texts — each `{ en: "…", zh: "…" }` — in the functions bundle. Excel reads the
 * help from functions.json, which scripts/metadata.js generates from the modules themselves; the
 * code that runs in Excel never reads it, and the functions bundle stays small. Installed by
 * FunctionsMetadataPlugin in production builds.
 */
const STRING = String.raw`"(?:[^"\\\n]|\\.)*"`;
const HELP = new RegExp(String.raw`\ben:\s*${STRING},(\s*)zh:\s*${STRING}`, "g");

module.exports = function stripHelp(source) {
  return source.replace(HELP, (_match, space) => `en: "",${space}zh: ""`);
};

module.exports.HELP = HELP;
