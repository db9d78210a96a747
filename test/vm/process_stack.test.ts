// A process's stack past 2^25 slots stays a fast JS array. V8 makes `new Array(n)` of more than
// 2^25 elements a dictionary (a hash table): the doubling that made each bigger stack did so once
// a deep recursion needed that many slots, and copying the live slots into it was a hash insert
// each: the one call that crossed 2^25 took 27 s where the doubling before it took 1 s (and a
// 5,000,000-deep body recursion of 8 live values a frame 22 s, 8 s now). Measured as a ratio of
// CPU times in the same run (crossing / the doubling before): 1.6-2.0 now, 9-28 before.
import { describe, it, expect } from "vitest";
import v8 from "node:v8";
import { Process } from "../../vm/process.ts";
import { Pid } from "../../vm/terms.ts";

v8.setFlagsFromString("--allow-natives-syntax");
const isDictionary = new Function("a", "return %HasDictionaryElements(a)") as (a: unknown[]) => boolean;

const cpuMs = (f: () => void): number => {
  const t = process.cpuUsage();
  f();
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1000;
};

describe("process stack growth", () => {
  it("grows past 2^25 slots as cheaply as below, with fast elements and the live values", () => {
    const p = new Process(new Pid(1));
    const half = (1 << 24) - 8;
    p.ensureStack(half, 0);
    // (a deep recursion's frames fill the slots below the top)
    for (let i = 0; i < half; i++) p.stack[i] = i;
    const below = cpuMs(() => p.ensureStack(half + 100, half));
    const n = p.stack.length;
    for (let i = half; i < n; i++) p.stack[i] = i;
    const crossing = cpuMs(() => p.ensureStack(n + 100, n));
    expect(p.stack.length).toBeGreaterThanOrEqual(n + 100);
    expect(isDictionary(p.stack)).toBe(false);
    expect(p.stack[999]).toBe(999);
    expect(p.stack[n - 1]).toBe(n - 1);
    expect(crossing, `crossing 2^25: ${crossing} ms, the doubling before: ${below} ms`).toBeLessThan(6 * Math.max(below, 50));
    p.stack = [];
  });
});
