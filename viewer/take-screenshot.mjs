#!/usr/bin/env node
/**
 * The README's screenshot of the viewer
 * =====================================
 *
 * `node viewer/take-screenshot.mjs [OUT.png] [HASH]` serves the built site
 * (`npm run viewer:build` first), opens it in Debian's Chromium (the flags of
 * tests/e2e/launch-chromium.ts) and saves a screenshot, by default of the seed
 * graph with Hmeimim selected, to viewer/screenshot.png.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { createStaticServer, listen } from "./serve.mjs";

const viewerDir = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(process.argv[2] ?? path.join(viewerDir, "screenshot.png"));
const hash = process.argv[3] ?? "#node=place%3Ahmeimim";

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
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(base + hash);
  await page.locator("body[data-state=ready]").waitFor({ state: "attached", timeout: 30_000 });
  await page.waitForTimeout(1200);
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  server.close();
}
