/**
 * Counting pixels by colour
 * =========================
 *
 * How many pixels of an image are close to a colour (the kind colours of the
 * nodes, which only sigma's WebGL layer draws), and how many differ from the
 * background at all.
 */
import type { RgbaImage } from "./decode-png.js";

export function countNear(image: RgbaImage, hex: string, tolerance = 30): number {
  const [r, g, b] = rgb(hex);
  let count = 0;
  const d = image.data;
  for (let i = 0; i < d.length; i += 4) {
    if (Math.abs(d[i]! - r) <= tolerance && Math.abs(d[i + 1]! - g) <= tolerance && Math.abs(d[i + 2]! - b) <= tolerance) count++;
  }
  return count;
}

export function countNotBackground(image: RgbaImage, background = "#ffffff", tolerance = 8): number {
  return image.width * image.height - countNear(image, background, tolerance);
}

function rgb(hex: string): [number, number, number] {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`countNear: not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}
