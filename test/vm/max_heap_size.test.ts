// max_heap_size's report and the node's memory guard (vm/max_heap_size.ts, vm/memory_guard.ts).
// The conformance program processes/max_heap_size.exs covers the flag, spawn_opt and the kill
// with goldens from Elixir; the report's GC figures are the emulator's own, so its shape is
// checked here against the text OTP 25 printed (Logger's console format).
import { describe, it, expect } from "vitest";
import { Node } from "../../vm/node.ts";
import { runElixir, runScriptOn, failureReport } from "./exits.model.ts";
import { termWords } from "../../vm/heap_size.ts";
import { bin, list, tuple, atom, Float } from "../../vm/terms.ts";
import { mapFromEntries } from "../../vm/map.ts";

// the report as `elixir` printed it for a process past a 10,000-word bound (figures masked)
const REPORT = /^\n\d\d:\d\d:\d\d\.\d{3} \[error\]      Process:            #PID<0\.\d+\.0> \n     Context:            maximum heap size reached\n     Max Heap Size:      10000\n     Total Heap Size:    \d+\n     Kill:               true\n     Error Logger:       true\n     Message Queue Len:  0\n     GC Info:            \[\n  old_heap_block_size: \d+,\n  heap_block_size: \d+,\n  mbuf_size: \d+,\n  recent_size: \d+,\n  stack_size: \d+,\n  old_heap_size: \d+,\n  heap_size: \d+,\n  bin_vheap_size: \d+,\n  bin_vheap_block_size: 46422,\n  bin_old_vheap_size: \d+,\n  bin_old_vheap_block_size: 46422\n\]\n\n/m;

const RUNAWAY = `
defmodule R do
  def grow(acc, n), do: grow([n | acc], n + 1)
end
other = spawn(fn -> receive do: (:ping -> IO.puts("other alive")) end)
{_pid, ref} = spawn_monitor(fn -> R.grow([], 0) end)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason, label: "runaway")
end
send(other, :ping)
Process.sleep(100)
IO.puts("node still running")
`;

describe("max_heap_size", () => {
  it("a process past its bound is reported as the BEAM reports it, then killed", async () => {
    const src = `
{_pid, ref} = spawn_monitor(fn ->
  Process.flag(:max_heap_size, 10_000)
  Enum.reduce(1..1_000_000, [], fn i, acc -> [i | acc] end)
end)
receive do
  {:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason)
end
# the report comes from the emulator, asynchronously (as a plain spawn's crash report)
Process.sleep(1000)
Logger.flush()
`;
    const r = await runElixir(src, 1, 60000);
    if (!r.stdout.startsWith(":killed\n") || !REPORT.test(r.stdout.slice(":killed\n".length))) throw new Error(failureReport(1, src, ":killed and the report", r));
    const total = Number(/Total Heap Size:    (\d+)/.exec(r.stdout)![1]);
    // caught past the bound, but within a few times it (the BEAM's heap grows in similar steps)
    expect(total).toBeGreaterThan(10_000);
    expect(total).toBeLessThan(40_000);
  });

  it("counts shared subterms once, as the BEAM's heap keeps them", () => {
    // {t, t} nested 60 deep: 180 words on the BEAM (:erts_debug.size), 2^60 times more flat
    let t: any = atom("a");
    for (let i = 0; i < 60; i++) t = tuple(t, t);
    expect(termWords([t])).toBe(180);
    // (the guard's walk, without a visited set, remembers containers while it has room for them)
    expect(termWords([t], 1000, false)).toBe(180);
    // sizes :erts_debug.flat_size/1 gives on OTP 25 (64-bit)
    const sized: [unknown, number][] = [
      [list([1, 2, 3]), 6], [tuple(1, 2), 3], [tuple(), 0], [new Float(1), 2], [bin("abc"), 3],
      [bin("a".repeat(64)), 10], [bin("a".repeat(65)), 6], [1n << 64n, 3], [1n << 200n, 5],
      [mapFromEntries([]), 3], [mapFromEntries([[atom("a"), 1]]), 6], [mapFromEntries([[atom("a"), 1], [atom("b"), 2]]), 8],
    ];
    for (const [term, words] of sized) expect(termWords([term as any])).toBe(words);
  });
});

describe("the node's memory guard", () => {
  it("kills a process that would exhaust the host's heap; the others and the node run on", async () => {
    // a host whose heap is 80% full every other reading (so the guard searches often), with a
    // limit that makes its per-process share 200,000 words
    const limit = 200_000 * 24 * 2;
    let readings = 0;
    const r = await runScriptOn((host) => new Node({ ...host, heapUsage: () => ({ used: (readings++ % 2 ? 0.8 : 0.5) * limit, limit }) }, { deterministic: { seed: 5 } }), RUNAWAY, 60000);
    const want = "runaway: :killed\nother alive\nnode still running\n";
    const out = r.stdout.replace(/\n\d\d:\d\d:\d\d\.\d{3} \[error\] [^]*?\n\]\n\n/, "");
    if (out !== want || !/Max Heap Size:      200000\n/.test(r.stdout)) throw new Error(failureReport(5, RUNAWAY, want, r));
    expect(r.code).toBe(0);
  });

  it("reports the script's main process when it is the one killed (the node halts at once after)", async () => {
    // Logger would print the report after the node had already halted on the main process's exit
    const src = `
defmodule R do
  def grow(acc, n), do: grow([n | acc], n + 1)
end
IO.puts("start")
R.grow([], 0)
`;
    // a host whose heap fills as the process grows
    const limit = 200_000 * 24 * 2;
    let readings = 0;
    const r = await runScriptOn((host) => new Node({ ...host, heapUsage: () => ({ used: Math.min(0.95, 0.75 + 0.001 * readings++) * limit, limit }) }, { deterministic: { seed: 3 } }), src, 60000);
    const want = /^start\n\n\d\d:\d\d:\d\d\.\d{3} \[error\]      Process:            #PID<0\.\d+\.0> \n     Context:            maximum heap size reached\n     Max Heap Size:      200000\n[^]*\n\]\n\n$/;
    if (!want.test(r.stdout) || !/\*\* \(EXIT from #PID<[\d.]+>\) killed/.test(r.stderr)) throw new Error(failureReport(3, src, "start and the report", r));
    expect(r.code).toBe(1);
  });

  it("measures the running process from 30% of the heap, before the node is short of memory", async () => {
    // a runaway is killed soon after it passes its bound: waiting for 70% of the heap let it
    // grow three times past it, and the host's last collections of a nearly full heap take seconds
    // a host whose heap fills as the process grows, never past 69%
    const limit = 200_000 * 24 * 2;
    let readings = 0;
    const r = await runScriptOn((host) => new Node({ ...host, heapUsage: () => ({ used: Math.min(0.69, 0.31 + 0.001 * readings++) * limit, limit }) }, { deterministic: { seed: 5 } }), RUNAWAY, 60000);
    const want = "runaway: :killed\nother alive\nnode still running\n";
    const out = r.stdout.replace(/\n\d\d:\d\d:\d\d\.\d{3} \[error\] [^]*?\n\]\n\n/, "");
    if (out !== want || !/Max Heap Size:      200000\n/.test(r.stdout)) throw new Error(failureReport(5, RUNAWAY, want, r));
  });

  it("counts a deep recursion's shared list once: 200,000 frames holding its tails, or 50 funs holding it, run on", async () => {
    // sum([h | t]) keeps t in every frame: counted once a frame, the list made the measure
    // quadratic (and the stack counted as BEAM words of 24 bytes), so a recursion far below its
    // share was killed (10M deep over a 10M list, which the BEAM runs in 1.2 GB)
    const src = `
defmodule S do
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)
  # every frame holds the same map
  def count([], m), do: map_size(m)
  def count([_ | t], m), do: 1 + count(t, m)
end
list = Enum.to_list(1..200_000)
IO.inspect(S.sum(list))
IO.inspect(S.count(list, Map.new(1..1000, &{&1, &1})))
# fifty funs holding the same list
funs = for i <- 1..50, do: fn -> i + S.count(list, %{}) end
IO.inspect(Enum.sum(for f <- funs, do: f.()))
`;
    // a heap filling up as the recursion goes deeper, so the running process is measured again
    // and again (from 30% full, at each 5% more); a share of 2,000,000 words
    const limit = 2_000_000 * 24 * 2;
    let readings = 0;
    const r = await runScriptOn((host) => new Node({ ...host, heapUsage: () => ({ used: Math.min(0.69, 0.3 + 0.002 * readings++) * limit, limit }) }, { deterministic: { seed: 7 } }), src, 60000);
    const want = "20000100000\n201000\n10001275\n";
    if (r.stdout !== want) throw new Error(failureReport(7, src, want, r));
  });

  it("leaves everything alone while the heap has room", async () => {
    const src = `
list = Enum.to_list(1..300_000)
IO.inspect(length(list))
`;
    const limit = 200_000 * 24 * 2;
    const r = await runScriptOn((host) => new Node({ ...host, heapUsage: () => ({ used: 0.5 * limit, limit }) }, { deterministic: { seed: 2 } }), src, 60000);
    expect(r.stdout).toBe("300000\n");
  });
});
