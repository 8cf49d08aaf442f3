/**
 * End-to-end tests of the viewer, in real Chromium
 * ================================================
 *
 * `npm run test:e2e` builds the static site (`npm run viewer:build`, with
 * graph/graph.json), serves `viewer/dist/` with the project's own small static
 * server (viewer/serve.mjs) on 127.0.0.1 and a free port, and drives Debian's
 * Chromium with playwright-core. The fixtures folder is served beside the
 * site, so `?graph=hostile-graph.json` loads a graph full of markup.
 *
 * The canvas is checked pixel by pixel: a test that passes on a blank canvas
 * would be a failing viewer. Screenshots go to tests/artifacts/e2e/ for a
 * person to look at.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import type { Server } from "node:http";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { createStaticServer, listen } from "../../viewer/serve.mjs";
import { countNear, countNotBackground } from "./count-pixels.js";
import { decodePng, type RgbaImage } from "./decode-png.js";
import { drawnLabels, overlapping } from "./label-boxes.js";
import { launchChromium } from "./launch-chromium.js";
import { syntheticGraph } from "./synthetic-graph.js";
// The viewer on a graph built from a real corpus (skipped, with the reason in its name, without ../shared).
import "./corpus-view.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "viewer", "dist");
const fixtures = path.join(root, "tests", "e2e", "fixtures");
const artifacts = path.join(root, "tests", "artifacts", "e2e");
interface SeedGraph {
  nodes: { key: string; attributes: { kind: string; color: string; label: string } }[];
  edges: unknown[];
}
const HOSTILE = "<img src=x onerror=alert(1)><script>window.__pwned=1</script>";

let seed: SeedGraph;
let scratch: string;
let server: Server;
let base: string;
let browser: Browser;

/** The colour of the nodes of a kind in the seed graph. */
function kindColor(kind: string): string {
  const node = seed.nodes.find((n) => n.attributes.kind === kind);
  assert.ok(node, `the seed graph has a ${kind}`);
  return node.attributes.color;
}

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    errors.push(`dialog opened: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(new URL(url, base).href);
  // A locator, not waitForFunction: the page's Content-Security-Policy forbids eval, which polling would need.
  await page.locator("body[data-state=ready], body[data-state=error]").waitFor({ state: "attached", timeout: 30_000 });
  const state = await page.evaluate<string>("document.body.dataset.state");
  assert.equal(state, "ready", `the viewer did not start: ${await page.textContent("#status")}`);
  // Let sigma draw its first frames.
  await page.waitForTimeout(400);
  return { page, errors };
}

/** A screenshot of the graph area, saved as an artifact and decoded. */
async function shootStage(page: Page, name: string): Promise<RgbaImage> {
  await page.screenshot({ path: path.join(artifacts, `${name}-page.png`) });
  const png = await page.locator("#stage").screenshot({ path: path.join(artifacts, `${name}-stage.png`) });
  return decodePng(png);
}

function nodeDisplay(page: Page, node: string): Promise<{ hidden: boolean; highlighted: boolean; color: string } | null> {
  return page.evaluate(`(() => {
    const d = window.__kgViewer.sigma.getNodeDisplayData(${JSON.stringify(node)});
    return d ? { hidden: d.hidden, highlighted: d.highlighted, color: d.color } : null;
  })()`);
}

describe("viewer (Chromium)", { timeout: 180_000 }, () => {
  before(async () => {
    if (!fs.existsSync(path.join(dist, "index.html"))) throw new Error("viewer/dist is missing: run `npm run viewer:build` (npm run test:e2e does)");
    seed = JSON.parse(fs.readFileSync(path.join(dist, "graph.json"), "utf8")) as SeedGraph;
    fs.mkdirSync(artifacts, { recursive: true });
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kg-e2e-"));
    fs.writeFileSync(path.join(scratch, "large-graph.json"), JSON.stringify(syntheticGraph(20_000, 30_000)));
    server = createStaticServer({ roots: [dist, fixtures, scratch] });
    base = await listen(server, { host: "127.0.0.1", port: 0 });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  test("the page loads and sigma draws the seed graph with WebGL", async () => {
    const { page, errors } = await open("/");
    assert.equal(await page.evaluate<number>("window.__kgViewer.graph.order"), seed.nodes.length);
    assert.equal(await page.evaluate<number>("window.__kgViewer.graph.size"), seed.edges.length);
    assert.match((await page.textContent("#status")) ?? "", new RegExp(`${seed.nodes.length} nodes`));
    // Labels: none overlaps another ("Syrian rebels" used to cover "Russian air campaign in Syria"), all inside the stage.
    const { texts, boxes, width, height } = await drawnLabels(page);
    assert.equal(texts.length, boxes.length);
    assert.ok(boxes.length >= 30, `${boxes.length} of ${seed.nodes.length} labels drawn`);
    assert.deepEqual(overlapping(boxes), []);
    for (const b of boxes) assert.ok(b.left >= 0 && b.right <= width && b.top >= 0 && b.bottom <= height, `"${b.label}" inside the stage`);
    const image = await shootStage(page, "01-loaded");
    const drawn = countNotBackground(image);
    assert.ok(drawn > image.width * image.height * 0.02, `only ${drawn} non-background pixels: the canvas is (nearly) blank`);
    // Node discs are drawn by WebGL only: each kind's colour must be on screen.
    for (const kind of ["person", "place", "force", "organization", "event"]) {
      const pixels = countNear(image, kindColor(kind), 12);
      assert.ok(pixels > 100, `${kind} nodes: only ${pixels} pixels of ${kindColor(kind)}`);
    }
    // The legend lists each kind with its count.
    const legend = (await page.textContent(".legend")) ?? "";
    const people = seed.nodes.filter((n) => n.attributes.kind === "person").length;
    assert.match(legend, new RegExp(`person\\s*${people}`));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("search by alias selects the node and opens the panel with an evidence quote", async () => {
    const { page, errors } = await open("/");
    await page.fill(".search-input", "Hmeymim");
    const option = page.locator('#search-results [data-node="place:hmeimim"]');
    await option.waitFor();
    assert.match((await option.textContent()) ?? "", /Hmeimim.*Hmeymim/);
    await page.keyboard.press("Enter");
    await page.locator("#details .detail-title").waitFor();
    assert.equal(await page.textContent("#details .detail-title"), "Hmeimim");
    const quotes = page.locator("#details blockquote.quote");
    assert.ok((await quotes.count()) > 0, "the panel shows evidence quotes");
    const marked = await page.locator("#details blockquote.quote mark").allTextContents();
    assert.ok(marked.some((m) => /hme[iy]mim/i.test(m)), `a quote highlights the mention (marks: ${marked.join(" | ")})`);
    const cites = await page.locator("#details .cite").allTextContents();
    assert.ok(cites.some((c) => /BBC News|Reuters|CBC News/.test(c)), "quotes name their outlet");
    assert.ok(await page.locator("#details .origin-both, #details .origin-curated, #details .origin-extracted").count());
    assert.equal((await nodeDisplay(page, "place:hmeimim"))?.highlighted, true);
    await page.waitForTimeout(700);
    assert.match(decodeURIComponent(await page.evaluate<string>("location.hash")), /node=place:hmeimim/);
    // The camera moved to the node: it is on screen, and the canvas still shows the graph.
    const where = await page.evaluate<{ x: number; y: number; width: number; height: number }>(`(() => {
      const s = window.__kgViewer.sigma;
      return { ...s.framedGraphToViewport(s.getNodeDisplayData("place:hmeimim")), ...s.getDimensions() };
    })()`);
    assert.ok(where.x > 0 && where.x < where.width && where.y > 0 && where.y < where.height, `Hmeimim is in view (${JSON.stringify(where)})`);
    const image = await shootStage(page, "02-search-hmeymim");
    assert.ok(countNear(image, kindColor("place"), 12) > 100, "the selected place and its neighbours are drawn");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the legend is a kind filter: clicking a kind hides its nodes", async () => {
    const { page, errors } = await open("/");
    const red = kindColor("person");
    const before = countNear(await shootStage(page, "03-kinds-before"), red, 12);
    await page.click('.legend [data-kind="person"]');
    await page.waitForTimeout(500);
    const people = seed.nodes.filter((n) => n.attributes.kind === "person").map((n) => n.key);
    for (const key of people) assert.equal((await nodeDisplay(page, key))?.hidden, true, `${key} is hidden`);
    assert.equal((await nodeDisplay(page, "place:syria"))?.hidden, false);
    assert.equal(await page.getAttribute('.legend [data-kind="person"]', "aria-pressed"), "false");
    const afterHide = countNear(await shootStage(page, "03-kinds-no-person"), red, 12);
    assert.ok(afterHide < before / 10, `person colour pixels went from ${before} to ${afterHide}`);
    await page.waitForTimeout(300);
    assert.match(await page.evaluate<string>("location.hash"), /hide=person/);
    await page.click('.legend [data-kind="person"]');
    await page.waitForTimeout(300);
    assert.equal((await nodeDisplay(page, "person:vladimir-putin"))?.hidden, false);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the URL hash restores a selection, filters and the camera", async () => {
    const { page, errors } = await open("/#node=person%3Avladimir-putin&hide=event&cam=0.45,0.5,0.8");
    await page.locator("#details .detail-title").waitFor();
    assert.equal(await page.textContent("#details .detail-title"), "Vladimir Putin");
    assert.equal((await nodeDisplay(page, "person:vladimir-putin"))?.highlighted, true);
    // The selection's neighbourhood is in focus; the rest fades.
    assert.equal((await nodeDisplay(page, "place:russia"))?.color, kindColor("place"));
    assert.notEqual((await nodeDisplay(page, "organization:unicef"))?.color, kindColor("organization"));
    const events = seed.nodes.filter((n) => n.attributes.kind === "event").map((n) => n.key);
    for (const key of events) assert.equal((await nodeDisplay(page, key))?.hidden, true, `${key} is hidden by hide=event`);
    const camera = await page.evaluate<{ x: number; y: number; ratio: number }>("window.__kgViewer.sigma.getCamera().getState()");
    assert.deepEqual([camera.x, camera.y, camera.ratio], [0.45, 0.5, 0.8]);
    assert.equal(await page.getAttribute('.legend [data-kind="event"]', "aria-pressed"), "false");
    await shootStage(page, "04-url-state");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("clicking an edge shows that relation with its evidence", async () => {
    const { page, errors } = await open("/");
    // A relation with evidence and no parallel relation, so it is drawn straight.
    const edge = "person:eric-pahon|spokesperson_for|organization:pentagon";
    // Zoom on the edge, then click the middle of it.
    const point = await page.evaluate<{ x: number; y: number }>(`(async () => {
      const { sigma, graph } = window.__kgViewer;
      const [s, t] = graph.extremities(${JSON.stringify(edge)}).map((n) => sigma.getNodeDisplayData(n));
      await sigma.getCamera().animate({ x: (s.x + t.x) / 2, y: (s.y + t.y) / 2, ratio: 0.15 }, { duration: 50 });
      sigma.refresh();
      const a = sigma.framedGraphToViewport(s), b = sigma.framedGraphToViewport(t);
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    })()`);
    await page.waitForTimeout(300);
    const box = await page.locator("#stage").boundingBox();
    assert.ok(box);
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await page.locator(`#details .edge-details[data-edge="${edge}"]`).waitFor({ timeout: 5000 });
    const title = (await page.textContent("#details .detail-title")) ?? "";
    assert.match(title, /Eric Pahon\s+spokesperson for\s+Pentagon/);
    assert.ok((await page.locator("#details blockquote.quote").count()) > 0);
    await shootStage(page, "05-edge");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("conflicting claims are shown side by side", async () => {
    const { page, errors } = await open("/#node=person%3Asergei-surovikin");
    await page.locator("#details .conflict-claims").waitFor();
    const sides = await page.locator("#details .conflict-claims .conflict-sides .claim").allTextContents();
    assert.equal(sides.length, 2);
    assert.ok(sides.some((s) => s.includes("23")) && sides.some((s) => s.includes("25")), `the two figures: ${sides.join(" || ")}`);
    await shootStage(page, "06-conflicts");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the timeline shows what was known when", async () => {
    const { page, errors } = await open("/#to=2016-03-31");
    assert.equal((await nodeDisplay(page, "event:partial-withdrawal-of-russian-forces-from-syria-2017"))?.hidden, true);
    assert.equal((await nodeDisplay(page, "event:withdrawal-of-the-main-part-of-russian-forces-from-syria-2016"))?.hidden, false);
    assert.equal((await nodeDisplay(page, "place:syria"))?.hidden, false);
    // Surovikin is only named by a 2017 article; Hmeimim already in 2016.
    assert.equal((await nodeDisplay(page, "person:sergei-surovikin"))?.hidden, true);
    assert.equal((await nodeDisplay(page, "place:hmeimim"))?.hidden, false);
    assert.match((await page.textContent(".timeline-label")) ?? "", /2016-03-31/);
    // Year ticks under the timeline, in order.
    const years = (await page.locator(".timeline-years .year").allTextContents()).map(Number);
    assert.ok(years.includes(2016) && years.includes(2017), `year ticks: ${years.join(", ")}`);
    assert.deepEqual(years, [...years].sort((a, b) => a - b));
    await shootStage(page, "07-timeline-2016");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a hostile graph is shown as text and runs nothing", async () => {
    const { page, errors } = await open(`/?graph=hostile-graph.json#node=person%3Ahostile`);
    await page.locator("#details .detail-title").waitFor();
    assert.equal(await page.textContent("#details .detail-title"), HOSTILE);
    const details = (await page.textContent("#details")) ?? "";
    assert.ok(details.includes("window.__pwned=2"), "the evidence quote shows its <script> as text");
    assert.ok(details.includes('<img src=x onerror="window.__pwned=3">Title'), "the article title is text");
    assert.ok(details.includes("<a href="), "the note is text");
    await page.fill(".search-input", "evil");
    await page.locator('#search-results [data-node="person:hostile"]').waitFor();
    assert.ok(((await page.textContent("#search-results")) ?? "").includes("<script>"));
    // Nothing was parsed as markup, and nothing ran.
    assert.equal(await page.evaluate<number>("document.querySelectorAll('img, svg, b, i, u, em, a[href]').length"), 0);
    assert.equal(await page.evaluate<number>("[...document.scripts].filter((s) => s.textContent.includes('__pwned')).length"), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate<string>("typeof window.__pwned"), "undefined");
    await shootStage(page, "08-hostile");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("controls: zoom, PNG export and JSON download", async () => {
    const { page, errors } = await open("/");
    const ratio = () => page.evaluate<number>("window.__kgViewer.sigma.getCamera().getState().ratio");
    const start = await ratio();
    await page.click('[data-control="zoom-in"]');
    await page.waitForTimeout(500);
    assert.ok((await ratio()) < start, "zoom in");
    await page.click('[data-control="zoom-reset"]');
    await page.waitForTimeout(500);
    assert.equal(await ratio(), 1);

    const [png] = await Promise.all([page.waitForEvent("download"), page.click('[data-control="png"]')]);
    assert.match(png.suggestedFilename(), /\.png$/);
    const pngPath = path.join(artifacts, "09-export.png");
    await png.saveAs(pngPath);
    const exported = decodePng(fs.readFileSync(pngPath));
    for (const kind of ["person", "place", "event"]) {
      assert.ok(countNear(exported, kindColor(kind), 12) > 100, `the exported PNG shows ${kind} nodes`);
    }

    const [json] = await Promise.all([page.waitForEvent("download"), page.click('[data-control="json"]')]);
    const jsonPath = path.join(artifacts, "09-export.json");
    await json.saveAs(jsonPath);
    const data = JSON.parse(fs.readFileSync(jsonPath, "utf8")) as { nodes: unknown[] };
    assert.equal(data.nodes.length, seed.nodes.length);

    const [gexf] = await Promise.all([page.waitForEvent("download"), page.click('[data-control="gexf"]')]);
    assert.match(gexf.suggestedFilename(), /\.gexf$/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the layout runs again in a web worker and moves the nodes", async () => {
    const { page, errors } = await open("/");
    const position = () => page.evaluate<[number, number]>("(() => { const a = window.__kgViewer.graph.getNodeAttributes('place:syria'); return [a.x, a.y]; })()");
    const before = await position();
    await page.click('[data-control="layout"]');
    await page.waitForTimeout(1500);
    assert.equal(await page.getAttribute('[data-control="layout"]', "aria-pressed"), "true");
    await page.click('[data-control="layout"]');
    const after = await position();
    assert.notDeepEqual(after, before, "ForceAtlas2 moved the nodes");
    const image = await shootStage(page, "10-relayout");
    assert.ok(countNotBackground(image) > image.width * image.height * 0.02, "still drawn after the layout");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a 20,000-node graph stays usable: drawn, labels thinned, edges hidden on move, cheap hover", async () => {
    const started = Date.now();
    // #all=1: every node, not the first view of a large graph (corpus-view.ts tests that one).
    const { page, errors } = await open("/?graph=large-graph.json#all=1");
    const loadMs = Date.now() - started;
    assert.equal(await page.evaluate<number>("window.__kgViewer.graph.order"), 20_000);
    assert.equal(await page.evaluate<boolean>("window.__kgViewer.sigma.getSetting('hideEdgesOnMove')"), true);
    const labels = await page.evaluate<number>("window.__kgViewer.sigma.getNodeDisplayedLabels().size");
    assert.ok(labels > 0 && labels < 200, `labels are thinned out (${labels} drawn)`);
    const image = await shootStage(page, "11-large");
    assert.ok(countNotBackground(image) > image.width * image.height * 0.05, "the large graph is drawn");
    // Hover: the neighbourhood is highlighted with a partial refresh.
    const hover = await page.evaluate<{ ms: number; highlighted: boolean; neighbourLabel: boolean }>(`(() => {
      const { sigma, graph } = window.__kgViewer;
      const node = graph.nodes().find((n) => graph.degree(n) > 2);
      const t = performance.now();
      sigma.emit("enterNode", { node, event: {}, preventSigmaDefault() {} });
      const ms = performance.now() - t;
      const neighbour = graph.neighbors(node)[0];
      return { ms, highlighted: sigma.getNodeDisplayData(node).highlighted, neighbourLabel: sigma.getNodeDisplayData(neighbour).zIndex === 2 };
    })()`);
    assert.ok(hover.highlighted && hover.neighbourLabel, "hovering highlights the neighbourhood");
    // Drag the camera and time the frames (software WebGL here: a GPU is much faster).
    const box = await page.locator("#stage").boundingBox();
    assert.ok(box);
    await page.evaluate("(() => { window.__frames = []; let last = performance.now(); const loop = (t) => { window.__frames.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(loop); }; requestAnimationFrame(loop); })()");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    const dragStart = Date.now();
    for (let i = 1; i <= 30; i++) await page.mouse.move(box.x + box.width / 2 + i * 6, box.y + box.height / 2 + i * 4);
    const dragMs = Date.now() - dragStart;
    await page.mouse.up();
    const frames = await page.evaluate<number[]>("(() => { window.__stop = true; return window.__frames.slice(1).sort((a, b) => a - b); })()");
    const median = frames[Math.floor(frames.length / 2)] ?? 0;
    console.log(
      `large graph: ready in ${loadMs} ms, ${labels} labels drawn, hover ${hover.ms.toFixed(1)} ms, ` +
        `30 drag steps in ${dragMs} ms, median frame ${median.toFixed(1)} ms`,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });
});
