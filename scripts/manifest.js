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

/*
 * The rules of Microsoft's manifest schema that Office, AppSource and the Microsoft 365 admin
 * center enforce and that bit us or sit next to those that did, from [MS-OWEMXML] (the Office
 * Add-in manifest schemas: appforoffice 1.1, officeappbasictypes 1.0, taskpaneappversionoverrides).
 * The XSD files themselves are not in this repository (Microsoft's Open Specifications licence lets
 * us implement them, not redistribute them); each rule below cites the type it comes from.
 */

/** Child elements in schema order (xs:sequence); `required` are minOccurs="1". */
const SEQUENCES = {
  // TaskPaneApp extends OfficeApp ([MS-OWEMXML] 2.2.x, OfficeApp and TaskPaneApp complex types).
  OfficeApp: {
    order: ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
      "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
      "Dictionary", "VersionOverrides", "ExtendedOverrides"],
    required: ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"],
  },
  DefaultSettings: { order: ["SourceLocation"], required: ["SourceLocation"] },
  Requirements: { order: ["Sets", "Methods"], required: [] },
  // VersionOverridesV1_0 of the task pane schema.
  VersionOverrides: { order: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"], required: [] },
  // Host (abstract) then Workbook: Runtimes, AllFormFactors, then DesktopFormFactor.
  "Host:Workbook": { order: ["Runtimes", "AllFormFactors", "DesktopFormFactor"], required: [] },
  DesktopFormFactor: { order: ["GetStarted", "FunctionFile", "ExtensionPoint"], required: [] },
  GetStarted: { order: ["Title", "Description", "LearnMoreUrl"], required: ["Title", "Description"] },
  Resources: { order: ["bt:Images", "bt:Urls", "bt:ShortStrings", "bt:LongStrings"], required: [] },
  Supertip: { order: ["Title", "Description"], required: ["Title", "Description"] },
  // Button: UIControl (Label, Supertip) + Icon, then Action.
  "Control:Button": { order: ["Label", "Supertip", "Icon", "Action"], required: ["Label", "Supertip", "Icon", "Action"] },
  Group: { order: ["Label", "Icon", "Control"], required: ["Label"] },
  "Action:ShowTaskpane": { order: ["TaskpaneId", "SourceLocation", "Title"], required: ["SourceLocation"] },
  "ExtensionPoint:CustomFunctions": { order: ["Script", "Page", "Metadata", "Namespace"], required: ["Script", "Page", "Metadata", "Namespace"] },
};

/** Elements that must hold at least one child of a kind (xs:sequence minOccurs="1"). */
const NON_EMPTY = { AppDomains: "AppDomain", Runtimes: "Runtime", Sets: "Set", "bt:Images": "bt:Image", "bt:Urls": "bt:Url" };

const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];

/** officeappbasictypes 1.0: ReferenceId 1–32 characters, ShortString 1–125, LongString 1–250, URL 1–2048. */
const LIMITS = { referenceId: 32, shortString: 125, longString: 250, url: 2048 };

function sequenceKey(el) {
  const type = el.getAttribute && el.getAttribute("xsi:type");
  if (type && SEQUENCES[`${el.nodeName}:${type}`]) return `${el.nodeName}:${type}`;
  return SEQUENCES[el.nodeName] ? el.nodeName : undefined;
}

/** Checks child order, unknown children and required children against the schema's sequences. */
function checkSequences(doc, problems) {
  for (const el of elements(doc, "*")) {
    const key = sequenceKey(el);
    if (!key) continue;
    const { order, required } = SEQUENCES[key];
    const names = childElements(el).map((c) => c.nodeName);
    let last = -1;
    for (const name of names) {
      const at = order.indexOf(name);
      if (at < 0) problems.push(`<${name}> is not allowed in <${el.nodeName}> (the schema allows ${order.join(", ")})`);
      else if (at < last) problems.push(`<${name}> is out of order in <${el.nodeName}>: the schema's order is ${order.join(", ")}`);
      else last = at;
    }
    for (const name of required) {
      if (!names.includes(name)) problems.push(`<${el.nodeName}> lacks the required <${name}>`);
    }
  }
  for (const [parent, child] of Object.entries(NON_EMPTY)) {
    for (const el of elements(doc, parent)) {
      if (!childElements(el).some((c) => c.nodeName === child)) problems.push(`<${parent}> must hold at least one <${child}> (or be left out)`);
    }
  }
}

/** Length limits of ids, strings and URLs, and the permission values. */
function checkValues(doc, problems) {
  const tooLong = (what, text, limit) => {
    if (text === null || text === undefined) return;
    if (text.length === 0) problems.push(`${what} is empty`);
    else if (text.length > limit) problems.push(`${what} is ${text.length} characters, over the schema's ${limit}`);
  };
  for (const el of elements(doc, "*")) {
    if (!el.getAttribute) continue;
    const resid = el.getAttribute("resid");
    if (resid !== null && resid !== "") tooLong(`resid "${resid}"`, resid, LIMITS.referenceId);
  }
  for (const tag of ["bt:Image", "bt:Url", "bt:String"]) {
    for (const el of elements(doc, tag)) {
      const id = el.getAttribute("id");
      if (id) tooLong(`resource id "${id}"`, id, LIMITS.referenceId);
    }
  }
  const values = (el) => [el.getAttribute("DefaultValue"), ...elements(el, "bt:Override").concat(elements(el, "Override")).map((o) => o.getAttribute("Value"))];
  const urlElements = ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "bt:Image", "bt:Url"];
  for (const tag of urlElements) {
    for (const el of elements(doc, tag)) {
      if (el.getAttribute("resid")) continue;
      for (const url of values(el)) {
        tooLong(`the <${tag}> URL`, url, LIMITS.url);
        if (url && !/^https:\/\//.test(url)) problems.push(`the <${tag}> URL ${url} is not https`);
      }
    }
  }
  for (const el of elements(doc, "AppDomain")) tooLong("an <AppDomain>", el.textContent, LIMITS.longString);
  const shortStrings = elements(doc, "bt:ShortStrings").flatMap((s) => elements(s, "bt:String"));
  const longStrings = elements(doc, "bt:LongStrings").flatMap((s) => elements(s, "bt:String"));
  for (const el of shortStrings.concat(elements(doc, "DisplayName"))) {
    for (const text of values(el)) tooLong(`the short string "${el.getAttribute("id") || el.nodeName}"`, text, LIMITS.shortString);
  }
  for (const el of longStrings.concat(elements(doc, "Description").filter((d) => d.parentNode && d.parentNode.nodeName === "OfficeApp"))) {
    for (const text of values(el)) tooLong(`the long string "${el.getAttribute("id") || el.nodeName}"`, text, LIMITS.longString);
  }
  for (const el of elements(doc, "ProviderName")) tooLong("<ProviderName>", el.textContent, LIMITS.shortString);
  for (const el of elements(doc, "Permissions")) {
    if (!PERMISSIONS.includes(el.textContent.trim())) problems.push(`<Permissions> must be one of ${PERMISSIONS.join(", ")}`);
  }
  for (const el of elements(doc, "Set")) {
    if (!el.getAttribute("Name")) problems.push("a requirement <Set> has no Name");
    const version = el.getAttribute("MinVersion");
    if (version !== null && !/^\d+\.\d+$/.test(version)) problems.push(`requirement set ${el.getAttribute("Name")} has MinVersion "${version}", not major.minor`);
  }
}

/** The requirement sets the base manifest asks for, name → MinVersion. */
function requirementSets(xml) {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const requirements = childElements(doc.documentElement).find((el) => el.nodeName === "Requirements");
  const sets = requirements ? elements(requirements, "Set") : [];
  return Object.fromEntries(sets.map((el) => [el.getAttribute("Name"), el.getAttribute("MinVersion")]));
}

/**
 * Checks a manifest without the network. Returns a list of problems, empty when it is sound:
 * the XML parses; the schema's element order, required children, non-empty lists, id, string and
 * URL lengths and permission values hold; every resid used is defined once; the custom functions' script, metadata and page
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

  checkSequences(doc, problems);
  checkValues(doc, problems);

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

module.exports = { DEV_URL, LIMITS, productionUrl, productionManifest, checkManifest, requirementSets };

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
