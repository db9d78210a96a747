// A compiled function's local callees are compiled at their first call from compiled code, not
// with it (vm/jit/compile.ts compileLocal): a hot function's helper for another clause or an
// error is not compiled in a program's first milliseconds unless it runs, and when it does run it
// is compiled there, without a trip through the interpreter.
import { describe, it, expect, afterAll } from "vitest";
import { Node } from "../../vm/node.ts";
import { setTier } from "../../vm/jit/tier.ts";
import { jitStats } from "../../vm/jit/runtime.ts";
import { atom } from "../../vm/terms.ts";
import { runScriptOn } from "./exits.model.ts";

afterAll(() => setTier("auto"));

/** whether each named function of module M has compiled code after src ran (default tier) */
async function compiledAfter(src: string, names: string[]): Promise<{ stdout: string; compiled: Record<string, boolean>; bails: number }> {
  setTier("auto");
  let node: Node | undefined;
  const before = jitStats.bails;
  const r = await runScriptOn((host) => (node = new Node(host, {})), src, 120000);
  const bails = jitStats.bails - before;
  const v = node!.code.current(atom("Elixir.M"))!;
  const compiled: Record<string, boolean> = {};
  for (const n of names) {
    const fi = v.functions.findIndex((f) => f.name === n);
    expect(fi).toBeGreaterThanOrEqual(0);
    compiled[n] = v.jitFns?.[fi] !== undefined;
  }
  return { stdout: r.stdout, compiled, bails };
}

const MODULE = `
defmodule M do
  def sum([], acc), do: acc
  def sum([x | rest], acc) when is_integer(x), do: sum(rest, acc + x)
  def sum([x | rest], acc), do: sum(rest, acc + other(x))

  defp other(x) when is_float(x), do: round(x)
  defp other(x), do: length(x)
end
`;

describe("local callees of compiled code", () => {
  it("a callee compiled code never calls is not compiled with its caller", async () => {
    const r = await compiledAfter(`${MODULE}\nIO.puts(Enum.reduce(1..300, 0, fn _, a -> a + M.sum(Enum.to_list(1..20), 0) end))`, ["sum", "other"]);
    expect(r.stdout).toBe("63000\n");
    expect(r.compiled).toEqual({ sum: true, other: false });
  });

  it("it is compiled at its first call from compiled code, which goes on compiled", async () => {
    const r = await compiledAfter(`${MODULE}\nIO.puts(Enum.reduce(1..300, 0, fn _, a -> a + M.sum(Enum.to_list(1..20), 0) end))\nIO.puts(M.sum([1, 2.6, [1, 2]], 0))`, ["sum", "other"]);
    expect(r.stdout).toBe("63000\n6\n");
    expect(r.compiled).toEqual({ sum: true, other: true });
    // (the baseline's bails, a script's start and end, are the same in both runs)
    const base = await compiledAfter(`${MODULE}\nIO.puts(Enum.reduce(1..300, 0, fn _, a -> a + M.sum(Enum.to_list(1..20), 0) end))\nIO.puts(M.sum([1, 2, 3], 0))`, ["sum", "other"]);
    expect(r.bails).toBe(base.bails);
  });
});
