/**
 * Starting Debian's Chromium for the end-to-end tests
 * ===================================================
 *
 * playwright-core drives the system's Chromium (`apt-get install chromium`;
 * `.ci/run` installs it); no browser is ever downloaded. Headless Chromium
 * has no GPU here: WebGL runs on SwiftShader through ANGLE, which the last
 * three flags ask for explicitly (Chromium no longer falls back to it
 * silently in every version). `KG_CHROMIUM` overrides the executable.
 */
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--use-gl=angle",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
];

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.KG_CHROMIUM ?? "/usr/bin/chromium";
  if (!fs.existsSync(executablePath)) {
    throw new Error(`e2e: no Chromium at ${executablePath}. Install Debian's: apt-get install -y chromium (or set KG_CHROMIUM).`);
  }
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}
