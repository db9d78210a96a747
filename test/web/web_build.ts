// The browser build as the web tests load it: dist/web, rebuilt first when a source is newer
// (scripts/build-web.mjs), then its embedding API imported as a page or bundler gets it.
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as Api from "../../web/beamlet.d.ts";

export const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** dist/web up to date with the sources */
export async function ensureWebBuild(): Promise<void> {
  const { buildWeb, webBuildIsStale } = await import(pathToFileURL(path.join(ROOT, "scripts", "build-web.mjs")).href);
  if (webBuildIsStale(ROOT)) await buildWeb(ROOT);
}

/** the built dist/web/beamlet.js (each test file gets its own instance of it) */
export async function loadWebBuild(): Promise<typeof Api> {
  await ensureWebBuild();
  return import(pathToFileURL(path.join(ROOT, "dist", "web", "beamlet.js")).href);
}

/** the start of a script run on a fresh bundle (node --input-type=module -e): a loader hook sees
 *  every module the bundle imports, and `await imported()` gives their file names */
export const IMPORT_PROBE = `import { register } from "node:module";
const { port1, port2 } = new MessageChannel();
const urls = [];
port1.on("message", (u) => urls.push(u));
port1.unref();
register("data:text/javascript," + encodeURIComponent("let port; export function initialize(d) { port = d.port; } export async function resolve(s, c, next) { const r = await next(s, c); port.postMessage(r.url); return r; }"), { data: { port: port2 }, transferList: [port2] });
const imported = async () => { await new Promise((r) => setTimeout(r, 20)); return urls.map((u) => u.slice(u.lastIndexOf("/") + 1)); };
`;
