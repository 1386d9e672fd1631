/*
 * `npm start`: run the add-in. Where Excel can be sideloaded (Windows, macOS, or Excel on the web
 * with `npm start -- web --document URL`), office-addin-debugging builds, serves and sideloads.
 * Anywhere else, or when sideloading fails, the dev server keeps serving and the browser
 * workbench is the way in: its address is printed, and opened where a browser can be opened.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");
const { devPort } = require("./dev-port");

const root = path.resolve(__dirname, "..");
const port = devPort();
const pidFile = path.join(root, `.dev-server-${port}.pid`);
const workbench = `https://localhost:${port}/workbench.html`;
const args = process.argv.slice(2);
const wantsWeb = args[0] === "web";
const canSideload = wantsWeb || process.platform === "win32" || process.platform === "darwin";
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

/** Resolves once the server answers (any status), so the address we print works. */
function whenServing(url, timeoutMs = 180_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const request = https.get(url, { rejectUnauthorized: false }, (response) => {
        response.resume();
        resolve();
      });
      request.on("error", () => {
        if (Date.now() - started > timeoutMs) reject(new Error(`nothing answered at ${url}`));
        else setTimeout(attempt, 500);
      });
    };
    attempt();
  });
}

function openBrowser(url) {
  if (process.env.CI || process.platform !== "linux" || !process.env.DISPLAY) return;
  const opener = spawnSync("which", ["xdg-open"]).status === 0 ? "xdg-open" : undefined;
  if (opener) spawn(opener, [url], { stdio: "ignore", detached: true }).unref();
}

function serve(reason) {
  console.log(`\n${reason}`);
  console.log("Building and serving the add-in; the browser workbench is the way to try it here.\n");
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], { cwd: root, stdio: "inherit", env: process.env });
  fs.writeFileSync(pidFile, String(server.pid));
  whenServing(workbench).then(
    () => {
      console.log(`\n  Spillsplit workbench:  ${workbench}`);
      console.log(`  Task pane page:        https://localhost:${port}/taskpane.html`);
      console.log(`  Manifest for Excel:    ${path.join(root, "manifest.xml")}`);
      console.log("  Stop with `npm stop`.\n");
      openBrowser(workbench);
    },
    (error) => console.error(`The dev server did not come up: ${error.message}`),
  );
  server.on("exit", (code, signal) => {
    fs.rmSync(pidFile, { force: true });
    if (code && code !== 0) console.error(`The dev server stopped with exit code ${code}.`);
    process.exit(signal ? 0 : (code ?? 0));
  });
  for (const name of ["SIGINT", "SIGTERM"]) process.on(name, () => server.kill(name));
}

if (canSideload) {
  const target = wantsWeb ? ["web", ...args.slice(1)] : ["desktop", "--app", "excel", ...args];
  const result = spawnSync(bin("office-addin-debugging"), ["start", "manifest.xml", ...target], { cwd: root, stdio: "inherit" });
  if (result.status !== 0 || result.error) serve("Sideloading into Excel did not succeed.");
} else {
  serve(`There is no Excel to sideload into on ${process.platform}.`);
}
