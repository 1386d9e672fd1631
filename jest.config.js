/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/src/workbench/custom-functions-runtime.ts", "<rootDir>/test/support/fast-check-setup.ts"],
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
};
