/*
 * An .xlsx as LibreOffice computes it, every formula recalculated on load whatever values the file
 * cached: its first sheet as CSV rows (soffice --headless --convert-to csv).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";

/** A profile setting that recalculates every formula of an .xlsx on load. */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The first sheet of `bytes`, recalculated by LibreOffice (`soffice`), as CSV rows. */
export function recalculatedRows(soffice: string, bytes: Uint8Array): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "recalculated-"));
  try {
    fs.mkdirSync(path.join(dir, "profile", "user"), { recursive: true });
    fs.writeFileSync(path.join(dir, "profile", "user", "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    fs.writeFileSync(path.join(dir, "book.xlsx"), bytes);
    execFileSync(soffice, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "csv", "--outdir", dir, path.join(dir, "book.xlsx")], { stdio: "ignore", timeout: 120_000 });
    return fs.readFileSync(path.join(dir, "book.csv"), "utf8").trim().split("\n");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
