/**
 * Draws the tray icons (five states × light and dark, at 16 px and 32 px for @2x) as PNGs into
 * assets/tray/, and the macOS template images (`activeTemplate.png`, …: black and alpha only,
 * coloured by the menu bar itself; a shape drawn over another is cut out of it, so the clock
 * hands stay visible). Run with `npx tsx scripts/generateTrayIcons.ts`; the output is committed.
 * Drawn for this project from simple shapes, so no third-party artwork is involved.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { TRAY_ICON_STATES, type TrayIconState } from '../main/tray/trayPresentation';
import { trayIconFile } from '../main/tray/trayTheme';

type Rgb = readonly [number, number, number];
type Shape = (x: number, y: number) => boolean; // in a 16×16 unit square

const SUPERSAMPLES = 4;
const CENTER = 8;

const disc = (r: number, cx = CENTER, cy = CENTER): Shape => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (r: number, width: number): Shape => (x, y) => {
  const d = Math.hypot(x - CENTER, y - CENTER);
  return d <= r && d >= r - width;
};
const rect = (x0: number, y0: number, x1: number, y1: number): Shape => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const minus = (a: Shape, b: Shape): Shape => (x, y) => a(x, y) && !b(x, y);
const slash = (width: number): Shape => (x, y) => Math.abs(x - y) <= width / 2 && disc(7)(x, y);

interface Layer {
  readonly shape: Shape;
  readonly colour: 'ink' | 'accent';
}

const DESIGNS: Record<TrayIconState, Layer[]> = {
  active: [{ shape: ring(7, 1.7), colour: 'ink' }, { shape: disc(2.6), colour: 'accent' }],
  'break-soon': [{ shape: disc(7), colour: 'accent' }, { shape: rect(7.2, 3.2, 8.8, 8.8), colour: 'ink' }, { shape: rect(7.2, 7.2, 11.5, 8.8), colour: 'ink' }],
  paused: [{ shape: ring(7, 1.7), colour: 'ink' }, { shape: rect(5.2, 4.6, 7, 11.4), colour: 'ink' }, { shape: rect(9, 4.6, 10.8, 11.4), colour: 'ink' }],
  'outside-hours': [{ shape: minus(disc(6.5), disc(5.4, 10.6, 5.6)), colour: 'ink' }],
  unavailable: [{ shape: ring(7, 1.7), colour: 'accent' }, { shape: slash(1.9), colour: 'accent' }],
};

const PALETTES: Record<'light' | 'dark', { ink: Rgb; accent: Record<TrayIconState, Rgb> }> = {
  light: { ink: [38, 50, 56], accent: { active: [27, 138, 122], 'break-soon': [199, 119, 0], paused: [38, 50, 56], 'outside-hours': [38, 50, 56], unavailable: [198, 40, 40] } },
  dark: { ink: [236, 239, 241], accent: { active: [94, 214, 190], 'break-soon': [255, 183, 77], paused: [236, 239, 241], 'outside-hours': [236, 239, 241], unavailable: [239, 118, 118] } },
};

function render(state: TrayIconState, theme: 'light' | 'dark', size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  const palette = PALETTES[theme];
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, coverage = 0;
      for (let sy = 0; sy < SUPERSAMPLES; sy++) {
        for (let sx = 0; sx < SUPERSAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SUPERSAMPLES) * 16) / size;
          const y = ((py + (sy + 0.5) / SUPERSAMPLES) * 16) / size;
          const layer = [...DESIGNS[state]].reverse().find((l) => l.shape(x, y));
          if (layer === undefined) continue;
          const [cr, cg, cb] = layer.colour === 'ink' ? palette.ink : palette.accent[state];
          r += cr; g += cg; b += cb; coverage++;
        }
      }
      const i = (py * size + px) * 4;
      if (coverage > 0) rgba.set([Math.round(r / coverage), Math.round(g / coverage), Math.round(b / coverage), Math.round((255 * coverage) / SUPERSAMPLES ** 2)], i);
    }
  }
  return png(size, rgba);
}

/** A template image: black, with the shapes' coverage as alpha; where a shape lies over another, a hole. */
function renderTemplate(state: TrayIconState, size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let coverage = 0;
      for (let sy = 0; sy < SUPERSAMPLES; sy++) {
        for (let sx = 0; sx < SUPERSAMPLES; sx++) {
          const x = ((px + (sx + 0.5) / SUPERSAMPLES) * 16) / size;
          const y = ((py + (sy + 0.5) / SUPERSAMPLES) * 16) / size;
          const hits = DESIGNS[state].filter((l) => l.shape(x, y)).length;
          if (hits === 1) coverage++;
        }
      }
      if (coverage > 0) rgba.set([0, 0, 0, Math.round((255 * coverage) / SUPERSAMPLES ** 2)], (py * size + px) * 4);
    }
  }
  return png(size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Buffer): number => {
  let c = 0xffffffff;
  for (const byte of data) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer): Buffer => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};
function png(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const rows = Buffer.concat(Array.from({ length: size }, (_, y) => Buffer.concat([Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4)])));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const out = join(import.meta.dirname, '..', 'assets', 'tray');
mkdirSync(out, { recursive: true });
for (const state of TRAY_ICON_STATES) {
  for (const theme of ['light', 'dark'] as const) {
    writeFileSync(join(out, `${state}-${theme}.png`), render(state, theme, 16));
    writeFileSync(join(out, `${state}-${theme}@2x.png`), render(state, theme, 32));
  }
  writeFileSync(join(out, trayIconFile(state, 'template')), renderTemplate(state, 16));
  writeFileSync(join(out, trayIconFile(state, 'template').replace('.png', '@2x.png')), renderTemplate(state, 32));
}
console.log(`tray icons written to ${out}`);
