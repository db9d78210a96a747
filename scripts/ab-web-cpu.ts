// A/B of two browser builds by the renderer's main-thread CPU time from navigation to the first
// line of output (Chrome trace, top-level tasks' thread time, as scripts/measure-web.ts reads it):
// the figure that a loaded machine stretches far less than the wall-clock ones of
// scripts/ab-web.ts. Fresh-context visits alternate A, B, B, A ...; the first pair is not counted.
//   npx tsx scripts/ab-web-cpu.ts DIR_A DIR_B [RUNS]
import * as os from "node:os";
import type { AddressInfo } from "node:net";
import { launchChromium } from "../web/build/chromium.ts";
import { staticServer } from "../cli/playground.ts";
const [A, B, N] = process.argv.slice(2);
const runs = Number(N ?? 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const servers = await Promise.all([A, B].map(async (dir) => { const s = staticServer(dir); await new Promise<void>((r) => s.listen(0, "127.0.0.1", () => r())); return { s, url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/` }; }));
const browser = await launchChromium();
const res: { main: number; first: number }[][] = [[], []];
for (let i = 0; i <= runs; i++) {
  for (const k of i % 2 ? [1, 0] : [0, 1]) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await browser.startTracing(page, { categories: ["toplevel", "blink.user_timing"] });
    await page.goto(servers[k].url);
    await page.waitForFunction(() => performance.getEntriesByName("beamlet-first-output").length > 0, null, { timeout: 60_000, polling: 10 });
    const first = (await page.evaluate(`performance.getEntriesByName("beamlet-first-output")[0].startTime`)) as number;
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents as any[];
    await ctx.close();
    const mark = events.find((e) => e.name === "beamlet-first-output");
    if (!mark || i === 0) continue;
    const from = mark.ts - first * 1000;
    const mainThreads = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
    let main = 0;
    for (const e of events) if (e.ph === "X" && e.pid === mark.pid && e.ts >= from && e.ts <= mark.ts && e.tdur && mainThreads.has(`${e.pid}:${e.tid}`) && e.cat.split(",").includes("toplevel")) main += e.tdur / 1000;
    res[k].push({ main, first });
  }
}
for (const k of [0, 1]) console.log(k ? "B" : "A", "main CPU median", median(res[k].map((r) => r.main)).toFixed(1), "ms", JSON.stringify(res[k].map((r) => Math.round(r.main))), "first line median", median(res[k].map((r) => r.first)).toFixed(0), "ms");
const d = res[0].map((r, i) => res[1][i].main - r.main);
console.log("B-A per pair main CPU median", median(d).toFixed(1), "ms; B less in", d.filter((x) => x < 0).length, "of", d.length, "; load", os.loadavg()[0].toFixed(1));
await browser.close();
for (const s of servers) s.s.close();
