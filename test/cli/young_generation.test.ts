// The bundle's loader (scripts/bundle_loader.mjs) has V8 grow its young generation eightfold at a
// time, not twofold: start-up's scavenges grow it to 8 MB a semi-space at once, so a short
// program's first work does not start with it nearly full. Read from V8's own trace of each
// scavenge (--trace-gc: the heap's size, and in brackets the memory it holds, before and after).
import { describe, it, expect } from "vitest";
import { join } from "node:path";
import { beamlet, run, ROOT } from "../e2e/helpers.ts";

/** the largest growth of the heap's held memory (MB) at one scavenge of a run's --trace-gc lines */
function largestGrowth(trace: string): number {
  let most = 0;
  for (const m of trace.matchAll(/Scavenge [\d.]+ \(([\d.]+)\) -> [\d.]+ \(([\d.]+)\) MB/g)) most = Math.max(most, Number(m[2]) - Number(m[1]));
  return most;
}

describe("the young generation", () => {
  it("grows eightfold at a scavenge of start-up, and twofold when the run sets V8's factor itself", async () => {
    // (through cli/bin.js first: the bundle is rebuilt if a source is newer)
    expect((await beamlet(["run", "examples/hello.exs"], { cwd: ROOT })).code).toBe(0);
    const hello = (flags: string[]) => run(process.execPath, [...flags, join(ROOT, "dist", "beamlet.mjs"), "run", "examples/hello.exs"], { cwd: ROOT });
    const grown = await hello(["--trace-gc"]);
    expect(grown.stdout).toContain("hello, world\n");
    // 1 MB to 8 MB a semi-space: 14 MB more held (twofold: 2 MB)
    expect(largestGrowth(grown.stdout)).toBeGreaterThanOrEqual(10);
    const own = await hello(["--trace-gc", "--semi-space-growth-factor=2"]);
    expect(own.stdout).toContain("hello, world\n");
    expect(largestGrowth(own.stdout)).toBeLessThan(10);
  });
});
