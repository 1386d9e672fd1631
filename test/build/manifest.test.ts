/* The offline manifest check, on our manifest, on the production build, and on broken manifests. */
import fs from "fs";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, productionManifest } = require("../../scripts/manifest");

const root = path.resolve(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

describe("manifest.xml", () => {
  it("passes the offline check", () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it("is not a production manifest: it still points at localhost", () => {
    expect(checkManifest(manifest, { production: true })).toEqual(["a localhost URL is left in the production manifest"]);
  });

  it("becomes a production manifest with every dev URL replaced", () => {
    const prod = productionManifest(manifest, "https://addin.example.org/red/");
    expect(checkManifest(prod, { production: true })).toEqual([]);
    const devCount = manifest.split("https://localhost:3000/").length - 1;
    expect(devCount).toBeGreaterThan(5);
    expect(prod.split("https://addin.example.org/red/").length - 1).toBe(devCount);
  });

  it("in the production build has no localhost left, and passes every schema rule", () => {
    const built = fs.readFileSync(path.join(root, "dist", "manifest.xml"), "utf8");
    expect(checkManifest(built, { production: true })).toEqual([]);
    expect(built).not.toMatch(/<AppDomains\s*\/>/);
  });

  it("asks for document read/write only, and declares the RED namespace in a shared runtime", () => {
    // The checklist writes its report sheet, scenario sheets and saved answers: read/write, no more.
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<Runtime resid="Shared.Url" lifetime="long"\/>/);
  });
});

describe("the schema rules of [MS-OWEMXML]", () => {
  it("an empty <AppDomains/>: the schema wants at least one <AppDomain> or no element (regression)", () => {
    const empty = manifest.replace("<Hosts>", "<AppDomains/>\n  <Hosts>");
    expect(checkManifest(empty)).toEqual(["<AppDomains> must hold at least one <AppDomain> (or be left out)"]);
    const one = manifest.replace("<Hosts>", "<AppDomains>\n    <AppDomain>https://addin.example.org</AppDomain>\n  </AppDomains>\n  <Hosts>");
    expect(checkManifest(one)).toEqual([]);
  });

  it("elements out of the schema's order in <OfficeApp>, <Host>, <Resources>, <Supertip>", () => {
    const swaps: [string, RegExp][] = [
      ["OfficeApp", /(<DefaultLocale>.*<\/DefaultLocale>)\s*(<DisplayName[\s\S]*?<\/DisplayName>)/],
      ["OfficeApp", /(<Requirements>[\s\S]*?<\/Requirements>)\s*(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)/],
      ["Resources", /(<bt:Images>[\s\S]*?<\/bt:Images>)\s*(<bt:Urls>[\s\S]*?<\/bt:Urls>)/],
      ["Supertip", /(<Title resid="TaskpaneButton.Label"\/>)\s*(<Description resid="TaskpaneButton.Tooltip"\/>)/],
      ["Host", /(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)\s*(<DesktopFormFactor>[\s\S]*?<\/DesktopFormFactor>)/],
    ];
    for (const [parent, pattern] of swaps) {
      const swapped = manifest.replace(pattern, "$2$1");
      expect(swapped).not.toEqual(manifest);
      expect(checkManifest(swapped).join("\n")).toMatch(new RegExp(`out of order in <${parent}>`));
    }
  });

  it("a required child left out, and an element the schema does not allow", () => {
    expect(checkManifest(manifest.replace(/<Permissions>.*<\/Permissions>/, ""))).toContain("<OfficeApp> lacks the required <Permissions>");
    expect(checkManifest(manifest.replace(/<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, ""))).toContain("<OfficeApp> lacks the required <DefaultSettings>");
    expect(checkManifest(manifest.replace("<Permissions>", "<Permission>x</Permission>\n  <Permissions>")).join()).toMatch(/<Permission> is not allowed in <OfficeApp>/);
    expect(checkManifest(manifest.replace("<Runtime resid=\"Shared.Url\" lifetime=\"long\"/>", "")).join()).toMatch(/<Runtimes> must hold at least one <Runtime>/);
  });

  it("a resid or resource id over 32 characters", () => {
    const long = manifest.split("TaskpaneButton.Tooltip").join("TaskpaneButton.TooltipMuchTooLong");
    expect("TaskpaneButton.TooltipMuchTooLong".length).toBe(33);
    expect(checkManifest(long)).toEqual([
      'resid "TaskpaneButton.TooltipMuchTooLong" is 33 characters, over the schema\'s 32',
      'resource id "TaskpaneButton.TooltipMuchTooLong" is 33 characters, over the schema\'s 32',
    ]);
    const exactly = manifest.split("TaskpaneButton.Tooltip").join("TaskpaneButton.TooltipMuchTooLon");
    expect(checkManifest(exactly)).toEqual([]);
  });

  it("a URL over 2,048 characters, an empty one, or one that is not https", () => {
    const at = (length: number) => manifest.replace("https://localhost:3000/assets/icon-16.png", `https://localhost:3000/${"a".repeat(length - 23)}`);
    expect(checkManifest(at(2048))).toEqual([]);
    expect(checkManifest(at(2049))).toEqual(["the <bt:Image> URL is 2049 characters, over the schema's 2048"]);
    expect(checkManifest(manifest.replace('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue=""/>'))).toEqual(["the <SupportUrl> URL is empty"]);
    expect(checkManifest(manifest.replace("https://localhost:3000/assets/icon-80.png", "http://localhost:3000/assets/icon-80.png")).join()).toMatch(/is not https/);
  });

  it("short strings over 125 characters, long strings over 250, and an unknown permission", () => {
    expect(checkManifest(manifest.replace('DefaultValue="Budget minefields"', `DefaultValue="${"x".repeat(126)}"`))).toEqual([
      'the short string "TaskpaneButton.Label" is 126 characters, over the schema\'s 125',
    ]);
    expect(checkManifest(manifest.replace(/(<bt:String id="TaskpaneButton.Tooltip" DefaultValue=")[^"]*/, `$1${"x".repeat(251)}`))).toEqual([
      'the long string "TaskpaneButton.Tooltip" is 251 characters, over the schema\'s 250',
    ]);
    expect(checkManifest(manifest.replace("<Permissions>ReadWriteDocument", "<Permissions>ReadWriteMailbox")).join()).toMatch(/<Permissions> must be one of/);
  });
});

describe("the check catches", () => {
  it("XML that does not parse", () => {
    expect(checkManifest("<OfficeApp><Id></OfficeApp>")[0]).toMatch(/does not parse/);
  });

  it("a resid used but not defined", () => {
    const broken = manifest.replace('resid="TaskpaneButton.Tooltip"', 'resid="TaskpaneButton.Tip"');
    expect(checkManifest(broken)).toContain('resid "TaskpaneButton.Tip" is used but not defined');
  });

  it("<Runtimes> not directly after <Host>", () => {
    const moved = manifest.replace(/(<Runtimes>[\s\S]*?<\/Runtimes>)\s*(<AllFormFactors>)/, "$2$1");
    expect(checkManifest(moved).join()).toMatch(/<Runtimes> must directly follow <Host>/);
  });

  it("functions script, page and metadata served from different places", () => {
    const split = manifest.replace("https://localhost:3000/functions.json", "https://localhost:3000/meta/functions.json");
    expect(checkManifest(split).join()).toMatch(/not served from one place/);
  });

  it("a functions page that is not the shared runtime", () => {
    const other = manifest.replace(
      '<Page>\n              <SourceLocation resid="Shared.Url"/>',
      '<Page>\n              <SourceLocation resid="GetStarted.LearnMoreUrl"/>',
    );
    expect(other).not.toEqual(manifest);
    expect(checkManifest(other.replace('id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/taskpane.html"', 'id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"')).join()).toMatch(
      /is not the shared runtime/,
    );
  });
});
