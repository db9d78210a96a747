// A report the library fails to format (an Inspect implementation that throws again while the
// failure is reported) still ends: a crash report's own crash is reported once, the report of
// that one's crash is printed plainly (before, each failed report was reported again without
// end), and the script's exit report that fails is printed plainly and halts the node with 1
// (before, nothing was left to halt it and the run never ended; real elixir exits with 1 then too,
// after an "init terminating in do_boot" crash dump, which beamlet does not write).
import { describe, it } from "vitest";
import { runElixir, failureReport } from "./exits.model.ts";

const BAD = `
defmodule Bad do
  defstruct [:a]
  defimpl Inspect do
    def inspect(_, _), do: throw(struct(Bad, a: 2))
  end
end
`;

describe("reports that fail", () => {
  it("a crash report whose report fails the same way is printed plainly, and reports end", async () => {
    const src = BAD + `
spawn(fn -> :erlang.error(struct(Bad, a: 1)) end)
Process.sleep(100)
IO.puts("node alive")
`;
    const r = await runElixir(src, 5, 60000);
    const want = /^\n\[error\] Process #PID<[\d.]+> raised an exception\n\*\* \(ErlangError\) \{:nocatch, %Bad\{a: 2\}\}\nnode alive\n$/;
    if (r.code !== 0 || !want.test(r.stdout)) throw new Error(failureReport(5, src, String(want), r));
  });

  it("the script's exit report that fails is printed plainly and the node halts with 1", async () => {
    const src = BAD + `
IO.puts("start")
spawn_link(fn -> exit(struct(Bad, a: 1)) end)
Process.sleep(:infinity)
`;
    const r = await runElixir(src, 6, 30000);
    if (r.code !== 1 || r.stdout !== "start\n" || !/^\*\* \(EXIT from #PID<[\d.]+>\) %Bad\{a: 1\}\n\n$/.test(r.stderr)) {
      throw new Error(failureReport(6, src, "start\n, and on stderr ** (EXIT from #PID<...>) %Bad{a: 1}, status 1", r));
    }
  });
});
