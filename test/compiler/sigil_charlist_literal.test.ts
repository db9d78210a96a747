// `~c"..."` without interpolation is a literal charlist, as Kernel.sigil_c/2 expands to at compile
// time: `c in ~c" \t"` is then two comparisons, as `c in [32, 9]`, not String.to_charlist/1 and
// Enum.member?/2 at every test (a lexer's whitespace clause was a tenth of its time). Counted in
// reductions: the loop costs no more with the sigil than with the list written out (4.7x more
// before).
import { it, expect } from "vitest";
import { Node } from "../../vm/node.ts";
import { runScriptOn } from "../vm/exits.model.ts";

it("c in ~c\" \\t\" costs what c in [32, 9] costs", async () => {
  const r = await runScriptOn((host) => new Node(host), `
defmodule Ws do
  def sigil(<<c, r::binary>>, n) when c in ~c" \\t", do: sigil(r, n + 1)
  def sigil(<<_, r::binary>>, n), do: sigil(r, n)
  def sigil(<<>>, n), do: n
  def list(<<c, r::binary>>, n) when c in [32, 9], do: list(r, n + 1)
  def list(<<_, r::binary>>, n), do: list(r, n)
  def list(<<>>, n), do: n
  def body(c), do: c in ~c"ab"
end
text = String.duplicate("a b\\tc  ", 2000)
reds = fn f ->
  {:reductions, r0} = Process.info(self(), :reductions)
  n = f.()
  {:reductions, r1} = Process.info(self(), :reductions)
  {n, r1 - r0}
end
{n1, r1} = reds.(fn -> Ws.sigil(text, 0) end)
{n2, r2} = reds.(fn -> Ws.list(text, 0) end)
IO.inspect({n1, n2, r1 <= r2, ~c"x\\ty", Ws.body(?b), Ws.body(?c)})
`, 60000);
  expect(r.stdout).toBe(`{8000, 8000, true, 'x\\ty', true, false}\n`);
});
