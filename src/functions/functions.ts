/*
 * The entry of the functions bundle: registers every custom function of the registry (namespace
 * RED, src/functions/catalog/) with Excel's runtime under its id. functions.json, which tells
 * Excel their names, parameters and help, is generated from the same modules (metadata.ts).
 */
import { CATALOG } from "./catalog";
import { register } from "./custom-function";

register(CATALOG);
