/*
 * The entry of the functions bundle: registers every custom function of the registry (namespace
 * RED, src/functions/catalog/) with Excel's runtime under its id — the functions whose code is in
 * this bundle, and those whose module is in catalog/lists/, whose code comes in lists.js and is
 * fetched at once (registration.ts, generated from the folder), in one loop (register). functions.json, which tells Excel
 * their names, parameters and help, is generated from the same modules (metadata.ts).
 */
import { register } from "./custom-function";
import { AT_ONCE, DEFERRED_IDS, loadDeferred } from "./registration";

register(AT_ONCE, { ids: DEFERRED_IDS, load: loadDeferred });
