/*
 * Which LibreOffice the second-application check of the template runs, found without installing
 * anything: SOFFICE_PATH when set (a wrong path is an error, never silently replaced), else
 * `soffice` on the PATH, else LibreOffice's usual places. Plain CommonJS, so the jest reporter can
 * ask the same question and print one line when there is none.
 */
const fs = require("fs");
const path = require("path");

const HOW_TO_INSTALL =
  "LibreOffice not found: the LibreOffice check of the template was skipped (install libreoffice-calc, or set SOFFICE_PATH to soffice).";

function candidates(env) {
  const names = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice"];
  const onPath = (env.PATH || "").split(path.delimiter).filter(Boolean).flatMap((dir) => names.map((n) => path.join(dir, n)));
  if (process.platform === "darwin") return [...onPath, "/Applications/LibreOffice.app/Contents/MacOS/soffice"];
  if (process.platform === "win32") {
    const roots = [env.PROGRAMFILES, env["PROGRAMFILES(X86)"]].filter(Boolean);
    return [...onPath, ...roots.map((root) => path.join(root, "LibreOffice", "program", "soffice.exe"))];
  }
  return [...onPath, "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice"];
}

/** The soffice to run, or undefined when none is installed (`env` and `exists` for the tests). */
function findSoffice(env = process.env, exists = fs.existsSync) {
  if (env.SOFFICE_PATH) {
    if (!exists(env.SOFFICE_PATH)) throw new Error(`SOFFICE_PATH=${env.SOFFICE_PATH} does not exist`);
    return env.SOFFICE_PATH;
  }
  return candidates(env).find((file) => exists(file));
}

module.exports = { findSoffice, HOW_TO_INSTALL };
