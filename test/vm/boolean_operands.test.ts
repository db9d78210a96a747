// `and` and `or` check their left operand at run time (beamlet:check_bool/2: BadBooleanError, or a
// failing guard) unless it is one of Kernel's comparisons or type checks, whose value is a
// boolean (compiler/boolean_valued.ts): a guard such as `is_integer(c) and c >= ?a` makes no BIF
// call in the interpreter. A module's own operator (Kernel's left out by an import) keeps the check.
import { describe, it, expect, afterAll } from "vitest";
import { Node } from "../../vm/node.ts";
import { setTier } from "../../vm/jit/tier.ts";
import { countBifCalls } from "./bif_calls.ts";
import { runScriptOn } from "./exits.model.ts";

afterAll(() => setTier("auto"));

describe("the left operand of and/or", () => {
  it("is not checked when Kernel's comparison or type check made it; a module's own operator's still is", async () => {
    const checks = countBifCalls(["beamlet", "check_bool", 2]);
    const src = `
defmodule Own do
  import Kernel, except: [<: 2]
  def a < _b, do: a
  def f(x, y), do: (x < y) and true
end
defmodule G do
  def kind(c) when is_integer(c) and c >= ?a and c <= ?z, do: :lower
  def kind(c) when c in ?0..?9 or c == ?_, do: :digit
  def kind(c) when not is_atom(c) or c == nil, do: :other
  def kind(_), do: :atom
  def body(x, y), do: (x == 1 and x != 2) or y
  def count(0, acc), do: acc
  def count(n, acc), do: count(n - 1, if(kind(rem(n, 128)) == :lower and body(rem(n, 3), true), do: acc + 1, else: acc))
end
IO.inspect({G.count(5000, 0), Enum.map([?b, ?5, ?_, 1.5, nil, :x], &G.kind/1)})
try do Own.f(1, 2) rescue e -> IO.inspect(e) end
`;
    setTier("interp");
    try {
      const before = checks.calls;
      const r = await runScriptOn((host) => new Node(host, { virtualClock: true }), src, 120000);
      expect(r.stdout).toBe("{1014, [:lower, :digit, :digit, :other, :other, :atom]}\n%BadBooleanError{term: 1, operator: :and}\n");
      // (Own.f's check, and a few of the library's start and end; 5000 loops made 20,000 and more)
      expect(checks.calls - before).toBeLessThan(200);
    } finally {
      checks.restore();
      setTier("auto");
    }
  });
});
