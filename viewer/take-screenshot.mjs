#!/usr/bin/env node
/**
 * The README's screenshot of the viewer
 * =====================================
 *
 * `node viewer/take-screenshot.mjs [OUT.png] [HASH]` serves the built site
 * (`npm run viewer:build` first), opens it in Debian's Chromium (the flags of
 * tests/e2e/launch-chromium.ts) and saves a screenshot, by default of the seed
 * graph with Hmeimim selected, to viewer/screenshot.png. `KG_SHOT_SIZE=1100x700`
 * sets the window size (default 1440x860).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { createStaticServer, listen } from "./serve.mjs";

const viewerDir = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(viewerDir, "screenshot.png"));
const hash = process.argv[3] ?? "#node=place%3Ahmeimim";
const [width, height] = (process.env.KG_SHOT_SIZE ?? "1440x860").split("x").map(Number);

const server = createStaticServer({ roots: [path.join(viewerDir, "dist")] });
const base = await listen(server);
const browser = await chromium.launch({
  executablePath: process.env.KG_CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic",
    "--use-gl=angle", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: width || 1440, height: height || 860 }, deviceScaleFactor: 1 });
  await page.goto(base + hash);
  await page.locator("body[data-state=ready]").waitFor({ state: "attached", timeout: 30_000 });
  await page.waitForTimeout(1200);
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  server.close();
}
