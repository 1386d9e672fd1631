/*
 * The manifest's build step and its offline check (Microsoft's validator needs an online service).
 * Used by webpack.config.js, by `npm run validate` and by the tests.
 */
const { DOMParser } = require("@xmldom/xmldom");

const DEV_URL = "https://localhost:3000/";

/** Where the production build is hosted; set ADDIN_PROD_URL to your server (ends with "/"). */
function productionUrl(env = process.env) {
  const url = env.ADDIN_PROD_URL || "https://spillsplit.example.com/addin/";
  return url.endsWith("/") ? url : `${url}/`;
}

/** Replaces every dev URL (not only the first, as a plain String.replace would). */
function productionManifest(xml, prodUrl = productionUrl()) {
  return xml.split(DEV_URL).join(prodUrl);
}

function elements(node, name) {
  return Array.from(node.getElementsByTagName(name));
}

function childElements(node) {
  return Array.from(node.childNodes).filter((n) => n.nodeType === 1);
}

/**
 * Checks a manifest without the network. Returns a list of problems, empty when it is sound:
 * the XML parses; every resid used is defined once; the custom functions' script, metadata and page
 * URLs share one origin and folder, the page is the shared runtime; <Runtimes> is the first child of
 * its <Host>; with `production`, no localhost URL is left.
 */
function checkManifest(xml, { production = false } = {}) {
  const problems = [];
  const parseErrors = [];
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") parseErrors.push(message);
      },
    }).parseFromString(xml, "text/xml");
  } catch (error) {
    parseErrors.push(error.message);
  }
  if (parseErrors.length || !doc || !doc.documentElement || doc.documentElement.nodeName !== "OfficeApp") {
    return [`the XML does not parse as an OfficeApp manifest: ${parseErrors.join("; ") || "no OfficeApp root"}`];
  }

  const defined = new Map();
  const resources = elements(doc, "Resources")[0];
  for (const tag of ["bt:Image", "bt:Url", "bt:String"]) {
    for (const el of resources ? elements(resources, tag) : []) {
      const id = el.getAttribute("id");
      if (defined.has(id)) problems.push(`resource id "${id}" is defined twice`);
      defined.set(id, el.getAttribute("DefaultValue"));
    }
  }
  const used = new Set();
  for (const el of elements(doc, "*")) {
    const resid = el.getAttribute && el.getAttribute("resid");
    if (resid) used.add(resid);
  }
  for (const resid of used) {
    if (!defined.has(resid)) problems.push(`resid "${resid}" is used but not defined`);
  }

  const functions = elements(doc, "ExtensionPoint").find((el) => el.getAttribute("xsi:type") === "CustomFunctions");
  if (!functions) {
    problems.push("there is no CustomFunctions extension point");
  } else {
    const url = (section) => {
      const el = elements(functions, section)[0];
      const location = el && elements(el, "SourceLocation")[0];
      return location ? defined.get(location.getAttribute("resid")) : undefined;
    };
    const script = url("Script");
    const page = url("Page");
    const metadata = url("Metadata");
    if (!script || !page || !metadata) {
      problems.push("the custom functions need a script, a page and a metadata URL");
    } else {
      const folder = (u) => u.slice(0, u.lastIndexOf("/") + 1);
      if (new Set([folder(script), folder(page), folder(metadata)]).size !== 1) {
        problems.push(`the functions script, page and metadata are not served from one place: ${script}, ${page}, ${metadata}`);
      }
      if (!script.endsWith("functions.js")) problems.push(`the functions script should be functions.js: ${script}`);
      if (!metadata.endsWith("functions.json")) problems.push(`the functions metadata should be functions.json: ${metadata}`);
      const metadataId = elements(elements(functions, "Metadata")[0], "SourceLocation")[0].getAttribute("resid");
      const metadataUrl = elements(resources, "bt:Url").find((el) => el.getAttribute("id") === metadataId);
      for (const override of metadataUrl ? elements(metadataUrl, "bt:Override") : []) {
        const localized = override.getAttribute("Value") || "";
        if (folder(localized) !== folder(metadata) || !localized.endsWith(".json")) {
          problems.push(`the ${override.getAttribute("Locale")} functions metadata is not a .json beside functions.json: ${localized}`);
        }
      }
      const runtime = elements(doc, "Runtime")[0];
      const runtimeUrl = runtime && defined.get(runtime.getAttribute("resid"));
      if (runtimeUrl !== page) problems.push(`the functions page (${page}) is not the shared runtime (${runtimeUrl})`);
    }
    const namespace = elements(functions, "Namespace")[0];
    if (!namespace || defined.get(namespace.getAttribute("resid")) !== "RED") problems.push('the functions namespace is not "RED"');
  }

  const hosts = elements(doc, "Host").filter((el) => el.getAttribute("xsi:type") === "Workbook");
  if (hosts.length === 0) problems.push("VersionOverrides has no Workbook host");
  for (const host of hosts) {
    const first = childElements(host)[0];
    if (!first || first.nodeName !== "Runtimes") {
      problems.push(`<Runtimes> must directly follow <Host>, found <${first ? first.nodeName : "nothing"}> first`);
    }
  }

  if (production && /localhost/i.test(xml)) problems.push("a localhost URL is left in the production manifest");
  return problems;
}

module.exports = { DEV_URL, productionUrl, productionManifest, checkManifest };

if (require.main === module) {
  const fs = require("fs");
  const file = process.argv[2] || "manifest.xml";
  const production = process.argv.includes("--production");
  const problems = checkManifest(fs.readFileSync(file, "utf8"), { production });
  if (problems.length) {
    console.error(`${file}: ${problems.length} problem(s)\n- ${problems.join("\n- ")}`);
    process.exit(1);
  }
  console.log(`${file}: manifest checks passed${production ? " (production)" : ""}.`);
}
