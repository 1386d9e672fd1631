/* jest's globalSetup: src/functions/catalog/index.ts regenerated from the folder before any test loads it (scripts/catalog-index.js). */
const { writeCatalogIndex } = require("../../scripts/catalog-index");

module.exports = () => {
  writeCatalogIndex();
};
