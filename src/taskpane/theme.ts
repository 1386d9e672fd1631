/*
 * The pane's Fluent theme follows Office's: dark where Office's body background is dark
 * (Office.context.officeTheme, where the host has one), light otherwise. The pane's own colours
 * come from the theme's tokens, so they follow it too.
 */
import { Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** The part of Office.context.officeTheme the pane reads. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/** Relative luminance (WCAG) of a "#rrggbb" or "#rgb" colour; undefined for anything else. */
export function luminance(color: string): number | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether Office's theme is a dark one: its body background darker than mid-grey. */
export function isDarkOffice(office: OfficeThemeColors | undefined): boolean {
  const l = office?.bodyBackgroundColor === undefined ? undefined : luminance(office.bodyBackgroundColor);
  return l !== undefined && l < 0.18;
}

/**
 * The Fluent theme for Office's: webDarkTheme for a dark Office, webLightTheme otherwise. Fluent's
 * text takes the page's font stack (taskpane.css), which names the Chinese UI fonts too.
 */
export function paneTheme(office: OfficeThemeColors | undefined): Theme {
  return { ...(isDarkOffice(office) ? webDarkTheme : webLightTheme), fontFamilyBase: "inherit" };
}
