/*
 * functions.json and its translations (functions.<tag>.json), generated from the function modules
 * (src/functions/catalog/, through src/functions/metadata.ts): the webpack build emits them
 * (FunctionsMetadataPlugin) and `node scripts/metadata.js --update` (npm run golden) rewrites the
 * golden copies the tests pin, one per language (test/golden/functions.json, functions.zh-CN.json). The TypeScript is bundled by esbuild into a temporary CommonJS
 * file and required; nothing is evaluated from a string.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const esbuild = require("esbuild");
const { writeCatalogIndex } = require("./catalog-index");

const ROOT = path.resolve(__dirname, "..");
const SOURCE = path.join(ROOT, "src", "functions", "metadata.ts");
const GOLDEN_DIR = path.join(ROOT, "test", "golden");
/** The golden English copy. */
const GOLDEN = path.join(GOLDEN_DIR, "functions.json");

/** Every metadata file by name ({ "functions.json": text, "functions.zh-CN.json": text }), and the source files read. */
function generateMetadataFiles() {
  writeCatalogIndex(); // the registry, generated from src/functions/catalog/
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "spillsplit-metadata-"));
  const outfile = path.join(folder, "metadata.cjs");
  try {
    const result = esbuild.buildSync({ entryPoints: [SOURCE], bundle: true, platform: "node", format: "cjs", outfile, metafile: true, logLevel: "silent" });
    const inputs = Object.keys(result.metafile.inputs)
      .filter((input) => !input.includes("node_modules"))
      .map((input) => path.resolve(ROOT, input));
    const files = require(outfile).metadataFiles();
    return { files, inputs };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/** functions.json, as the build emits it. */
function generateMetadata() {
  return generateMetadataFiles().files["functions.json"];
}

/** The files whose help texts the production bundle leaves out (strip-help-loader.js). */
const HELP_SOURCES = /[\\/]src[\\/]functions[\\/](catalog[\\/](lists[\\/])?[^\\/]+|parameters)\.ts$/;

/**
 * Webpack: emits functions.json and every translation, rebuilt when a function module changes;
 * in production, the help texts are left out of the bundle (Excel reads them from the metadata).
 */
class FunctionsMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    if (compiler.options.mode === "production") {
      compiler.options.module.rules.unshift({ test: HELP_SOURCES, enforce: "pre", loader: require.resolve("./strip-help-loader") });
    }
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionsMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        try {
          const { files, inputs } = generateMetadataFiles();
          for (const input of inputs) compilation.fileDependencies.add(input);
          for (const [name, text] of Object.entries(files)) compilation.emitAsset(name, new sources.RawSource(text));
        } catch (error) {
          compilation.errors.push(new WebpackError(`functions.json could not be generated: ${error.message}`));
        }
      });
    });
  }
}

module.exports = { SOURCE, GOLDEN, GOLDEN_DIR, HELP_SOURCES, generateMetadata, generateMetadataFiles, FunctionsMetadataPlugin };

if (require.main === module && process.argv.includes("--update")) {
  for (const [name, text] of Object.entries(generateMetadataFiles().files)) {
    const file = path.join(GOLDEN_DIR, name);
    fs.writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
