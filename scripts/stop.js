/* `npm stop`: end what `npm start` started — the sideloaded add-in and the dev server. */
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { devPort } = require("./dev-port");

const root = path.resolve(__dirname, "..");
const port = devPort();
const pidFile = path.join(root, `.dev-server-${port}.pid`);

if (process.platform === "win32" || process.platform === "darwin") {
  const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  spawnSync(bin, ["stop", "manifest.xml"], { cwd: root, stdio: "inherit" });
}

if (fs.existsSync(pidFile)) {
  const pid = Number(fs.readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server on port ${port} (process ${pid}).`);
  } catch {
    console.log("The dev server had already stopped.");
  }
  fs.rmSync(pidFile, { force: true });
} else {
  console.log(`No dev server started by \`npm start\` is running on port ${port}.`);
}
