/**
 * Drawing a node label on either side
 * ===================================
 *
 * sigma's `drawDiscNodeLabel`, with one addition: a node the label layout
 * marked `labelLeft` gets its label on the left of the disc, so a node near
 * the right edge of the stage (or crowded on its right) still has a label.
 * Used as sigma's `defaultDrawNodeLabel` setting.
 */
import type { Attributes } from "graphology-types";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, PartialButFor } from "sigma/types";

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & { labelLeft?: boolean };

export function drawNodeLabel<N extends Attributes, E extends Attributes, G extends Attributes>(
  context: CanvasRenderingContext2D,
  data: LabelData,
  settings: Settings<N, E, G>,
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.fillStyle = settings.labelColor.attribute
    ? String((data as Record<string, unknown>)[settings.labelColor.attribute] ?? settings.labelColor.color ?? "#000")
    : (settings.labelColor.color ?? "#000");
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.labelLeft ? data.x - data.size - 3 - context.measureText(data.label).width : data.x + data.size + 3;
  context.fillText(data.label, x, data.y + size / 3);
}
