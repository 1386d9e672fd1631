/*
 * Which Chromium the browser tests drive, looked up without installing anything:
 *   1. CHROMIUM_PATH, when set (a wrong path is an error, never silently replaced);
 *   2. a system Chromium, Chrome or Edge (Debian's /usr/bin/chromium, the usual macOS and Windows places);
 *   3. the Chromium inside the @sparticuz/chromium dev dependency (Linux x64), unpacked on first use.
 * Plain CommonJS, so the jest reporter (which runs outside ts-jest) can ask the same question.
 */
const fs = require("fs");
const path = require("path");

function systemCandidates() {
  if (process.platform === "darwin") {
    return [
      "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
      "/Applications/Chromium.app/Contents/MacOS/Chromium",
      "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
    ];
  }
  if (process.platform === "win32") {
    const roots = [process.env.PROGRAMFILES, process.env["PROGRAMFILES(X86)"], process.env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [
      path.join(root, "Google", "Chrome", "Application", "chrome.exe"),
      path.join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
      path.join(root, "Chromium", "Application", "chrome.exe"),
    ]);
  }
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "/usr/bin/microsoft-edge"];
}

function packagedChromiumAvailable() {
  if (process.platform !== "linux" || process.arch !== "x64") return false;
  try {
    require.resolve("@sparticuz/chromium");
    return true;
  } catch {
    return false;
  }
}

/**
 * { kind: "env" | "system", executablePath } or { kind: "package" } (the path is known once it is
 * unpacked), or null when there is none. A CHROMIUM_PATH that does not exist is reported as
 * { kind: "missing", executablePath } so the tests fail with that path instead of using another browser.
 */
function findBrowser() {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return fs.existsSync(chosen) ? { kind: "env", executablePath: chosen } : { kind: "missing", executablePath: chosen };
  const system = systemCandidates().find((candidate) => fs.existsSync(candidate));
  if (system) return { kind: "system", executablePath: system };
  if (packagedChromiumAvailable()) return { kind: "package" };
  return null;
}

const HOW_TO_CHOOSE =
  "Browser tests skipped: no Chromium, Chrome or Edge found. Point CHROMIUM_PATH at one (CHROMIUM_PATH=/path/to/chrome npm test).";

module.exports = { findBrowser, HOW_TO_CHOOSE };
