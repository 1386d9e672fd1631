/* Requirement sets: the manifest asks for what the add-in needs, and the pane says what this Excel lacks. */
import fs from "fs";
import path from "path";
import { REQUIREMENTS, unavailableCapabilities } from "../../src/taskpane/requirements";
import { UI } from "../../src/taskpane/ui-strings";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { requirementSets } = require("../../scripts/manifest");

const manifest = fs.readFileSync(path.resolve(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("requirement sets", () => {
  it("the manifest asks for CustomFunctionsRuntime 1.3, SharedRuntime 1.1 and ExcelApi 1.7, exactly the required ones", () => {
    expect(requirementSets(manifest)).toEqual({ CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1", ExcelApi: "1.7" });
    const required = Object.fromEntries(REQUIREMENTS.filter((r) => r.required).map((r) => [r.set, r.version]));
    expect(requirementSets(manifest)).toEqual(required);
  });

  it("lists what a host lacks, in the order of REQUIREMENTS", () => {
    const missing = new Set(["ExcelApi 1.9", "CustomFunctionsRuntime 1.3"]);
    expect(unavailableCapabilities((set, version) => !missing.has(`${set} ${version}`))).toEqual(["functions", "liveUpdates", "printLayout"]);
    expect(unavailableCapabilities(() => true)).toEqual([]);
  });

  it("treats a host whose check throws as lacking the set, and one without the API as complete", () => {
    expect(unavailableCapabilities(() => {
      throw new Error("no");
    })).toEqual(REQUIREMENTS.map((r) => r.capability));
    expect(unavailableCapabilities(undefined)).toEqual([]);
  });

  it("tells the planner about each capability in English and Chinese, naming the set", () => {
    for (const r of REQUIREMENTS) {
      for (const language of ["en", "zh"] as const) {
        expect(UI[language].unavailable[r.capability]).toContain(`${r.version}`);
      }
      expect(UI.zh.unavailable[r.capability]).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
