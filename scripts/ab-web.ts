// A/B comparison of browser builds' start-up (the first-output figure of scripts/measure-web.ts):
// each directory served by the playground's static server, fresh-context visits interleaved
// (A, B, B, A ...) so that each sees the same machine load; medians printed, and each build's
// difference from A visit by visit.
//   npx tsx scripts/ab-web.ts DIR_A DIR_B [DIR_C ...] [--runs N]
import * as os from "node:os";
import type { AddressInfo } from "node:net";
import { launchChromium } from "../web/build/chromium.ts";
import { staticServer } from "../cli/playground.ts";

const args = process.argv.slice(2);
const runsAt = args.indexOf("--runs");
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 15;
const dirs = args.filter((a, i) => !a.startsWith("--") && (runsAt < 0 || i !== runsAt + 1));
if (dirs.length < 2) throw new Error("usage: npx tsx scripts/ab-web.ts DIR_A DIR_B [DIR_C ...] [--runs N]");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const servers = await Promise.all(
  dirs.map(async (dir) => {
    const server = staticServer(dir);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
  }),
);
const browser = await launchChromium();
const results: { first: number; script: number; node: number; fetched: number; requests: number }[][] = dirs.map(() => []);
const loads: number[] = [];
try {
  for (let i = 0; i <= runs; i++) {
    const ks = dirs.map((_, k) => k);
    for (const k of i % 2 ? ks.reverse() : ks) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await page.goto(servers[k].url);
      await page.waitForFunction(() => performance.getEntriesByName("beamlet-first-output").length > 0, null, { timeout: 60_000, polling: 10 });
      const [script, node, first] = (await page.evaluate(`["beamlet-script-start", "beamlet-node-ready", "beamlet-first-output"].map((n) => performance.getEntriesByName(n)[0].startTime)`)) as number[];
      const [fetched, requests] = (await page.evaluate(`(() => { const r = performance.getEntriesByType("resource").filter((e) => e.startTime < ${first}); return [Math.max(...r.map((e) => e.responseEnd)), r.length + 1]; })()`)) as number[];
      await ctx.close();
      // the first visit of each fills the server's gzip cache
      if (i > 0) results[k].push({ first, script, node, fetched, requests });
    }
    loads.push(os.loadavg()[0]);
  }
} finally {
  await browser.close();
  for (const s of servers) s.server.close();
}
results.forEach((r, k) => {
  const firsts = r.map((x) => x.first);
  console.log(`${"ABCDEFGH"[k]} ${dirs[k]}: first output ${median(firsts).toFixed(0)} ms median (${Math.min(...firsts).toFixed(0)}-${Math.max(...firsts).toFixed(0)}), last file fetched ${median(r.map((x) => x.fetched)).toFixed(0)} ms, modules running ${median(r.map((x) => x.script)).toFixed(0)} ms, node ready ${median(r.map((x) => x.node)).toFixed(0)} ms, ${median(r.map((x) => x.requests))} requests, ${r.length} runs`);
});
// each later build against A, visit by visit (the two visits of a round see about the same load):
// the median of the differences and their middle half, steadier than a difference of medians
// when the machine's load swings
const quartile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))];
for (let k = 1; k < dirs.length; k++) {
  const d = results[k].map((x, i) => x.first - results[0][i].first);
  const faster = d.filter((x) => x < 0).length;
  console.log(`${"ABCDEFGH"[k]} - A, visit by visit: first output ${median(d) >= 0 ? "+" : ""}${median(d).toFixed(0)} ms median (middle half ${quartile(d, 0.25).toFixed(0)} to ${quartile(d, 0.75).toFixed(0)}), ${"ABCDEFGH"[k]} sooner in ${faster} of ${d.length}`);
}
console.log(`load average ${Math.min(...loads).toFixed(1)}-${Math.max(...loads).toFixed(1)}`);
