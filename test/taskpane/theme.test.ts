import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { isDarkOffice, luminance, paneTheme } from "../../src/taskpane/theme";

describe("the pane's theme follows Office's", () => {
  it("measures a colour's luminance, and nothing from what is not a colour", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1, 9);
    expect(luminance("#000")).toBe(0);
    expect(luminance("FFFFFF")).toBeCloseTo(1, 9);
    expect(luminance("white")).toBeUndefined();
    expect(luminance("")).toBeUndefined();
  });

  it("is dark for Office's dark grey and black themes, light for its white and colorful ones", () => {
    for (const dark of ["#262626", "#1f1f1f", "#000000", "#333"]) expect([dark, isDarkOffice({ bodyBackgroundColor: dark })]).toEqual([dark, true]);
    for (const light of ["#ffffff", "#f3f3f3", "#e6e6e6", "#c6c6c6"]) expect([light, isDarkOffice({ bodyBackgroundColor: light })]).toEqual([light, false]);
  });

  it("is light where Office says nothing or what it says is no colour", () => {
    expect(isDarkOffice(undefined)).toBe(false);
    expect(isDarkOffice({})).toBe(false);
    expect(isDarkOffice({ bodyBackgroundColor: "dark" })).toBe(false);
  });

  it("gives Fluent's web dark or light theme, with the page's own font stack", () => {
    const dark = paneTheme({ bodyBackgroundColor: "#262626" });
    expect(dark.colorNeutralBackground1).toBe(webDarkTheme.colorNeutralBackground1);
    expect(dark.fontFamilyBase).toBe("inherit");
    expect(paneTheme(undefined).colorNeutralBackground1).toBe(webLightTheme.colorNeutralBackground1);
    expect(paneTheme(undefined).fontFamilyBase).toBe("inherit");
  });
});
