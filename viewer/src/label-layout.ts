/**
 * Which labels to draw: no two may overlap
 * ========================================
 *
 * sigma's label grid keeps a few labels per cell, but two labels in
 * neighbouring cells still overlap ("Syrian rebels" over "Russian air
 * campaign in Syria"). This is a greedy placement in screen space: candidates
 * come most important first, and a label is drawn only if its box (right of
 * the disc as sigma draws it, or else left of it: draw-node-label.ts) lies
 * wholly inside the stage, clear of the overlays on it and of every label
 * already kept. Pure: positions in, placed keys out.
 */

export interface LabelCandidate {
  key: string;
  text: string;
  /** Viewport position of the node's centre, and its rendered radius, in pixels. */
  x: number;
  y: number;
  size: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type LabelSide = "right" | "left";

export interface PlacedLabel {
  key: string;
  side: LabelSide;
}

export interface LabelLayoutOptions {
  width: number;
  height: number;
  /** sigma's `labelSize`, in pixels. */
  fontSize: number;
  /** Width of a label's text in pixels (canvas measureText with sigma's label font). */
  measure(text: string): number;
  /** At most this many labels. */
  max: number;
  /** Areas on top of the stage (the status line, the hint) where no label may go. */
  obstacles?: readonly Box[];
  /** Free margin kept around each label box. */
  padding?: number;
  /** Stop after looking at this many candidates. */
  scanLimit?: number;
}

/**
 * The box a label fills: as sigma draws it, text from x + size + 3 with its
 * baseline at y + fontSize / 3; on the left side, ending at x − size − 3.
 */
export function labelBox(c: LabelCandidate, textWidth: number, fontSize: number, padding = 0, side: LabelSide = "right"): Box {
  const baseline = c.y + fontSize / 3;
  const left = side === "right" ? c.x + c.size + 3 : c.x - c.size - 3 - textWidth;
  return { left: left - padding, right: left + textWidth + padding, top: baseline - fontSize * 0.95 - padding, bottom: baseline + fontSize * 0.3 + padding };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function layoutLabels(candidates: Iterable<LabelCandidate>, options: LabelLayoutOptions): PlacedLabel[] {
  const padding = options.padding ?? 2;
  const scanLimit = options.scanLimit ?? Number.POSITIVE_INFINITY;
  const kept: Box[] = [];
  const placed: PlacedLabel[] = [];
  const free = (box: Box) =>
    box.left >= 0 && box.top >= 0 && box.right <= options.width && box.bottom <= options.height &&
    !options.obstacles?.some((o) => overlaps(box, o)) && !kept.some((k) => overlaps(box, k));
  let scanned = 0;
  for (const c of candidates) {
    if (placed.length >= options.max || scanned++ >= scanLimit) break;
    if (!c.text) continue;
    // Cheap rejection before measuring: the node itself must be on the stage.
    if (c.x < 0 || c.y < 0 || c.x > options.width || c.y > options.height) continue;
    const width = options.measure(c.text);
    for (const side of ["right", "left"] as const) {
      const box = labelBox(c, width, options.fontSize, padding, side);
      if (!free(box)) continue;
      kept.push(box);
      placed.push({ key: c.key, side });
      break;
    }
  }
  return placed;
}
