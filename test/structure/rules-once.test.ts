/*
 * Rules stated once: a rule that src/ writes in one place must not come back as a second, hand-made
 * copy elsewhere. Each case reads the source as text and names the one place the rule lives.
 */
import fs from "fs";
import path from "path";
import { ALLOCATION_HEADER, ARGUMENT_NAMES, ASSUMPTION_TABLE, ERROR_WORDS, ErrorCode, inAllLanguages, LANGUAGES, TYPED_WORDS, TypedWords } from "../../src/core";
import { RESERVED_SHEET_NAME } from "../../src/spreadsheet/sheet-names";
import { SHARED_LABELS } from "../../src/template/sheet";
import { WORKBENCH_WORDS } from "../../src/workbench/workbench-words";

const SRC = path.resolve(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The code of a source file with its comments blanked out, so a comment may name the old way. */
function code(file: string): string {
  return fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (comment) => comment.replace(/[^\n]/g, " "));
}

/** Each `file:line: text` of src/ (but `except`, relative to src/) whose code matches `pattern`. */
function placesOf(pattern: RegExp, except: readonly string[] = []): string[] {
  return sourceFiles(SRC).flatMap((file) => {
    const relative = path.relative(SRC, file).split(path.sep).join("/");
    if (except.includes(relative)) return [];
    return code(file)
      .split("\n")
      .flatMap((line, i) => (pattern.test(line) ? [`${relative}:${i + 1}: ${line.trim()}`] : []));
  });
}

describe("rules stated once", () => {
  it("money goes to whole cents only through toCents (core/maths/numbers.ts)", () => {
    // Math.round/floor/ceil of an amount times 100 is a second cents rule, and a worse one:
    // Math.round(1.005 * 100) is 100 where Excel's ROUND and toCents give 101.
    const rounding = /Math\.(round|floor|ceil|trunc)\([^;]*(\*\s*100\b|\b100\s*\*)/;
    expect(placesOf(rounding, ["core/maths/numbers.ts"])).toEqual([]);
  });

  it("a line's bounds go to cents only through boundsInCents (core/line/allocation-lines.ts)", () => {
    // One cents-inward rule with one tolerance for ALLOCATE, REQUIREDBUDGET, SWEEP and FLIGHTPLAN:
    // a bound rounded to cents anywhere else is a second rule that may round it the other way.
    const bound = /(toCents|Math\.(round|floor|ceil))\([^;]*\b(minSpend|maxSpend)\b/;
    // The one place: boundsInCents's own line (a minimum up, a maximum down).
    expect(placesOf(bound).map((place) => place.split(":")[0])).toEqual(["core/line/allocation-lines.ts"]);
  });

  it("the curve's inverse (marginal CPA to spend) is written once, spendAtLogPrice (core/maths/curve.ts)", () => {
    // ln s = ln ref + (ln price + ln(1 − k) − ln base) / k: ALLOCATE, lineCentsAtPrice and
    // REQUIREDBUDGET's estimate each wrote it out once; all now call spendAtLogPrice.
    const inverse = /Math\.exp\([^;]*\/\s*(curve\.)?k\b/;
    expect(placesOf(inverse).map((place) => place.split(":")[0])).toEqual(["core/maths/curve.ts"]);
  });

  it("k = cpm_elasticity − cvr_elasticity is worked out once, cpaExponent (core/maths/curve.ts), and 1 − e + g once, elasticityMargin", () => {
    // costPerConversion, curveInLogs and the saturation rule each wrote e − g out; all now read
    // cpaExponent. The margin 1 − e + g that marginalCpa divides by is the one elasticitiesAgree
    // judges, elasticityMargin (core/maths/rules.ts).
    const k = /\bcpmElasticity\s*-\s*[^;,]*\bcvrElasticity\b/;
    expect(placesOf(k).map((place) => place.split(":")[0])).toEqual(["core/maths/curve.ts"]);
    const margin = /\b1\s*-\s*[\w.]*cpmElasticity\s*\+\s*[\w.]*cvrElasticity\b/;
    expect(placesOf(margin).map((place) => place.split(":")[0])).toEqual(["core/maths/rules.ts"]);
  });

  it("the curve in logarithms is written once, lnBasePower (core/maths/curve.ts), which ALLOCATE's cents read", () => {
    // ln C(s) = (1 − k) · ln s + k · ln ref − ln base was written out again beside the curve in
    // whole-cents.ts; a second log form drifts from the curve it copies.
    const logForm = /(\(1 - (curve\.)?k\)|\bk)\s*\*\s*(Math\.log\(|(curve\.)?lnRef\b)|\*\s*\(Math\.log\([^)]*\)\s*-\s*Math\.log\(/;
    expect(placesOf(logForm)).toEqual([]);
  });

  it("a split's cents promises (whole, within bounds, adding up to the budget) are checked once, checkAllocation (core/line/whole-cents.ts)", () => {
    // ALLOCATE's checkAllocation and checkSplit (REQUIREDBUDGET, SWEEP, FLIGHTPLAN) each summed the
    // cents and compared them with the budget; checkSplit now calls checkAllocation.
    const sumRule = /\b(sum|cents)\s*!==\s*(budgetCents|toCents\(budget\))/;
    expect(placesOf(sumRule).map((place) => place.split(":")[0])).toEqual(["core/line/whole-cents.ts"]);
  });

  it("the template heads ALLOCATE's spill with ALLOCATE's own column words (ALLOCATION_HEADER, core/words/column-words.ts)", () => {
    // "Spend 预算", "Share 占比", "Bound 约束" were typed again in template/lines-sheet.ts.
    for (const words of ALLOCATION_HEADER) {
      const quoted = new RegExp(`"${inAllLanguages(words)}"`);
      expect([words.en, placesOf(quoted).filter((place) => place.startsWith("template/"))]).toEqual([words.en, []]);
    }
  });

  it("the argument names the core names in its errors are written once, in ARG (core/words/arguments.ts)", () => {
    // parameters.ts and the catalog declared "baseCPA", "targetCPA"… again beside the core's own strings:
    // a rename on one side left the core's message naming an argument the function no longer has.
    const listed = `"(${ARGUMENT_NAMES.join("|")})"`;
    const declared = new RegExp(`\\b(required|optional)\\(\\s*${listed}`);
    expect(placesOf(declared)).toEqual([]);
    // An error's argument, a check's or a default parameter's is named through ARG only, anywhere in src:
    // a name written as text (the core's own "unitPrice", the pane's "assumptions") is one a rename misses.
    // (checkAssumption's first argument is the key, typed as one of the keys: a string there is checked.)
    const named = /argument:\s*["'`]|argument(: string)? = ["'`]|\bcheck(Rule|Number|Assumption|Elasticities)\((?:[^,;()]*,)+\s*(?:"[^"]*"|'[^']*'|`[^`$]*`)\s*[,)]/;
    expect(placesOf(named)).toEqual([]);
  });

  it("the errors' and the checks' sentences name an argument or an assumption key through ARG or assumptionKey(), never as text", () => {
    // NEEDS_PART said "add part", NEEDS_VALUE "targetKind … Give value", NO_BUDGET_CAP "cpm_elasticity":
    // names typed into the sentences, which a rename of the parameter or the key would not reach.
    // ("part", "value", "lines"… are English words too: a test of them would refuse plain sentences.)
    const spelt = ARGUMENT_NAMES.filter((name) => /[A-Z]/.test(name));
    const keys = ASSUMPTION_TABLE.map((entry) => entry.key);
    const names = new RegExp(`(?<![.\\w])(${[...spelt, ...keys].join("|")})(?![\\w(])`);
    // The errors' words and the pane's checks' words (their sentences cite the Assumptions sheet's keys).
    const sentences = ["messages.ts", "check-words.ts"].flatMap((file) =>
      code(path.join(SRC, "core", "words", file))
        .split("\n")
        .map((line, i) => [`${file}:${i + 1}`, line.replace(/\$\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, "")] as const)
        .filter(([, line]) => /[`"]/.test(line) && names.test(line.replace(/^[^`"]*/, ""))),
    );
    expect(sentences.map(([place, line]) => `${place}: ${line.trim()}`)).toEqual([]);
  });

  it("lists in ARG only names the core or the shared parameters name through it", () => {
    const through = new Set(sourceFiles(SRC).flatMap((file) => [...code(file).matchAll(/\bARG\.(\w+)/g)].map((m) => m[1])));
    expect(ARGUMENT_NAMES.filter((name) => !through.has(name))).toEqual([]);
  });

  it("the statuses are listed once, STATUSES and VERDICTS (core/words/check-words.ts)", () => {
    // A list of two or more status words written out (an array, a union type or a severity table)
    // anywhere else is a second list that a new status would not reach.
    const word = `"(clear|watch|risk|unanswered)"`;
    const list = new RegExp(`${word}\\s*[,|]\\s*${word}|\\b(clear|watch|risk): \\d`);
    expect(placesOf(list).map((place) => place.split(":")[0])).toEqual(["core/words/check-words.ts"]);
  });

  it("messages suggest the typed words of core/words/typed-words.ts, never a copy of them", () => {
    // Each word a message suggests is swapped for a made-up one in its table (the first spelling,
    // the one messages suggest); a message that kept its own copy would still show the old word.
    const cases: [string, (w: TypedWords) => Record<string, readonly string[]>, string][] = [
      ["UNKNOWN_STAGE", (w) => w.stages, "cold-start"],
      ["UNKNOWN_STAGE", (w) => w.stages, "mature"],
      ["STAGE_OUT_OF_RANGE", (w) => w.stages, "mature"],
      ["UNKNOWN_PART", (w) => w.parts, "closedLoop"],
      ["NEEDS_PART", (w) => w.parts, "spillover"],
      ["UNKNOWN_TARGET_KIND", (w) => w.targetKinds, "marginal-cpa"],
    ];
    const details = { argument: "x", value: "?", rows: 2, columns: 2 };
    for (const [code, pick, meaning] of cases) {
      for (const language of LANGUAGES) {
        const table = pick(TYPED_WORDS[language]);
        const kept = table[meaning];
        table[meaning] = [`made-up-${language}`, ...kept];
        try {
          // Each language's message suggests at least its own language's word.
          const said = ERROR_WORDS[language][code as ErrorCode](details);
          expect([code, meaning, language, said.includes(`made-up-${language}`)]).toEqual([code, meaning, language, true]);
        } finally {
          table[meaning] = kept;
        }
      }
    }
  });

  it("the sheet-name rule is written once, in spreadsheet/sheet-names.ts, and the sentences that state it read it", () => {
    // The forbidden characters as a regular expression or spelled out in a sentence, the
    // 31-character limit as a bare number beside a sheet name, or the reserved name History as a
    // string or in a sentence, anywhere but sheet-names.ts.
    const copy = /\\\\\/\?\*\[\\\]:|\\\\ \/ \? \* \[ \] :|slice\(0, 31\)|\b31 (characters|个字符)|["'`]History["'`]|\bname History\b|History 是/;
    expect(placesOf(copy, ["spreadsheet/sheet-names.ts"])).toEqual([]);
    // The workbench's refusal of the reserved name names it, in every language.
    for (const language of LANGUAGES) expect(WORKBENCH_WORDS[language].cannotRename("history", "reserved")).toContain(RESERVED_SHEET_NAME);
  });

  it("the scenario sheet writes its month table by SCENARIO_LAYOUT.columns (scenarioColumn), not by letters", () => {
    // A cell of the month table or of its inputs named by a letter of its own ("B${r}", B3:) is a
    // second layout, left behind when a column or an input moves.
    const letter = /`[B-J]\$\{|^\s*[B-J]\d+: \{/;
    expect(placesOf(letter).filter((place) => /^template\/scenario-(sheet|totals)\.ts:/.test(place))).toEqual([]);
  });

  it("the Notes sheet writes its name and label columns by NOTES_LAYOUT (template/notes-sheet.ts), which the pane reads", () => {
    // The pane reads the notes at NOTES_LAYOUT.nameColumn and labelColumn: a letter of the sheet's
    // own for either ("A${r}", G1:) is a second layout the pane would not follow.
    const letter = /`[AG]\$\{|^\s*[AG]\d+: \{/;
    expect(placesOf(letter).filter((place) => place.startsWith("template/notes-sheet.ts:"))).toEqual([]);
    // Nor a fixed range of rows for the table anywhere ("A2:D200"): its rows are NOTES_LAYOUT's.
    expect(placesOf(/"[A-Z]\d+:[A-Z]\d{3,}"/)).toEqual([]);
  });

  it("a scenario's labels that the Summary repeats are written once, in SCENARIO_LABELS (template/scenario-labels.ts)", () => {
    for (const label of ['"Stage 阶段"', '"Budget cap 预算上限"']) {
      expect([label, placesOf(new RegExp(label)).map((place) => place.split(":")[0])]).toEqual([label, ["template/scenario-labels.ts"]]);
    }
  });

  it("a label several sheets show is written once, in SHARED_LABELS (template/sheet.ts), which the sheets and the pane read", () => {
    for (const label of Object.values(SHARED_LABELS)) {
      const quoted = `"${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"`;
      // Written in sheet.ts, or not written at all where SHARED_LABELS takes it from a function's column words.
      expect([label, placesOf(new RegExp(quoted)).filter((place) => !place.startsWith("template/sheet.ts:"))]).toEqual([label, []]);
    }
  });

  it("a package's relationship ids and rels parts are made only in spreadsheet/xlsx-relationships.ts", () => {
    // The next rIdN of a rels part was worked out twice (charts, the dynamic-array metadata) and a
    // rels part written out by hand a third time; a second rule may give an id the part already has.
    const idRule = /rId\(\\d\+\)|<Relationships\b/;
    expect(placesOf(idRule, ["spreadsheet/xlsx-relationships.ts"])).toEqual([]);
  });
});
