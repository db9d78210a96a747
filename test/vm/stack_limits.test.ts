// A process's stack has a bound (vm/process.ts StackLimits: V8 aborts the whole host when a JS
// array grows past 2^27 elements): a call past it raises system_limit in that process, which may
// rescue it, and the node runs on. The defaults (29M frames) are reached only after minutes and
// gigabytes, so the bound is lowered here; below it nothing changes (reliability/deep_recursion_*
// run 1M and 10M deep with goldens from Elixir).
import { describe, it, expect } from "vitest";
import { Node } from "../../vm/node.ts";
import { runScriptOn, failureReport } from "./exits.model.ts";

// (Logger silenced: the spawned process's crash report, printed or not before the halt as the
// seed interleaves it with the script's end, is not what this test is about)
const SRC = `
Logger.configure(level: :none)
defmodule Deep do
  def down(0), do: 0
  def down(n), do: 1 + down(n - 1)
  def via_fun(0, _f), do: 0
  def via_fun(n, f), do: 1 + f.(n - 1, f)
  def tries(0), do: 0
  def tries(n) do
    try do
      1 + tries(n - 1)
    after
      :ok
    end
  end
  # tail calls take no frame
  def loop(0, acc), do: acc
  def loop(n, acc), do: loop(n - 1, acc + 1)
end
IO.inspect(Deep.down(9_000))
IO.inspect(try do Deep.down(20_000) rescue e -> e end)
f = fn n, g -> Deep.via_fun(n, g) end
IO.inspect(try do Deep.via_fun(20_000, f) rescue e -> e end)
IO.inspect(try do Deep.tries(5_000) rescue e -> e end)
IO.inspect(Deep.loop(1_000_000, 0))
{_pid, ref} = spawn_monitor(fn -> Deep.down(50_000) end)
receive do
  {:DOWN, ^ref, :process, _, {reason, [top | _]}} -> IO.inspect({reason, elem(top, 0), elem(top, 1)})
end
IO.inspect(Deep.down(9_000))
`;

describe("a process's stack bound", () => {
  for (const seed of [1, 2]) {
    it(`a call past it is system_limit in the process, rescued or its exit reason; the node runs on (seed ${seed})`, async () => {
      const r = await runScriptOn((host) => new Node(host, { deterministic: { seed }, stackLimits: { frames: 10_000, slots: 1_000_000, handlerInts: 8_000 } }), SRC, 60000);
      const limit = "%SystemLimitError{message: \"a system limit has been reached\"}";
      const want = `9000\n${limit}\n${limit}\n${limit}\n1000000\n{:system_limit, Deep, :down}\n9000\n`;
      if (r.stdout !== want) throw new Error(failureReport(seed, SRC, want, r));
      expect(r.code).toBe(0);
    });
  }

  it("counts stack slots too: a frame with many locals reaches it sooner", async () => {
    const src = `
defmodule Wide do
  def go(0), do: 0
  def go(n) do
    {a, b, c, d, e, f, g, h} = {n, n, n, n, n, n, n, n}
    a + b + c + d + e + f + g + h + go(n - 1) - 7 * n
  end
end
IO.inspect(Wide.go(500))
IO.inspect(try do Wide.go(5_000) rescue e -> e end)
`;
    const r = await runScriptOn((host) => new Node(host, { deterministic: { seed: 3 }, stackLimits: { frames: 1_000_000, slots: 20_000, handlerInts: 1_000_000 } }), src, 60000);
    const want = "125250\n%SystemLimitError{message: \"a system limit has been reached\"}\n";
    if (r.stdout !== want) throw new Error(failureReport(3, src, want, r));
  });
});
