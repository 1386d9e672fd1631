/*
 * The charts' colours, as Fluent theme tokens (CSS variables), so they follow Office's theme:
 * SVG takes them through `style`, where CSS variables resolve.
 */
import { tokens } from "@fluentui/react-components";

export const CHART_COLORS = {
  axis: tokens.colorNeutralStroke1,
  text: tokens.colorNeutralForeground2,
  average: tokens.colorPaletteBlueForeground2,
  marginal: tokens.colorPalettePurpleForeground2,
  history: tokens.colorPaletteGreenForeground1,
  now: tokens.colorPaletteBlueForeground2,
  proposed: tokens.colorPaletteDarkOrangeForeground1,
  cap: tokens.colorPaletteRedForeground1,
  required: tokens.colorPaletteGreenForeground1,
} as const;
