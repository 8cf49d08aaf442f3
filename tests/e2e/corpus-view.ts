/**
 * The viewer on a real corpus graph, in Chromium
 * ==============================================
 *
 * Imported by viewer.test.ts (so `npm run test:e2e` runs it). The setup
 * compiles the builder (`npm run build`), builds a graph from the first
 * 2,000 lines of `../shared/corpora/bbc-2004-2005.jsonl` (the file has
 * 1,924 articles, so all of them) with `kg build --no-curated --no-cache`,
 * and serves it beside the built viewer as `?graph=bbc-graph.json`. Without
 * ../shared the tests are skipped, and their names say why.
 *
 * Labels are checked from what was drawn: the labels canvas's fillText is
 * recorded during a render, and each label's box is computed from the node's
 * rendered position (sigma's display data and framedGraphToViewport) and
 * the text's width measured with sigma's label font, not from the viewer's
 * own label layout; each recorded fillText must start where its box does.
 */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { createStaticServer, listen } from "../../viewer/serve.mjs";
import { SHARED_MISSING, sharedPath, skipNote } from "../helpers/skip-note.js";
import { countNotBackground } from "./count-pixels.js";
import { decodePng } from "./decode-png.js";
import { drawnLabels, overlapping } from "./label-boxes.js";
import { launchChromium } from "./launch-chromium.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "viewer", "dist");
const artifacts = path.join(root, "tests", "artifacts", "e2e");
const corpus = sharedPath("corpora", "bbc-2004-2005.jsonl");
const available = fs.existsSync(corpus);
const ARTICLES = 2000;

interface GraphJson {
  nodes: { key: string; attributes: { label: string; kind: string; mentions: number; community: number; aliases: string[] } }[];
  edges: { key: string; source: string; target: string; attributes: { predicate: string } }[];
}


let data: GraphJson;
let scratch: string;
let server: Server;
let base: string;
let browser: Browser;
/** Undirected neighbour sets over the edges shown by default (related_to is hidden until asked for). */
const neighbours = new Map<string, Set<string>>();
const mentions = new Map<string, number>();

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(new URL(url, base).href);
  await page.locator("body[data-state=ready], body[data-state=error]").waitFor({ state: "attached", timeout: 60_000 });
  assert.equal(await page.evaluate<string>("document.body.dataset.state"), "ready", `the viewer did not start: ${await page.textContent("#status")}`);
  await settle(page);
  return { page, errors };
}

/** Camera animations (400 ms) and the label layout (120 ms after the last move on a large graph) are over. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(900);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(artifacts, `${name}-page.png`) });
}

/** "N of M nodes shown" from the footer. */
async function shownCount(page: Page): Promise<{ shown: number; total: number; text: string }> {
  const text = (await page.textContent("#status")) ?? "";
  const m = /([\d,]+) of ([\d,]+) nodes shown/.exec(text);
  const all = /^([\d,]+) nodes/.exec(text);
  const num = (s: string) => Number(s.replace(/,/g, ""));
  if (m) return { shown: num(m[1]!), total: num(m[2]!), text };
  assert.ok(all, `the footer counts the nodes: "${text}"`);
  return { shown: num(all[1]!), total: num(all[1]!), text };
}

/** The nodes sigma draws (not hidden by the reducers). */
function visibleNodes(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(`(() => {
    const { sigma, graph } = window.__kgViewer;
    return graph.nodes().filter((n) => !sigma.getNodeDisplayData(n).hidden);
  })()`);
}

async function searchAndChoose(page: Page, query: string): Promise<string[]> {
  await page.fill(".search-input", query);
  await page.locator("#search-results [data-node]").first().waitFor();
  const hits = await page.locator("#search-results [data-node]").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-node") ?? ""));
  await page.keyboard.press("Enter");
  await page.locator("#details .detail-title").waitFor();
  return hits;
}

describe(`viewer on a 2,000-article BBC graph (Chromium)${skipNote(available, SHARED_MISSING)}`, { skip: !available, timeout: 300_000 }, () => {
  before(async () => {
    fs.mkdirSync(artifacts, { recursive: true });
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kg-e2e-bbc-"));
    const lines = fs.readFileSync(corpus, "utf8").split("\n").filter((line) => line.trim()).slice(0, ARTICLES);
    const jsonl = path.join(scratch, "bbc.jsonl");
    fs.writeFileSync(jsonl, `${lines.join("\n")}\n`);
    // dist/ must be the current builder.
    execFileSync("npm", ["run", "--silent", "build"], { cwd: root, stdio: "inherit" });
    execFileSync(process.execPath, [path.join(root, "bin", "kg.js"), "build", "--corpus", jsonl, "--out", path.join(scratch, "out"), "--no-curated", "--no-cache", "--quiet"], {
      cwd: root,
      stdio: "inherit",
    });
    fs.copyFileSync(path.join(scratch, "out", "graph.json"), path.join(scratch, "bbc-graph.json"));
    data = JSON.parse(fs.readFileSync(path.join(scratch, "bbc-graph.json"), "utf8")) as GraphJson;
    for (const n of data.nodes) {
      neighbours.set(n.key, new Set());
      mentions.set(n.key, n.attributes.mentions);
    }
    for (const e of data.edges) {
      if (e.attributes.predicate === "related_to" || e.source === e.target) continue;
      neighbours.get(e.source)!.add(e.target);
      neighbours.get(e.target)!.add(e.source);
    }
    server = createStaticServer({ roots: [dist, scratch] });
    base = await listen(server, { host: "127.0.0.1", port: 0 });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  });

  test("the first view shows at most 30 % of the nodes and says so: 'N of M nodes shown'", async () => {
    const { page, errors } = await open("/?graph=bbc-graph.json");
    const total = data.nodes.length;
    assert.ok(total > 5000, `a corpus-sized graph (${total} nodes)`);
    assert.equal(await page.evaluate<number>("window.__kgViewer.graph.order"), total, "nothing was dropped from the graph");
    const { shown, total: m, text } = await shownCount(page);
    assert.equal(m, total, `M is every node of graph.json: ${text}`);
    const visible = await visibleNodes(page);
    assert.equal(visible.length, shown, "the footer counts the nodes drawn");
    assert.ok(shown <= 0.3 * total && shown >= 100, `${shown} of ${total} shown`);
    // What is shown is the connected part: no node of the first view is isolated in the full graph.
    assert.ok(visible.every((n) => (neighbours.get(n)?.size ?? 0) > 0), "no isolated node in the first view");
    // The most mentioned connected nodes are in it.
    const top = data.nodes.filter((n) => neighbours.get(n.key)!.size > 0).sort((a, b) => b.attributes.mentions - a.attributes.mentions).slice(0, 5);
    const shownSet = new Set(visible);
    for (const n of top) assert.ok(shownSet.has(n.key), `${n.attributes.label} (${n.attributes.mentions} mentions) is in the first view`);
    assert.ok(await page.locator('#status [data-control="show-all"]').isVisible(), "a one-click 'show all'");
    const png = await page.locator("#stage").screenshot({ path: path.join(artifacts, "21-bbc-first-view-stage.png") });
    await shoot(page, "21-bbc-first-view");
    const image = decodePng(png);
    assert.ok(countNotBackground(image) > image.width * image.height * 0.03, "the first view is drawn");
    // Drag the camera and log the frame times (software WebGL; a figure for the README, not an assertion).
    const stage = await page.locator("#stage").boundingBox();
    assert.ok(stage);
    await page.evaluate("(() => { window.__frames = []; let last = performance.now(); const loop = (t) => { window.__frames.push(t - last); last = t; if (!window.__stop) requestAnimationFrame(loop); }; requestAnimationFrame(loop); })()");
    await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(stage.x + stage.width / 2 + i * 6, stage.y + stage.height / 2 + i * 4);
    await page.mouse.up();
    const frames = await page.evaluate<number[]>("(() => { window.__stop = true; return window.__frames.slice(1).sort((a, b) => a - b); })()");
    console.log(`BBC first view: ${shown} of ${total} nodes, median frame while dragging ${(frames[Math.floor(frames.length / 2)] ?? 0).toFixed(1)} ms over ${frames.length} frames`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("at least 15 labels of the most important nodes are drawn, and no two label boxes overlap", async () => {
    const { page, errors } = await open("/?graph=bbc-graph.json");
    const { texts, boxes, width, height } = await drawnLabels(page);
    assert.deepEqual(texts.map((t) => t.text).sort(), boxes.map((b) => b.label).sort(), "the labels drawn are those of the labelled nodes");
    for (const b of boxes) {
      const drawn = texts.find((t) => t.text === b.label && Math.abs(t.x - b.left) < 0.5);
      assert.ok(drawn, `"${b.label}" is drawn where its box starts`);
    }
    assert.ok(boxes.length >= 15, `${boxes.length} labels drawn`);
    assert.deepEqual(overlapping(boxes), [], "no two label boxes overlap");
    for (const b of boxes) assert.ok(b.left >= 0 && b.right <= width && b.top >= 0 && b.bottom <= height, `"${b.label}" lies inside the stage`);
    const status = await page.evaluate<{ left: number; top: number; right: number; bottom: number }>(`(() => {
      const s = document.getElementById("stage").getBoundingClientRect(), r = document.getElementById("status").getBoundingClientRect();
      return { left: r.left - s.left, top: r.top - s.top, right: r.right - s.left, bottom: r.bottom - s.top };
    })()`);
    assert.deepEqual(overlapping([...boxes, { node: "", label: "(footer)", ...status }]).filter((p) => p.includes("(footer)")), [], "no label under the footer");
    // The most important: the labelled nodes are among the most mentioned of those shown, and the most mentioned shown node is labelled.
    const shown = (await visibleNodes(page)).sort((a, b) => mentions.get(b)! - mentions.get(a)!);
    const rank = new Map(shown.map((n, i) => [n, i]));
    const labelled = boxes.map((b) => rank.get(b.node)!).sort((a, b) => a - b);
    assert.ok(labelled.includes(0), `the most mentioned node shown (${shown[0]}) is labelled`);
    const median = labelled[Math.floor(labelled.length / 2)]!;
    assert.ok(median < shown.length * 0.1, `half of the labels are in the top 10 % by mentions (median rank ${median} of ${shown.length})`);
    console.log(`BBC first view: ${boxes.length} labels, median mentions rank ${median} of ${shown.length}: ${boxes.slice(0, 20).map((b) => b.label).join(", ")}`);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the degree filter keeps the nodes with at least that many neighbours, and lives in the URL", async () => {
    const { page, errors } = await open("/?graph=bbc-graph.json#all=1");
    const before = await shownCount(page);
    await page.fill('[data-filter="min-degree"]', "3");
    await page.press('[data-filter="min-degree"]', "Enter");
    await settle(page);
    const visible = await visibleNodes(page);
    const after = await shownCount(page);
    assert.equal(after.shown, visible.length);
    assert.ok(after.shown < before.shown && after.shown > 0, `${before.shown} → ${after.shown} nodes`);
    const expected = data.nodes.filter((n) => neighbours.get(n.key)!.size >= 3).map((n) => n.key).sort();
    assert.deepEqual(visible.sort(), expected, "exactly the nodes with 3 or more distinct neighbours");
    assert.match(await page.evaluate<string>("location.hash"), /deg=3/);
    await shoot(page, "22-bbc-degree-3");
    const url = await page.evaluate<string>("location.href");
    await page.close();
    // The URL restores it.
    const again = await open(url);
    assert.equal(await again.page.inputValue('[data-filter="min-degree"]'), "3");
    assert.equal((await visibleNodes(again.page)).length, expected.length);
    assert.deepEqual([...errors, ...again.errors], []);
    await again.page.close();
  });

  test("search ranks the connected, often-named person first and the ego filter shows 1 and 2 hops around the selection", async () => {
    const { page, errors } = await open("/?graph=bbc-graph.json");
    const hits = await searchAndChoose(page, "Howard");
    const michael = data.nodes.find((n) => n.attributes.label === "Michael Howard");
    assert.ok(michael, "the BBC graph has Michael Howard");
    assert.equal(hits[0], michael.key, `first hit for "Howard": ${hits.slice(0, 4).join(", ")}`);
    // An orphan named exactly "Howard" exists and comes later.
    const orphan = data.nodes.find((n) => n.attributes.label === "Howard" && neighbours.get(n.key)!.size === 0);
    if (orphan) assert.ok(hits.indexOf(orphan.key) > 0, "the orphan namesake is not first");
    const hitText = (await page.locator("#search-results [data-node]").first().textContent()) ?? "";
    assert.match(hitText, /person · \d+ articles/, "a hit shows its kind and article count");

    await page.selectOption('[data-filter="scope"]', "ego1");
    await settle(page);
    const ego1 = new Set(await visibleNodes(page));
    const expected1 = new Set([michael.key, ...neighbours.get(michael.key)!]);
    assert.deepEqual([...ego1].sort(), [...expected1].sort(), "1 hop: the selected node and its neighbours");
    assert.equal((await shownCount(page)).shown, ego1.size);
    assert.match(await page.evaluate<string>("location.hash"), /scope=ego1/);
    await shoot(page, "23-bbc-ego1-michael-howard");
    const { boxes } = await drawnLabels(page);
    assert.deepEqual(overlapping(boxes), [], "no overlapping labels in the ego view");
    assert.ok(boxes.some((b) => b.node === michael.key), "the selected node is labelled");

    await page.selectOption('[data-filter="scope"]', "ego2");
    await settle(page);
    const ego2 = new Set(await visibleNodes(page));
    const expected2 = new Set(expected1);
    for (const n of expected1) for (const m of neighbours.get(n)!) expected2.add(m);
    assert.deepEqual([...ego2].sort(), [...expected2].sort(), "2 hops");
    assert.ok(ego2.size > ego1.size);
    await shoot(page, "24-bbc-ego2-michael-howard");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("'show all' shows every node in one click; colour by community follows the Louvain attribute", async () => {
    const { page, errors } = await open("/?graph=bbc-graph.json");
    await page.click('#status [data-control="show-all"]');
    await settle(page);
    const all = await shownCount(page);
    assert.equal(all.shown, data.nodes.length, all.text);
    assert.doesNotMatch(all.text, / of [\d,]+ nodes shown/);
    assert.equal((await visibleNodes(page)).length, data.nodes.length);
    assert.match(await page.evaluate<string>("location.hash"), /all=1/);
    await shoot(page, "25-bbc-show-all");

    await page.selectOption('[data-filter="color-by"]', "community");
    await settle(page);
    const sizes = new Map<number, number>();
    for (const n of data.nodes) sizes.set(n.attributes.community, (sizes.get(n.attributes.community) ?? 0) + 1);
    const largest = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const members = data.nodes.filter((n) => n.attributes.community === largest).map((n) => n.key);
    const colours = await page.evaluate<string[]>(`(${JSON.stringify(members)}).map((n) => window.__kgViewer.sigma.getNodeDisplayData(n).color)`);
    assert.equal(new Set(colours).size, 1, "one colour for the largest community");
    const other = data.nodes.find((n) => n.attributes.community !== largest && sizes.get(n.attributes.community)! >= 2)!;
    assert.notEqual(await page.evaluate<string>(`window.__kgViewer.sigma.getNodeDisplayData(${JSON.stringify(other.key)}).color`), colours[0]);
    assert.ok(await page.locator(".community-legend li[data-community]").count() >= 5, "the legend lists the largest communities");
    assert.match(await page.evaluate<string>("location.hash"), /color=community/);
    await shoot(page, "26-bbc-communities");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the detail panel narrows the stage: sigma follows, and no label sits under the panel", async () => {
    const { page, errors } = await open("/?graph=bbc-graph.json");
    await searchAndChoose(page, "Tony Blair");
    await settle(page);
    const geometry = await page.evaluate<{ stage: number; sigma: number; stageRight: number; panelLeft: number }>(`(() => {
      const stage = document.getElementById("stage").getBoundingClientRect();
      const panel = document.getElementById("details").getBoundingClientRect();
      return { stage: stage.width, sigma: window.__kgViewer.sigma.getDimensions().width, stageRight: stage.right, panelLeft: panel.left };
    })()`);
    assert.ok(geometry.stageRight <= geometry.panelLeft + 1, "the stage ends where the panel begins");
    assert.equal(geometry.sigma, geometry.stage, "sigma's canvas has the stage's width");
    const { boxes, width } = await drawnLabels(page);
    assert.ok(boxes.length > 0);
    for (const b of boxes) assert.ok(b.right <= width, `"${b.label}" ends inside the stage (${b.right.toFixed(0)} ≤ ${width})`);
    assert.deepEqual(overlapping(boxes), []);
    await shoot(page, "27-bbc-tony-blair");
    // The Relations checklist scrolls in full: its last entry can be brought into view inside the sidebar.
    const last = page.locator(".predicate-filter li").last();
    await last.scrollIntoViewIfNeeded();
    const box = await last.boundingBox();
    const sidebar = await page.locator(".sidebar").boundingBox();
    assert.ok(box && sidebar && box.y >= sidebar.y && box.y + box.height <= sidebar.y + sidebar.height + 1, "the last relation is visible");
    assert.deepEqual(errors, []);
    await page.close();
  });
});
