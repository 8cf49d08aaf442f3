import { describe, expect, it } from "vitest";
import { labelBox, layoutLabels, overlaps, type LabelCandidate } from "../../viewer/src/label-layout.js";

const measure = (text: string) => text.length * 7;
const options = { width: 400, height: 300, fontSize: 13, measure, max: 100 };
const keysOf = (placed: { key: string }[]) => placed.map((p) => p.key);
const at = (key: string, x: number, y: number, text = key): LabelCandidate => ({ key, text, x, y, size: 4 });

describe("viewer label layout", () => {
  it("keeps the first of two overlapping labels, in the order given", () => {
    const placed = layoutLabels([at("Russian air campaign in Syria", 100, 100), at("Syrian rebels", 130, 104), at("far", 100, 200)], options);
    expect(placed).toEqual([
      { key: "Russian air campaign in Syria", side: "right" },
      { key: "far", side: "right" },
    ]);
  });

  it("no two kept boxes overlap, on a crowded grid", () => {
    const candidates: LabelCandidate[] = [];
    for (let i = 0; i < 400; i++) candidates.push(at(`node ${i}`, (i * 37) % 390, (i * 53) % 290));
    const placed = new Map(layoutLabels(candidates, options).map((p) => [p.key, p.side]));
    const boxes = candidates.filter((c) => placed.has(c.key)).map((c) => labelBox(c, measure(c.text), 13, 0, placed.get(c.key)));
    expect([...placed.values()]).toContain("left");
    expect(boxes.length).toBeGreaterThan(15);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it("puts a label left of its node when the right side has no room, and drops it when neither side has", () => {
    expect(layoutLabels([at("a long label near the right edge", 380, 100)], options)).toEqual([{ key: "a long label near the right edge", side: "left" }]);
    expect(layoutLabels([at("a label far too long for either side of it", 200, 100)], options)).toEqual([]);
    // Crowded on the right: the second goes left.
    expect(layoutLabels([at("first", 150, 100), at("second", 140, 102)], options)).toEqual([
      { key: "first", side: "right" },
      { key: "second", side: "left" },
    ]);
  });

  it("drops labels that would leave the stage or sit on an overlay, and stops at the maximum", () => {
    expect(layoutLabels([at("top", 50, 2)], options)).toEqual([]);
    expect(layoutLabels([at("under the footer", 20, 290)], { ...options, obstacles: [{ left: 0, top: 280, right: 400, bottom: 300 }] })).toEqual([]);
    expect(keysOf(layoutLabels([at("a", 10, 20), at("b", 10, 60), at("c", 10, 100)], { ...options, max: 2 }))).toEqual(["a", "b"]);
  });

  it("places the box where sigma draws the text: right of the disc, around the baseline", () => {
    const box = labelBox({ key: "k", text: "k", x: 100, y: 50, size: 6 }, 30, 12);
    expect(box.left).toBe(109);
    expect(box.right).toBe(139);
    const left = labelBox({ key: "k", text: "k", x: 100, y: 50, size: 6 }, 30, 12, 0, "left");
    expect([left.left, left.right]).toEqual([61, 91]);
    expect(box.top).toBeLessThan(50 + 4 - 12 * 0.9);
    expect(box.bottom).toBeGreaterThan(50 + 4);
  });
});
