// A page that bundles the embedding API with esbuild (`import { createNode } from "beamlet"`,
// resolved through package.json `exports`), in real headless Chromium: the library's files come
// along with the bundle's own output (beamlet.js imports them by literal names), nothing copied
// by hand, and the page runs a program.
import { it, expect, beforeAll, afterAll } from "vitest";
import type { Browser } from "playwright-core";
import type { AddressInfo } from "node:net";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { launchChromium } from "../../web/build/chromium.ts";
import { staticServer } from "../../cli/playground.ts";
import { ROOT, ensureWebBuild } from "./web_build.ts";

let browser: Browser;
let tmp: string;

beforeAll(async () => {
  await ensureWebBuild();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-bundled-"));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

const PAGE = `import { createNode } from "beamlet";
const out = document.getElementById("output");
const node = await createNode({ output: (text) => (out.textContent += text) });
const r = await node.run('IO.puts("hello")\\nIO.puts(Enum.map_join([1, 2, 3], ",", &(&1 * 2)))\\n');
document.body.dataset.status = r.status;
`;

it("a page bundled with esbuild runs with the library its bundle carried along", async () => {
  // the page's project: its source, and beamlet installed as a package (the checkout)
  const src = path.join(tmp, "src");
  fs.mkdirSync(path.join(src, "node_modules"), { recursive: true });
  fs.symlinkSync(ROOT, path.join(src, "node_modules", "beamlet"), "dir");
  fs.writeFileSync(path.join(src, "main.js"), PAGE);
  const out = path.join(tmp, "out");
  const esbuild = await import("esbuild");
  const { metafile } = await esbuild.build({ entryPoints: [path.join(src, "main.js")], absWorkingDir: src, bundle: true, splitting: true, format: "esm", platform: "browser", target: "es2022", outdir: out, metafile: true, logLevel: "error" });
  fs.writeFileSync(path.join(out, "index.html"), `<!doctype html><meta charset="utf-8"><title>bundled</title><link rel="icon" href="data:,"><pre id="output"></pre><script type="module" src="main.js"></script>\n`);
  // what is served is esbuild's output and the page, nothing else
  const written = Object.keys(metafile.outputs).map((f) => path.basename(f));
  expect(fs.readdirSync(out).sort()).toEqual([...written, "index.html"].sort());
  // the library's four modules came along as chunks of their own (fetched when first needed)
  const libraryChunks = Object.values(metafile.outputs).filter((o) => Object.keys(o.inputs).some((i) => /dist\/web\/beamlet-library(-[a-z]+)?\.js$/.test(i)));
  expect(libraryChunks.map((o) => Object.keys(o.inputs).length)).toEqual([1, 1, 1, 1]);

  const server = staticServer(out);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("console", (m) => (m.type() === "error" || m.type() === "warning") && errors.push(`console.${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
  const notFound: string[] = [];
  page.on("response", (r) => r.status() >= 400 && notFound.push(`${r.status()} ${r.url()}`));
  try {
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.status !== undefined || /Error/.test(document.getElementById("output")!.textContent ?? ""), null, { timeout: 120_000, polling: 50 });
    expect(await page.textContent("#output")).toBe("hello\n2,4,6\n");
    expect(await page.evaluate(() => document.body.dataset.status)).toBe("ok");
    expect(notFound).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
