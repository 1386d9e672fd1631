/*
 * Draws the add-in's icons (a red tile with two bars: spillover and closed loop) as PNG files in
 * assets/. Run once when the design changes: `node scripts/make-icons.js`. No image library needed.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const RED = [255, 36, 66];
const WHITE = [255, 255, 255];

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA pixel at (x, y) of an n×n icon, with 4× supersampling for smooth corners. */
function pixel(n, x, y) {
  let cover = 0;
  let white = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / n;
      const v = (y + (sy + 0.5) / 4) / n;
      const r = 0.2; // corner radius, as a share of the side
      const dx = Math.max(r - u, u - (1 - r), 0);
      const dy = Math.max(r - v, v - (1 - r), 0);
      if (dx * dx + dy * dy > r * r) continue;
      cover++;
      const leftBar = u > 0.24 && u < 0.44 && v > 0.22 && v < 0.78;
      const rightBar = u > 0.56 && u < 0.76 && v > 0.44 && v < 0.78;
      if (leftBar || rightBar) white++;
    }
  }
  if (cover === 0) return [0, 0, 0, 0];
  const t = white / cover;
  const rgb = RED.map((c, i) => Math.round(c * (1 - t) + WHITE[i] * t));
  return [...rgb, Math.round((255 * cover) / 16)];
}

function png(n) {
  const rows = [];
  for (let y = 0; y < n; y++) {
    const row = [0];
    for (let x = 0; x < n; x++) row.push(...pixel(n, x, y));
    rows.push(Buffer.from(row));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(n, 0);
  header.writeUInt32BE(n, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), png(size));
}
