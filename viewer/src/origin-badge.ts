/**
 * The curated / extracted badge
 * =============================
 *
 * Where a node or relation comes from: the hand-curated layer, the extractor,
 * or both (a curated fact the extractor also found).
 */
import { element } from "./element.js";
import type { Origin } from "./types.js";

const TEXT: Record<Origin, string> = { curated: "curated", extracted: "extracted", both: "curated + extracted" };

export function originBadge(origin: Origin): HTMLElement {
  return element("span", { className: `badge origin-${origin}`, title: `origin: ${origin}` }, TEXT[origin] ?? origin);
}
