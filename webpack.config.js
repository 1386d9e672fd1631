/* Builds the add-in: the functions and task pane bundles, functions.json from the function modules, the manifest. */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { writeCatalogIndex } = require("./scripts/catalog-index");
const { FunctionsMetadataPlugin } = require("./scripts/metadata");
const { productionManifest } = require("./scripts/manifest");
const { corsHeaders, isOwnOrigin } = require("./scripts/dev-origins");
const { devPort } = require("./scripts/dev-port");

/** The Carlito font package's folder (its files are copied, not imported: workbench.css is served as written). */
const CARLITO = path.dirname(require.resolve("@fontsource/carlito/package.json"));

const DEV_PORT = devPort();

async function httpsOptions() {
  // Trusted localhost certificates for Office; installing the CA may need rights we lack, and the
  // dev server then still starts with the certificate (see README: trusting the certificate).
  const devCerts = require("office-addin-dev-certs");
  try {
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    // The certificates are generated before the CA install is tried; serve with them regardless.
    const folder = path.join(require("os").homedir(), ".office-addin-dev-certs");
    console.warn(`Could not install the dev certificate authority (${String(error.message).trim()}).`);
    console.warn(`The server starts anyway. To trust it, add ${path.join(folder, "ca.crt")} to your trusted roots (README: 'Trusting the development certificate').`);
    const read = (name) => fs.readFileSync(path.join(folder, name));
    try {
      return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
    } catch {
      return {};
    }
  }
}

module.exports = async (env, options) => {
  // The registry is generated from src/functions/catalog/ (`npx webpack` as well as npm run build).
  writeCatalogIndex();
  const dev = options.mode !== "production";
  return {
    mode: dev ? "development" : "production",
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/taskpane.tsx", dependOn: "functions" },
      // The browser workbench is a development tool: it bundles HyperFormula (GPL-3.0), never shipped.
      ...(dev ? { workbench: "./src/workbench/workbench.tsx" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // The entries keep their names (the manifest and taskpane.html name them); every other chunk —
      // lists.js, shared.js, student-t.js, new-sheets.js — carries its content's hash, so a functions.js never runs
      // beside a chunk of another build a cache kept (its modules would be missing for good).
      filename: (pathData) => (["functions", "taskpane", "workbench"].includes(pathData.chunk?.name ?? "") ? "[name].js" : "[name].[contenthash:8].js"),
      chunkFilename: "[name].[contenthash:8].js",
      // Chunks load relative to the page (every page sits beside its scripts). Not "auto": that
      // runtime finds the global object with new Function, which the add-in must not contain.
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The pane and Fluent UI run on Preact's React-compatible runtime (README: Performance, "One core on the page").
      alias: {
        "react-dom/test-utils": "preact/test-utils",
        "react-dom/client": "preact/compat/client",
        "react-dom": "preact/compat",
        "react/jsx-runtime": "preact/jsx-runtime",
        react: "preact/compat",
      },
    },
    module: {
      rules: [
        // ES2020 as shipped: the page's runtimes (WebView2, Safari 14+, today's browsers) read `??` and `?.`
        // (webpack's own runtime in these bundles already uses them), and ES2019's spelled-out forms are
        // more code for Excel to parse while it loads the functions (README: Performance).
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "es2020" } } } },
        // src/core is pure (CONTRIBUTING): a core module none of a bundle's code uses is left out of it, so
        // functions.js carries only the core the functions use; what only the pane uses goes with the pane.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
        // src/template is definitions only (sheets, labels, layouts), none run on import: the pane carries the
        // labels it reads sheets by, and the sheets it adds come in new-sheets.js when it adds one.
        { test: /[\\/]src[\\/]template[\\/]/, sideEffects: false },
      ],
    },
    performance: { hints: false },
    optimization: {
      splitChunks: {
        cacheGroups: {
          // shared.js: the modules lists.js (the code of the `deferred: true` functions) and the pane both
          // need, one copy on the page: the pane's entry loads it, and the lists chunk's import finds it.
          shared: { chunks: (chunk) => chunk.name === "lists" || chunk.name === "taskpane", minChunks: 2, name: "shared", enforce: true },
        },
      },
    },
    // No Node "global" shim: webpack's shim is built on new Function, which the add-in must not contain.
    node: { global: false },
    plugins: [
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: this one page hosts both the custom functions and the task pane.
        chunks: ["functions", "taskpane"],
      }),
      ...(dev
        ? [
            new HtmlWebpackPlugin({ filename: "workbench.html", template: "./src/workbench/workbench.html", chunks: ["workbench"] }),
            new CopyWebpackPlugin({
              patterns: [
                { from: "src/workbench/workbench.css", to: "workbench.css" },
                { from: "assets/*.xlsx", to: "assets/[name][ext]" },
                // Carlito (SIL Open Font License 1.1, @fontsource/carlito), Calibri's metrics: the grid draws and measures
                // in it where Calibri is not installed (workbench.css). Latin only, regular and bold, the weights the grid uses.
                { context: CARLITO, from: "files/carlito-latin-{400,700}-normal.woff2", to: "fonts/[name][ext]" },
                { context: CARLITO, from: "LICENSE", to: "fonts/carlito-OFL.txt" },
              ],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : productionManifest(content.toString())),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      // CORS for its own origin and Office on the web only, never "*" (scripts/dev-origins.js).
      headers: (request) => corsHeaders(request.headers.origin, DEV_PORT),
      // Host headers other than localhost/loopback are refused (DNS rebinding); the live-reload
      // websocket answers only the server's own pages, port included.
      allowedHosts: "auto",
      webSocketServer: { type: "ws", options: { verifyClient: ({ origin }) => isOwnOrigin(origin, DEV_PORT) } },
      server: { type: "https", options: env.WEBPACK_BUILD ? {} : await httpsOptions() },
      host: "localhost",
      port: DEV_PORT,
      client: { overlay: false },
      // The server's own address opens the workbench (a development tool, served in development only).
      setupMiddlewares: (middlewares, devServer) => {
        devServer.app.get("/", (_request, response) => response.redirect(302, "/workbench.html"));
        return middlewares;
      },
    },
  };
};
