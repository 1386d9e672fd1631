/*
 * How the production build names its files in dist/ (webpack.config.js): the entries keep bare names
 * (functions.js, taskpane.js, workbench.js), every other chunk carries its content's hash,
 * `[name].[contenthash:8].js` (lists.1a2b3c4d.js). The bundle test and the benchmark find them here.
 */

/** A file of the chunk `name`, named with its content's hash. */
export const hashedChunk = (name: string): RegExp => new RegExp(`^${name}\\.[0-9a-f]{8}\\.js$`);

/** The files among `files` that are `name`: the entry's own file, or the chunk's hashed ones. */
export const filesOf = (files: readonly string[], name: string): string[] => files.filter((f) => f === name || hashedChunk(name).test(f));
