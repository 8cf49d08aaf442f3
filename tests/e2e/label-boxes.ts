/**
 * The label boxes of one render, measured from what was drawn
 * ===========================================================
 *
 * Records the labels canvas's fillText calls during a synchronous render and
 * computes each labelled node's box from its rendered position (sigma's
 * display data, framedGraphToViewport, scaleSize) and its text's width
 * measured with sigma's label font. The viewer's own label layout is not
 * consulted.
 */
import type { Page } from "playwright-core";

export interface LabelBox {
  node: string;
  label: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Labels drawn in one render: the texts given to the labels canvas, and the boxes computed for the labelled nodes. */
export function drawnLabels(page: Page): Promise<{ texts: { text: string; x: number }[]; boxes: LabelBox[]; width: number; height: number }> {
  return page.evaluate(`(() => {
    const { sigma } = window.__kgViewer;
    const context = sigma.getCanvases().labels.getContext("2d");
    const texts = [];
    const fillText = context.fillText;
    context.fillText = function (text, x, y, ...rest) {
      texts.push({ text, x });
      return fillText.call(this, text, x, y, ...rest);
    };
    try {
      sigma.refresh();
    } finally {
      context.fillText = fillText;
    }
    const size = sigma.getSetting("labelSize");
    const measure = document.createElement("canvas").getContext("2d");
    measure.font = sigma.getSetting("labelWeight") + " " + size + "px " + sigma.getSetting("labelFont");
    const boxes = [...sigma.getNodeDisplayedLabels()].map((node) => {
      const d = sigma.getNodeDisplayData(node);
      const p = sigma.framedGraphToViewport(d);
      const m = measure.measureText(d.label);
      // Right of the disc, or left of it when the label layout chose that side (draw-node-label.ts).
      const left = d.labelLeft ? p.x - sigma.scaleSize(d.size) - 3 - m.width : p.x + sigma.scaleSize(d.size) + 3;
      const baseline = p.y + size / 3;
      return { node, label: d.label, left, right: left + m.width, top: baseline - m.fontBoundingBoxAscent, bottom: baseline + m.fontBoundingBoxDescent };
    });
    return { texts, boxes, ...sigma.getDimensions() };
  })()`);
}

export function overlapping(boxes: LabelBox[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) pairs.push([a.label, b.label]);
    }
  }
  return pairs;
}
