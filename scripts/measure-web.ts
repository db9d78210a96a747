// Figures of the browser build (README "beamlet in the browser"): bundle size raw and gzipped,
// time from navigation to the first line of output in headless Chromium (the page runs hello at
// load), JS heap after the hot-swap walk-through, and the walk-through's screenshot.
//   npx tsx scripts/measure-web.ts [--runs N] [--readme]
// --readme rewrites the figures between the <!-- web-figures --> markers of README.md and saves
// the screenshot as web/screenshot-tutorial.png.
import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { gzipSync } from "node:zlib";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { launchChromium, servePlayground } from "../web/build/chromium.ts";
import { walkThrough } from "../web/build/walkthrough.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf("--runs") + 1]) > 0 && args.includes("--runs") ? Number(args[args.indexOf("--runs") + 1]) : 7;
const writeReadme = args.includes("--readme");

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await servePlayground();
const browser = await launchChromium();
try {
  // 1. sizes, what a browser downloads for the playground
  // what a visit loads, the first output included, is what index.html names (its modules
  // preloaded, its script and stylesheet); the rest comes on demand: editor.js (CodeMirror) when
  // the user turns to the editor, the compiler's chunks on the first compilation (hello runs from
  // bytecode compiled at build time), the REPL's chunk on its first input
  const dir = path.join(ROOT, "dist", "web");
  const html = fs.readFileSync(path.join(dir, "index.html"), "utf8");
  const named = new Set(["index.html", ...[...html.matchAll(/(?:href|src)="([^"]+\.(?:js|css|txt))"/g)].map((m) => m[1])]);
  // (beamlet-library*.js hold the library's text for Node and bundlers; a page fetches the .txt)
  const files = fs.readdirSync(dir).filter((f) => /\.(js|txt|html|css)$/.test(f) && !/^beamlet-library.*\.js$/.test(f)).sort((a, b) => Number(named.has(b)) - Number(named.has(a)) || a.localeCompare(b));
  const sizes = files.map((f) => {
    const bytes = fs.readFileSync(path.join(dir, f));
    return { f, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = { raw: sizes.reduce((n, s) => n + s.raw, 0), gzip: sizes.reduce((n, s) => n + s.gzip, 0) };
  const first = sizes.filter((s) => named.has(s.f));
  const beforeEditor = { raw: first.reduce((n, s) => n + s.raw, 0), gzip: first.reduce((n, s) => n + s.gzip, 0) };

  // 2. navigation -> first output, each run in a fresh context (nothing cached)
  // (the first run fills the server's gzip cache and is not counted)
  const timings: { fetched: number; script: number; node: number; first: number }[] = [];
  for (let i = 0; i <= runs; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName("beamlet-first-output").length > 0, null, { timeout: 60_000, polling: 10 });

    // a string, not a function: tsx would wrap a nested named function in a helper the page lacks
    const marks = (await page.evaluate(`["beamlet-script-start", "beamlet-node-ready", "beamlet-first-output"].map((n) => performance.getEntriesByName(n)[0].startTime)`)) as number[];
    // the last file the first output needed arrived (resource timing)
    const fetched = (await page.evaluate(`Math.max(...performance.getEntriesByType("resource").filter((e) => e.startTime < ${marks[2]}).map((e) => e.responseEnd))`)) as number;
    if (i > 0) timings.push({ fetched, script: marks[0], node: marks[1], first: marks[2] });
    await ctx.close();
  }

  // 2a. repeat visits: one context, so the HTTP cache (304s) and V8's code cache are used
  const warm: number[] = [];
  {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    for (let i = 0; i <= runs; i++) {
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName("beamlet-first-output").length > 0, null, { timeout: 60_000 });
      const first = (await page.evaluate(`performance.getEntriesByName("beamlet-first-output")[0].startTime`)) as number;
      if (i > 0) warm.push(first); // the first visit fills the caches
    }
    await ctx.close();
  }

  // 2a'. the renderer's main-thread CPU time from navigation to the first output, from a Chrome
  // trace (top-level tasks' thread time): what the machine's load stretches far less than the
  // wall-clock figures above; and the background threads' parsing and compiling of the page's scripts
  const cpuRuns: { main: number; background: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await browser.startTracing(page, { categories: ["toplevel", "v8", "disabled-by-default-v8.compile", "blink.user_timing"] });
    await page.goto(server.url);
    await page.waitForFunction(() => performance.getEntriesByName("beamlet-first-output").length > 0, null, { timeout: 60_000, polling: 10 });
    const first = (await page.evaluate(`performance.getEntriesByName("beamlet-first-output")[0].startTime`)) as number;
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as { name: string; cat: string; ph: string; ts: number; tdur?: number; pid: number; tid: number; args?: { name?: string; data?: { url?: string } } }[];
    await ctx.close();
    const mark = events.find((e) => e.name === "beamlet-first-output");
    if (!mark) continue;
    const from = mark.ts - first * 1000;
    const mainThreads = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
    let main = 0;
    let background = 0;
    for (const e of events) {
      if (e.ph !== "X" || e.pid !== mark.pid || e.ts < from || e.ts > mark.ts || !e.tdur) continue;
      if (mainThreads.has(`${e.pid}:${e.tid}`)) {
        if (e.cat.split(",").includes("toplevel")) main += e.tdur / 1000;
      } else if (e.name === "v8.parseOnBackground" && e.args?.data?.url?.startsWith("http")) background += e.tdur / 1000;
    }
    cpuRuns.push({ main, background });
  }

  // 2b. the same start in Node, as CPU time (what the machine's load does not inflate much):
  // importing the bundle, creating a node (library decoded and loaded), running hello
  const probe = `const u0 = process.cpuUsage(); const m = await import(${JSON.stringify(path.join(ROOT, "dist", "web", "beamlet.js"))});
const u1 = process.cpuUsage(); const n = await m.createNode(); const u2 = process.cpuUsage();
await n.run(${JSON.stringify(fs.readFileSync(path.join(ROOT, "web", "playground", "examples", "hello.exs"), "utf8"))}); const u3 = process.cpuUsage(); n.stop();
const ms = (a, b) => ((b.user + b.system - a.user - a.system) / 1000);
console.log(JSON.stringify([ms(u0, u1), ms(u1, u2), ms(u2, u3)]));`;
  const cpu: number[][] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" });
    cpu.push(JSON.parse(r.stdout.trim().split("\n").pop()!));
  }
  const cpuMedian = (k: number) => median(cpu.map((c) => c[k])).toFixed(0);

  // 3. the walk-through: heap afterwards (after a full GC), and the screenshot
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await walkThrough(page, server.url);
  await page.waitForTimeout(500);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const metrics = Object.fromEntries(((await cdp.send("Performance.getMetrics")) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
  const shot = path.join(writeReadme ? path.join(ROOT, "web") : os.tmpdir(), "screenshot-tutorial.png");
  await page.screenshot({ path: shot });
  await ctx.close();

  const firsts = timings.map((t) => t.first);
  const lines = [
    `| what | figure |`,
    `| --- | --- |`,
    ...sizes.map((s) => `| \`dist/web/${s.f}\` | ${kb(s.raw)} raw, ${kb(s.gzip)} gzipped |`),
    `| what a visit loads, the first output included (the files index.html names) | **${kb(beforeEditor.raw)} raw, ${kb(beforeEditor.gzip)} gzipped** (target < 500 KB gzipped) |`,
    `| everything, with CodeMirror (when the user turns to the editor), the compiler (the first compilation) and the REPL's chunk (its first input) | ${kb(total.raw)} raw, ${kb(total.gzip)} gzipped |`,
    `| navigation to the last file the first output needs fetched (resource timing) | ${median(timings.map((t) => t.fetched)).toFixed(0)} ms (median of ${runs}) |`,
    `| navigation to the modules running (fetch + background parse + evaluation) | ${median(timings.map((t) => t.script)).toFixed(0)} ms |`,
    `| navigation to the node ready (library loaded, decoded lazily) | ${median(timings.map((t) => t.node)).toFixed(0)} ms |`,
    `| navigation to the first line of output (hello) | **${median(firsts).toFixed(0)} ms** median, ${Math.min(...firsts).toFixed(0)}-${Math.max(...firsts).toFixed(0)} ms over ${runs} runs (target < 300 ms) |`,
    `| renderer main-thread CPU time from navigation to the first line (Chrome trace) | **${median(cpuRuns.map((r) => r.main)).toFixed(0)} ms** median of ${cpuRuns.length}; the page's scripts parsed and compiled on background threads meanwhile: ${median(cpuRuns.map((r) => r.background)).toFixed(0)} ms |`,
    `| the same, repeat visit (HTTP cache and V8 code cache) | ${median(warm).toFixed(0)} ms median, ${Math.min(...warm).toFixed(0)}-${Math.max(...warm).toFixed(0)} ms over ${runs} runs |`,
    `| CPU time in Node (same bundle): import / create a node / run hello | ${cpuMedian(0)} ms / ${cpuMedian(1)} ms / ${cpuMedian(2)} ms (medians of ${runs}) |`,
    `| JS heap after the walk-through (after a full GC) | ${(metrics.JSHeapUsedSize / 1048576).toFixed(1)} MB used of ${(metrics.JSHeapTotalSize / 1048576).toFixed(1)} MB |`,
  ];
  const machine = `Measured by \`npx tsx scripts/measure-web.ts\` with Debian's Chromium ${browser.version()} headless on this machine (${os.cpus().length} cores, ${os.cpus()[0]?.model.trim()}, load average ${os.loadavg()[0].toFixed(1)} at the time), pages served from localhost.`;
  const block = `${lines.join("\n")}\n\n${machine}`;
  console.log(block);
  console.log(`screenshot: ${shot}`);
  if (writeReadme) {
    const readme = path.join(ROOT, "README.md");
    const text = fs.readFileSync(readme, "utf8");
    const re = /<!-- web-figures -->[\s\S]*?<!-- \/web-figures -->/;
    if (!re.test(text)) throw new Error("README.md has no <!-- web-figures --> block");
    fs.writeFileSync(readme, text.replace(re, `<!-- web-figures -->\n${block}\n<!-- /web-figures -->`));
  }
} finally {
  await browser.close();
  await server.close();
}
