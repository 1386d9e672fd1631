/*
 * A fontconfig file that is this machine's own less some font families: a program started with
 * FONTCONFIG_FILE set to it (Chromium, LibreOffice on Linux) cannot find them, as on a machine
 * without them. Elsewhere (macOS, Windows) fontconfig is not asked and the fonts stay.
 */
import fs from "fs";
import os from "os";
import path from "path";

export function fontconfigWithout(families: string[]): string {
  const patterns = families.map((family) => `      <pattern><patelt name="family"><string>${family}</string></patelt></pattern>`).join("\n");
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "spillsplit-fonts-")), "fonts.conf");
  fs.writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <selectfont>
    <rejectfont>
${patterns}
    </rejectfont>
  </selectfont>
</fontconfig>
`,
  );
  return file;
}
