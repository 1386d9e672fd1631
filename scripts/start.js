/*
 * `npm start`: run the add-in. Where Excel can be sideloaded (Windows, macOS, or Excel on the web
 * with `npm start -- web --document URL`), office-addin-debugging builds, serves and sideloads.
 * Anywhere else, or when sideloading fails, the dev server keeps serving and says where to look.
 */
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const pidFile = path.join(root, ".dev-server.pid");
const args = process.argv.slice(2);
const wantsWeb = args[0] === "web";
const canSideload = wantsWeb || process.platform === "win32" || process.platform === "darwin";
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function serve(reason) {
  console.log(`\n${reason}`);
  console.log(`Serving the add-in at https://localhost:${port}/ (task pane: https://localhost:${port}/taskpane.html).`);
  console.log("Stop it with `npm stop`.\n");
  const server = spawn(bin("webpack"), ["serve", "--mode", "development"], { cwd: root, stdio: "inherit" });
  fs.writeFileSync(pidFile, String(server.pid));
  const cleanUp = () => fs.rmSync(pidFile, { force: true });
  server.on("exit", (code) => {
    cleanUp();
    process.exit(code ?? 0);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => server.kill(signal));
  }
}

if (canSideload) {
  const target = wantsWeb ? ["web", ...args.slice(1)] : ["desktop", "--app", "excel", ...args];
  const result = spawnSync(bin("office-addin-debugging"), ["start", "manifest.xml", ...target], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) serve("Sideloading into Excel did not succeed.");
} else {
  serve(`Excel cannot be sideloaded on ${process.platform}.`);
}
