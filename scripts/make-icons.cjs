#!/usr/bin/env node
// Draws Plan Tracker's ribbon and add-in icons as PNGs in assets/ (16, 32, 64 and 80 px; manifest.xml).
// Pure Node: shapes are coverage functions rasterised with 8×8 supersampling, and a tiny PNG encoder
// (zlib + CRC-32) writes them, so the output is identical on every run and machine.
//   node scripts/make-icons.cjs            write assets/*.png
//   node scripts/make-icons.cjs --check    exit 1 if the committed PNGs differ from what this draws
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const SUPERSAMPLE = 8;

// Colours: a dark teal tile (white on it is 8.6:1), and RAG fills from docs/EXCEL.md#mapping-format.
const TEAL = [11, 79, 92];
const WHITE = [255, 255, 255];
const INK = [50, 60, 66];
const RED = [212, 53, 28];
const AMBER = [255, 191, 71];
const GREEN = [0, 112, 60];

// --- shapes, in unit coordinates (0..1 across the icon) -------------------------------------------
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const segment = (ax, ay, bx, by, halfWidth) => (x, y) => {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return (x - ax - t * vx) ** 2 + (y - ay - t * vy) ** 2 <= halfWidth * halfWidth;
};
const union = (...shapes) => (x, y) => shapes.some((shape) => shape(x, y));

const tile = roundRect(0, 0, 1, 1, 0.16);

// --- the five icons --------------------------------------------------------------------------------
/** Add-in and group icon: a checklist card whose rows carry red, amber and green markers. */
const appIcon = () => {
  const layers = [
    [tile, TEAL],
    [roundRect(0.2, 0.14, 0.8, 0.88, 0.06), WHITE],
    [roundRect(0.38, 0.08, 0.62, 0.2, 0.04), WHITE],
    [roundRect(0.41, 0.11, 0.59, 0.17, 0.02), TEAL],
  ];
  [RED, AMBER, GREEN].forEach((colour, i) => {
    const y = 0.34 + i * 0.19;
    layers.push([circle(0.34, y, 0.07), colour]);
    layers.push([roundRect(0.46, y - 0.035, 0.7, y + 0.035, 0.03), INK]);
  });
  return layers;
};

/** Validate: a bold tick. */
const validateIcon = () => [
  [tile, TEAL],
  [union(segment(0.22, 0.52, 0.42, 0.72, 0.085), segment(0.42, 0.72, 0.8, 0.3, 0.085)), WHITE],
];

/** Refresh RAG: a traffic light, ringed in white so each lamp stands clear of the tile. */
const ragIcon = () => [
  [tile, TEAL],
  [roundRect(0.3, 0.08, 0.7, 0.92, 0.18), WHITE],
  [roundRect(0.35, 0.13, 0.65, 0.87, 0.14), INK],
  [circle(0.5, 0.26, 0.1), RED],
  [circle(0.5, 0.5, 0.1), AMBER],
  [circle(0.5, 0.74, 0.1), GREEN],
];

/** Board report: a bar chart on a baseline. */
const reportIcon = () => [
  [tile, TEAL],
  [roundRect(0.18, 0.78, 0.82, 0.85, 0.02), WHITE],
  [roundRect(0.22, 0.5, 0.36, 0.78, 0.02), WHITE],
  [roundRect(0.43, 0.32, 0.57, 0.78, 0.02), WHITE],
  [roundRect(0.64, 0.16, 0.78, 0.78, 0.02), WHITE],
];

/** My actions: a person beside the rows of their list. */
const myActionsIcon = () => [
  [tile, TEAL],
  [circle(0.3, 0.3, 0.12), WHITE],
  [roundRect(0.12, 0.48, 0.48, 0.82, 0.12), WHITE],
  [roundRect(0.56, 0.24, 0.86, 0.32, 0.03), WHITE],
  [roundRect(0.56, 0.46, 0.86, 0.54, 0.03), WHITE],
  [roundRect(0.56, 0.68, 0.86, 0.76, 0.03), WHITE],
];

const ICONS = { icon: appIcon, validate: validateIcon, rag: ragIcon, report: reportIcon, "my-actions": myActionsIcon };

// --- rasterise -------------------------------------------------------------------------------------
const render = (layers, size) => {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const [shape, colour] of layers) {
        let hits = 0;
        for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
          for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
            if (shape((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size)) hits += 1;
          }
        }
        const coverage = hits / (SUPERSAMPLE * SUPERSAMPLE);
        if (coverage === 0) continue;
        // "over" compositing with premultiplied channels.
        r = colour[0] * coverage + r * (1 - coverage);
        g = colour[1] * coverage + g * (1 - coverage);
        b = colour[2] * coverage + b * (1 - coverage);
        a = coverage + a * (1 - coverage);
      }
      const i = (py * size + px) * 4;
      rgba[i] = a > 0 ? Math.round(r / a) : 0;
      rgba[i + 1] = a > 0 ? Math.round(g / a) : 0;
      rgba[i + 2] = a > 0 ? Math.round(b / a) : 0;
      rgba[i + 3] = Math.round(a * 255);
    }
  }
  return rgba;
};

// --- PNG encoder (RFC 2083: signature, IHDR, IDAT, IEND) -------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};
const encodePng = (rgba, size) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
};

const main = () => {
  const check = process.argv.includes("--check");
  const dir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  const stale = [];
  for (const [name, draw] of Object.entries(ICONS)) {
    for (const size of SIZES) {
      const file = path.join(dir, `${name}-${size}.png`);
      const png = encodePng(render(draw(), size), size);
      if (check) {
        if (!fs.existsSync(file) || !fs.readFileSync(file).equals(png)) stale.push(path.relative(process.cwd(), file));
      } else {
        fs.writeFileSync(file, png);
      }
    }
  }
  if (check && stale.length > 0) {
    console.error(`These icons differ from scripts/make-icons.cjs; run "node scripts/make-icons.cjs": ${stale.join(", ")}`);
    process.exit(1);
  }
  console.log(check ? "Icons are current." : `Wrote ${Object.keys(ICONS).length * SIZES.length} icons to assets/.`);
};

if (require.main === module) main();
module.exports = { encodePng, render, ICONS, SIZES };
