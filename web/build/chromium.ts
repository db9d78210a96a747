// Node-only tooling for the browser tests (test/web/) and scripts/measure-web.ts: Debian's
// chromium driven by playwright-core (which downloads no browser), and the playground served
// from dist/web by the same static server as `beamlet playground`.
import * as fs from "node:fs";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { staticServer, webBuildDir } from "../../cli/playground.ts";

/** the flags the project runs chromium with (no sandbox: CI runs as root) */
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** $CHROMIUM_PATH, or Debian's /usr/bin/chromium; a clear error when there is none (the browser
 *  tests then fail saying so: they never skip) */
export function chromiumPath(candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter((p): p is string => !!p)): string {
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(`no chromium found (looked at ${candidates.join(", ")}): install Debian's package with \`apt-get install -y chromium\` (.ci/run does) or set CHROMIUM_PATH`);
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
}

/** serve dist/web (rebuilt first when stale) on a free port of 127.0.0.1 */
export async function servePlayground(): Promise<{ url: string; close(): Promise<void> }> {
  const dir = await webBuildDir();
  if (!dir) throw new Error("the browser build (dist/web) is missing");
  const server = staticServer(dir);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
