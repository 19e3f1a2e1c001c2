#!/usr/bin/env node
// Draws the toolbar and store icons as PNGs (public/icons/): the Faultline mark (a rounded square
// crossed by a fault line) and three state variants whose overlay SHAPE differs, so they read
// without colour: a circle with a cross (page failed), a square with a bar (blocked or challenged),
// a triangle with a bang (requests failed). Run once; the PNGs are committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { zlibSync } from 'fflate';

const out = fileURLToPath(new URL('../public/icons/', import.meta.url));
const SIZES = [16, 32, 48, 96, 128];

const CRC = new Uint32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}
function png(size, rgba) {
  const raw = new Uint8Array(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) raw.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  header.set([8, 6, 0, 0, 0], 8);
  const parts = [new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', zlibSync(raw, { level: 9 })), chunk('IEND', new Uint8Array())];
  const total = parts.reduce((n, p) => n + p.length, 0);
  const file = new Uint8Array(total);
  let offset = 0;
  for (const p of parts) {
    file.set(p, offset);
    offset += p.length;
  }
  return file;
}

// Shapes as signed distance functions over the unit square (0..1), negative inside.
const roundedSquare = (x, y, half, r) => {
  const qx = Math.abs(x - 0.5) - half + r;
  const qy = Math.abs(y - 0.5) - half + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
};
const segment = (x, y, ax, ay, bx, by, w) => {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - w;
};
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
const triangle = (x, y, cx, cy, r) => {
  // Equilateral, point up.
  const k = Math.sqrt(3);
  let px = Math.abs(x - cx) , py = -(y - cy) + r / 2;
  px -= r; py += r / k;
  if (px + k * py > 0) [px, py] = [(px - k * py) / 2, (-k * px - py) / 2];
  px -= Math.max(-2 * r, Math.min(0, px));
  return -Math.hypot(px, py) * Math.sign(py);
};

const MARK = [46, 108, 176];
const WHITE = [255, 255, 255];
const LINE = (x, y, w) => Math.min(
  segment(x, y, 0.18, 0.30, 0.42, 0.52, w), segment(x, y, 0.42, 0.52, 0.56, 0.40, w), segment(x, y, 0.56, 0.40, 0.82, 0.70, w));

const VARIANTS = {
  icon: [],
  'icon-failure': [{ color: [179, 38, 30], shape: (x, y) => circle(x, y, 0.72, 0.72, 0.27) }, { color: WHITE, shape: (x, y) => Math.min(segment(x, y, 0.62, 0.62, 0.82, 0.82, 0.045), segment(x, y, 0.82, 0.62, 0.62, 0.82, 0.045)) }],
  'icon-blocked': [{ color: [138, 83, 0], shape: (x, y) => roundedSquare(x - 0.22, y - 0.22, 0.26, 0.06) }, { color: WHITE, shape: (x, y) => segment(x, y, 0.60, 0.72, 0.84, 0.72, 0.05) }],
  'icon-requests': [{ color: [161, 74, 0], shape: (x, y) => triangle(x, y, 0.72, 0.74, 0.27) }, { color: WHITE, shape: (x, y) => Math.min(segment(x, y, 0.72, 0.64, 0.72, 0.77, 0.035), circle(x, y, 0.72, 0.85, 0.035)) }],
};

function draw(size, overlays) {
  const rgba = new Uint8Array(size * size * 4);
  const samples = 4;
  const lineWidth = Math.max(0.05, 1.2 / size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) for (let sx = 0; sx < samples; sx++) {
        const x = (px + (sx + 0.5) / samples) / size;
        const y = (py + (sy + 0.5) / samples) / size;
        let color = null;
        if (roundedSquare(x, y, 0.46, 0.12) < 0) color = LINE(x, y, lineWidth) < 0 ? WHITE : MARK;
        for (const overlay of overlays) {
          if (overlay.shape(x, y) < 0) color = overlay.color;
          else if (overlay.color !== WHITE && overlay.shape(x, y) < 0.05 && color) color = WHITE; // a halo keeps the overlay apart
        }
        if (color) {
          r += color[0]; g += color[1]; b += color[2]; a += 255;
        }
      }
      const n = samples * samples;
      const covered = a / 255;
      const i = (py * size + px) * 4;
      rgba[i] = covered ? r / covered : 0;
      rgba[i + 1] = covered ? g / covered : 0;
      rgba[i + 2] = covered ? b / covered : 0;
      rgba[i + 3] = a / n;
    }
  }
  return rgba;
}

mkdirSync(out, { recursive: true });
for (const [name, overlays] of Object.entries(VARIANTS)) {
  for (const size of SIZES) writeFileSync(`${out}${name}-${size}.png`, png(size, draw(size, overlays)));
}
console.log(`wrote ${Object.keys(VARIANTS).length * SIZES.length} icons to public/icons/`);
