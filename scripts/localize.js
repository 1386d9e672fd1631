/*
 * Builds the Chinese function help: the generated English functions.json with every description
 * replaced from one translation table (src/functions/help.zh-CN.json). Names stay English, as
 * Chinese Excel keeps English function names. A missing or stale translation fails the build.
 */
const fs = require("fs");
const path = require("path");

const TABLE = path.resolve(__dirname, "..", "src", "functions", "help.zh-CN.json");

function localizeMetadata(metadataJson, table = JSON.parse(fs.readFileSync(TABLE, "utf8"))) {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  const declared = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) {
    if (!declared.has(id)) problems.push(`${id} is translated but is not a function`);
  }
  for (const fn of metadata.functions) {
    const help = table[fn.id];
    if (!help || !help.description) {
      problems.push(`${fn.id} has no Chinese description`);
      continue;
    }
    fn.description = help.description;
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(help.parameters || {})) {
      if (!names.has(name)) problems.push(`${fn.id}(${name}) is translated but is not a parameter`);
    }
    for (const parameter of fn.parameters) {
      const text = help.parameters && help.parameters[parameter.name];
      if (!text) problems.push(`${fn.id}(${parameter.name}) has no Chinese description`);
      else parameter.description = text;
    }
  }
  if (problems.length) throw new Error(`Chinese function help is incomplete:\n- ${problems.join("\n- ")}`);
  return JSON.stringify(metadata, null, 4);
}

/** Webpack: emit functions.zh-CN.json beside the functions.json the metadata plugin emits. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(TABLE);
      compilation.hooks.processAssets.tap({ name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const english = compilation.getAsset("functions.json");
        if (!english) return;
        try {
          compilation.emitAsset("functions.zh-CN.json", new sources.RawSource(localizeMetadata(english.source.source().toString())));
        } catch (error) {
          compilation.errors.push(new WebpackError(error.message));
        }
      });
    });
  }
}

module.exports = { TABLE, localizeMetadata, LocalizedMetadataPlugin };
