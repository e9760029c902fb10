// Launches Debian's Chromium headless for the browser tests, as this machine requires.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const SCREENSHOTS = new URL("../../test-results/", import.meta.url);

/** A fresh headless Chromium with its own profile directory. */
export function launch() {
  const profile = mkdtempSync(join(tmpdir(), "newsmark-chromium-"));
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
  });
}
