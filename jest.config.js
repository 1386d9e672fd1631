/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/src/spreadsheet/custom-functions-runtime.ts", "<rootDir>/test/support/fast-check-setup.ts"],
  // office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose package entry
  // pulls ESM-only modules jest cannot load; map it to the enum's own CommonJS file.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
  // Tests that build the whole template in an engine and write it as Excel would take a few seconds
  // alone and more on a loaded two-core machine: jest's 5 s default would fail them for the load.
  testTimeout: 60_000,
  // The registry (src/functions/catalog/index.ts) is generated from its folder before any test loads it.
  globalSetup: "<rootDir>/test/support/catalog-setup.js",
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
};
