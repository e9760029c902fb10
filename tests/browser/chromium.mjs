// Launches Debian's Chromium headless for the browser tests, as this machine requires.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve.mjs";

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

/**
 * Serves www/ and launches Chromium before a file's tests, and stops both after them: the
 * returned object's `server` and `context` are set once the tests run.
 */
export function withBrowser() {
  const env = {};
  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    env.server = await serve();
    env.context = await launch();
  });
  after(async () => {
    await env.context?.close();
    env.server?.server.close();
  });
  return env;
}
