/*
 * The functions speak Office's display language, read when a cell is computed (Excel's custom
 * functions read it then). The workbench's language switch changes it while the workbook is open, so
 * the cells that called a function are computed again: every cell then says what reopening the
 * workbook in that language would show. Only those cells and what depends on a changed one are
 * computed; the undo history is not touched, and nothing is a change to keep or save.
 */
import type { HyperFormula } from "hyperformula";
import type { Language } from "../core";
import { setLanguage } from "../functions/boundary";
import { wordedFormulas } from "../spreadsheet/hyperformula-plugin";

/** The engine's graph, as far as this needs it (HyperFormula has no public "compute these again"). */
interface EngineGraph {
  dependencyGraph: { graph: { getNodes(): object[]; markNodeAsDirty(node: object): void } };
  recomputeIfDependencyGraphNeedsIt(): unknown;
}

let rewording = false;

/** Whether the engine is computing cells again for a new language (no change to the workbook). */
export const rewordingCells = (): boolean => rewording;

/**
 * Sets the functions' language and computes again, in `hf`, every formula that called one of them.
 * Returns how many formulas it marked.
 */
export function rewordCells(hf: HyperFormula | undefined, language: Language): number {
  setLanguage(language);
  if (!hf) return 0;
  const engine = hf as unknown as EngineGraph;
  const graph = engine.dependencyGraph.graph;
  let marked = 0;
  for (const node of graph.getNodes()) {
    if (!wordedFormulas.has(node)) continue;
    graph.markNodeAsDirty(node);
    marked++;
  }
  if (marked === 0) return 0;
  rewording = true;
  try {
    engine.recomputeIfDependencyGraphNeedsIt();
  } finally {
    rewording = false;
  }
  return marked;
}
