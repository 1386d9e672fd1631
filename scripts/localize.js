/*
 * Builds the function help in each language beside English: the generated functions.json with
 * every description replaced from that language's translation table, src/functions/help.<tag>.json
 * (help.zh-CN.json → functions.zh-CN.json). Names stay English, as Chinese Excel keeps English
 * function names. A missing or stale translation fails the build. A new language's table is found
 * by its file name; the manifest points that locale at its functions.<tag>.json.
 */
const fs = require("fs");
const path = require("path");

const HELP = path.resolve(__dirname, "..", "src", "functions");

/** Every translation table: { tag: path }, from the files help.<tag>.json. */
const TABLES = Object.fromEntries(
  fs
    .readdirSync(HELP)
    .flatMap((file) => {
      const tag = /^help\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)\.json$/.exec(file);
      return tag ? [[tag[1], path.join(HELP, file)]] : [];
    }),
);

/** The Chinese table, the one Spillsplit ships today. */
const TABLE = TABLES["zh-CN"];

function localizeMetadata(metadataJson, table = JSON.parse(fs.readFileSync(TABLE, "utf8")), tag = "zh-CN") {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  const declared = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) {
    if (!declared.has(id)) problems.push(`${id} is translated but is not a function`);
  }
  for (const fn of metadata.functions) {
    const help = table[fn.id];
    if (!help || !help.description) {
      problems.push(`${fn.id} has no ${tag} description`);
      continue;
    }
    fn.description = help.description;
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(help.parameters || {})) {
      if (!names.has(name)) problems.push(`${fn.id}(${name}) is translated but is not a parameter`);
    }
    for (const parameter of fn.parameters) {
      const text = help.parameters && help.parameters[parameter.name];
      if (!text) problems.push(`${fn.id}(${parameter.name}) has no ${tag} description`);
      else parameter.description = text;
    }
  }
  if (problems.length) throw new Error(`The ${tag} function help is incomplete:\n- ${problems.join("\n- ")}`);
  return JSON.stringify(metadata, null, 4);
}

/** Webpack: emit functions.<tag>.json for every table beside the functions.json the metadata plugin emits. */
class LocalizedMetadataPlugin {
  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedMetadataPlugin", (compilation) => {
      for (const table of Object.values(TABLES)) compilation.fileDependencies.add(table);
      compilation.hooks.processAssets.tap({ name: "LocalizedMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const english = compilation.getAsset("functions.json");
        if (!english) return;
        for (const [tag, file] of Object.entries(TABLES)) {
          try {
            const table = JSON.parse(fs.readFileSync(file, "utf8"));
            compilation.emitAsset(`functions.${tag}.json`, new sources.RawSource(localizeMetadata(english.source.source().toString(), table, tag)));
          } catch (error) {
            compilation.errors.push(new WebpackError(error.message));
          }
        }
      });
    });
  }
}

module.exports = { TABLE, TABLES, localizeMetadata, LocalizedMetadataPlugin };
