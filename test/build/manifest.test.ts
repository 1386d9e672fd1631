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

  it("in the production build has no localhost left", () => {
    const built = fs.readFileSync(path.join(root, "dist", "manifest.xml"), "utf8");
    expect(checkManifest(built, { production: true })).toEqual([]);
  });

  it("asks for document read/write only, and declares the RED namespace in a shared runtime", () => {
    // The checklist writes its report sheet, scenario sheets and saved answers: read/write, no more.
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<Runtime resid="Shared.Url" lifetime="long"\/>/);
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
