/*
 * Generates functions.json from the JSDoc of src/functions/functions.ts, the way the webpack plugin
 * does. `node scripts/metadata.js --update` rewrites the golden copy that the tests pin.
 */
const fs = require("fs");
const path = require("path");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");

const SOURCE = path.resolve(__dirname, "..", "src", "functions", "functions.ts");
const GOLDEN = path.resolve(__dirname, "..", "test", "golden", "functions.json");

async function generateMetadata() {
  const result = await generateCustomFunctionsMetadata(SOURCE, false);
  if (result.errors.length) throw new Error(`functions.json could not be generated:\n${result.errors.join("\n")}`);
  return result.metadataJson;
}

/** Which exported function implements each id, as the webpack plugin associates them. */
async function generateAssociations() {
  const result = await generateCustomFunctionsMetadata(SOURCE, false);
  return result.associate.map(({ id, functionName }) => ({ id, functionName }));
}

module.exports = { SOURCE, GOLDEN, generateMetadata, generateAssociations };

if (require.main === module && process.argv.includes("--update")) {
  generateMetadata().then((json) => {
    fs.writeFileSync(GOLDEN, json);
    console.log(`wrote ${path.relative(process.cwd(), GOLDEN)}`);
  });
}
