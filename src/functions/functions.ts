/*
 * The entry of the functions bundle: registers every custom function of the registry (namespace
 * RED, src/functions/catalog/) with Excel's runtime under its id — the functions whose code is in
 * this bundle, and those whose module says `deferred: true`, whose code comes in lists.js and is
 * fetched at once (registration.ts, generated from the folder). functions.json, which tells Excel
 * their names, parameters and help, is generated from the same modules (metadata.ts).
 */
import { register, registerDeferred } from "./custom-function";
import { AT_ONCE, DEFERRED_IDS, loadDeferred } from "./registration";

register(AT_ONCE);
registerDeferred(DEFERRED_IDS, loadDeferred);
