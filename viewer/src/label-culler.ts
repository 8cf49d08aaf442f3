/**
 * Keeping sigma's labels apart
 * ============================
 *
 * Binds label-layout.ts to sigma. sigma's own label grid is switched off
 * (`labelDensity: 0`); the labels drawn are the nodes this module marks,
 * through the node reducer's `forceLabel`. After each camera move, resize or
 * refresh it lays the labels out again (the selection and the hovered
 * neighbourhood first, then by prominence) and refreshes only the nodes whose
 * label came, went or changed side.
 */
import type Sigma from "sigma";
import { layoutLabels, type Box, type LabelCandidate } from "./label-layout.js";

export interface LabelCullerOptions {
  /** Every node, most prominent first. */
  order: readonly string[];
  /** Nodes to place before the others (selection, hover), in order. */
  priority(): Iterable<string>;
  /** Areas over the stage where labels would be hidden. */
  obstacles(): Box[];
  /** Pixels of stage per label: at most width × height / labelArea labels. */
  labelArea: number;
  /** Wait this long after the last camera move (large graphs hide labels while moving anyway); 0: every frame. */
  settleMs: number;
  /** The current labels and the ones drawn left of their node, read by the node reducer. */
  labels: Set<string>;
  leftLabels: Set<string>;
}

export interface LabelCuller {
  schedule(): void;
  /** Lays the labels out now; returns the nodes labelled. */
  run(): Set<string>;
}

export function createLabelCuller(sigma: Sigma, options: LabelCullerOptions): LabelCuller {
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  const widths = new Map<string, number>();
  const fontSize = sigma.getSetting("labelSize");
  const font = `${sigma.getSetting("labelWeight")} ${fontSize}px ${sigma.getSetting("labelFont")}`;
  const measure = (text: string) => {
    let width = widths.get(text);
    if (width === undefined) {
      if (context) context.font = font;
      width = context ? context.measureText(text).width : text.length * fontSize * 0.6;
      widths.set(text, width);
    }
    return width;
  };

  function* candidates(): Generator<LabelCandidate> {
    const seen = new Set<string>();
    const from = function* (keys: Iterable<string>): Generator<LabelCandidate> {
      for (const key of keys) {
        if (seen.has(key)) continue;
        seen.add(key);
        const data = sigma.getNodeDisplayData(key);
        if (!data || data.hidden || typeof data.label !== "string" || !data.label) continue;
        const { x, y } = sigma.framedGraphToViewport(data);
        yield { key, text: data.label, x, y, size: sigma.scaleSize(data.size) };
      }
    };
    yield* from(options.priority());
    yield* from(options.order);
  }

  const run = () => {
    const { width, height } = sigma.getDimensions();
    const placed = layoutLabels(candidates(), {
      width,
      height,
      fontSize,
      measure,
      max: Math.max(1, Math.round((width * height) / options.labelArea)),
      obstacles: options.obstacles(),
    });
    const next = new Set(placed.map((p) => p.key));
    const left = new Set(placed.filter((p) => p.side === "left").map((p) => p.key));
    const changed = new Set<string>();
    for (const key of options.labels) if (!next.has(key)) changed.add(key);
    for (const key of next) if (!options.labels.has(key) || left.has(key) !== options.leftLabels.has(key)) changed.add(key);
    options.labels.clear();
    options.leftLabels.clear();
    for (const key of next) options.labels.add(key);
    for (const key of left) options.leftLabels.add(key);
    if (changed.size > 0) sigma.refresh({ partialGraph: { nodes: [...changed] }, skipIndexation: true, schedule: true });
    return next;
  };

  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    if (options.settleMs > 0) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        run();
      }, options.settleMs);
      return;
    }
    if (frame !== null) return;
    frame = requestAnimationFrame(() => {
      frame = null;
      run();
    });
  };
  return { schedule, run };
}
