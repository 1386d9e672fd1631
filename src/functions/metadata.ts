/*
 * functions.json, in Microsoft's custom functions JSON schema, and one translation of it per
 * language (functions.<tag>.json), generated from the function modules: the build emits them
 * (scripts/metadata.js) and `npm run golden` pins the English one. Names stay English in every
 * language, as Chinese Excel keeps English function names.
 */
import { CORE_WORDS, Language, LANGUAGE_TAGS, LANGUAGES, typeAmount } from "../core";
import { CATALOG } from "./catalog";
import type { FunctionDeclaration, Help, Parameter } from "./declarations";

/** How Excel hands each Takes: the parameter's type and dimensionality in functions.json. */
const SCHEMA: Record<Parameter["takes"], { type: string; dimensionality?: "matrix" }> = {
  range: { type: "any", dimensionality: "matrix" },
  cell: { type: "any" },
  number: { type: "number" },
  boolean: { type: "boolean" },
  string: { type: "string" },
};

/** A parameter's mention in a help text: `{name}`, written out as the name it has; `{Name}` begins a sentence with it. */
export const MENTION = /\{(\w+)\}/g;

/** The first letter in upper case, as a sentence begins. */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * A help text as the user reads it. A help names one of the function's parameters as `{name}`
 * (`× {aov} × {margin}`), or `{Name}` at a sentence's start (`{Months} the customer is followed`),
 * and a name the function does not declare stops the build: a parameter renamed in its module
 * cannot leave its help telling the user to fill in the old name. A shared help (parameters.ts) is
 * checked against each function that uses it.
 */
export function helpText(f: FunctionDeclaration, owner: string, help: Help, language: Language): string {
  const said = help[language]?.trim();
  if (!said) throw new Error(`${owner} has no ${LANGUAGE_TAGS[language]} description`);
  return said.replace(MENTION, (_mention, written: string) => {
    const p = f.parameters.find((q) => q.name === written || capitalised(q.name) === written);
    if (!p) throw new Error(`${owner}'s ${LANGUAGE_TAGS[language]} help names {${written}}, a parameter ${f.id} does not have`);
    return p.name === written ? p.name : capitalised(p.name);
  });
}

/** A parameter's help; an amount's ends with how an amount may be typed (50万, ¥500,000, …), as its refusal says it. */
function parameterHelp(f: FunctionDeclaration, p: Parameter, language: Language): string {
  const help = helpText(f, `${f.id}(${p.name})`, p.help, language);
  return p.kind === "money" ? CORE_WORDS[language].sentences([help, typeAmount(language)]) : help;
}

/** One function's entry (keys in the order Microsoft's tooling writes them). */
export function functionMetadata(f: FunctionDeclaration, language: Language) {
  return {
    description: helpText(f, f.id, f.description, language),
    id: f.id,
    name: f.id,
    parameters: f.parameters.map((p) => {
      const { type, dimensionality } = SCHEMA[p.takes];
      return {
        description: parameterHelp(f, p, language),
        ...(dimensionality ? { dimensionality } : {}),
        name: p.name,
        ...(p.optional ? { optional: true } : {}),
        type,
      };
    }),
    result: { dimensionality: "matrix" },
  };
}

/** functions.json in `language`, as its text. */
export function functionsJson(language: Language, functions: readonly FunctionDeclaration[] = CATALOG): string {
  // Data types pass into `any` parameters as Excel.CellValue objects (read-cell.ts reads them).
  return JSON.stringify({ allowCustomDataForDataTypeAny: true, functions: functions.map((f) => functionMetadata(f, language)) }, null, 4);
}

/**
 * The file of the metadata in each language: functions.json for the manifest's default (English),
 * functions.<tag>.json beside it for the others, each named in the manifest's Override for its locale.
 */
export const METADATA_FILES: Readonly<Record<Language, string>> = { en: "functions.json", zh: "functions.zh-CN.json" };

/** The file name of the metadata in `language`. */
export function metadataFileName(language: Language): string {
  return METADATA_FILES[language];
}

/** Every metadata file the add-in serves, by file name. */
export function metadataFiles(): Record<string, string> {
  return Object.fromEntries(LANGUAGES.map((language) => [metadataFileName(language), functionsJson(language)]));
}
