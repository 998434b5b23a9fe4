// npm run icons: draws Readout's toolbar icons (a page with a highlighted line) into public/icon/.
// Drawn in code so the PNGs can be remade at any size without an image editor.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

const NAVY: [number, number, number, number] = [31, 42, 68, 255];
const PAPER: [number, number, number, number] = [250, 248, 240, 255];
const INK: [number, number, number, number] = [120, 128, 140, 255];
const MARK: [number, number, number, number] = [255, 196, 0, 255];
const CLEAR: [number, number, number, number] = [0, 0, 0, 0];

function icon(size: number): Buffer {
  const u = size / 16;
  return png(size, (px, py) => {
    const x = (px + 0.5) / u, y = (py + 0.5) / u;
    const r = 3;
    const cx = Math.min(Math.max(x, r), 16 - r), cy = Math.min(Math.max(y, r), 16 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return CLEAR;
    if (x < 3.5 || x > 12.5 || y < 2.5 || y > 13.5) return NAVY;
    const line = (top: number) => y >= top && y < top + 1.2;
    if (line(7) && x >= 4.5 && x <= 11.5) return MARK;
    if ((line(4.5) || line(9.5) || line(11.5)) && x >= 4.5 && x <= 11.5) return INK;
    return PAPER;
  });
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
console.log('icons: public/icon/{16,32,48,128}.png');
