// Writes images/icon.png (128×128 RGBA), the extension's icon: a white speech bubble with a question mark on a
// Danish-red rounded square (the extension asks questions, it does not judge). No dependencies: shapes are signed
// distance functions, anti-aliased by 4×4 supersampling, and the PNG is written with node:zlib.
// Run: node images/icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const N = 128;
const RED = [198, 12, 48];
const WHITE = [255, 255, 255];

const roundedRect = (x, y, cx, cy, hw, hh, r) => {
  const qx = Math.abs(x - cx) - hw + r, qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy);
};
const triangle = (x, y, [a, b, c]) => { // inside test (sign of the three edges)
  const s = (p, q) => (x - q[0]) * (p[1] - q[1]) - (p[0] - q[0]) * (y - q[1]);
  const d1 = s(a, b), d2 = s(b, c), d3 = s(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};

// colour of one sample point (x, y in pixels)
function sample(x, y) {
  if (roundedRect(x, y, 64, 64, 62, 62, 22) > 0) return null; // transparent outside the tile
  const bubble = roundedRect(x, y, 64, 56, 44, 33, 16) <= 0 || triangle(x, y, [[40, 80], [62, 86], [34, 108]]);
  if (!bubble) return RED;
  // question mark: an arc (upper 3/4 of a ring), a stem, a dot
  const cx = 64, cy = 46, r = 13, w = 5.5;
  const ang = Math.atan2(y - cy, x - cx); // -PI..PI, 0 = right, PI/2 = down
  const onArc = Math.abs(Math.hypot(x - cx, y - cy) - r) <= w && !(ang > Math.PI * 0.05 && ang < Math.PI * 0.75);
  const stem = segment(x, y, cx + r * Math.cos(Math.PI * 0.05), cy + r * Math.sin(Math.PI * 0.05), 64, 66) <= w;
  const dot = Math.hypot(x - 64, y - 78) <= 6;
  return onArc || stem || dot ? RED : WHITE;
}

const SS = 4;
const raw = Buffer.alloc(N * (1 + N * 4));
for (let y = 0; y < N; y++) {
  raw[y * (1 + N * 4)] = 0; // filter: none
  for (let x = 0; x < N; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let i = 0; i < SS; i++) for (let j = 0; j < SS; j++) {
      const c = sample(x + (i + 0.5) / SS, y + (j + 0.5) / SS);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
    }
    const o = y * (1 + N * 4) + 1 + x * 4;
    raw[o] = a ? Math.round(r / a) : 0; raw[o + 1] = a ? Math.round(g / a) : 0; raw[o + 2] = a ? Math.round(b / a) : 0;
    raw[o + 3] = Math.round((255 * a) / (SS * SS));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0); ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8; ihdr[9] = 6; // 8 bit, RGBA
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
const out = new URL('./icon.png', import.meta.url);
writeFileSync(out, png);
console.log(`${out.pathname}: ${png.length} bytes`);
