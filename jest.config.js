/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/src/workbench/custom-functions-runtime.ts", "<rootDir>/test/support/fast-check-setup.ts"],
  // office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose package entry
  // pulls ESM-only modules jest cannot load; map it to the enum's own CommonJS file.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
};
