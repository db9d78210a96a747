// A range's fold (Enum's reduce_range/5, under Enum.reduce, map, each, sum... of a range) chooses
// its direction once: each step compares the element with the last one, without the checks of
// the `and`/`or` of Elixir's guard (two calls of beamlet:check_bool/2 a step in the interpreter).
// What it computes, and its frame in a stack trace, stay Elixir's (traces/enum_*_frames).
import { describe, it, expect, afterAll } from "vitest";
import { Node } from "../../vm/node.ts";
import { setTier } from "../../vm/jit/tier.ts";
import { countBifCalls } from "./bif_calls.ts";
import { runScriptOn } from "./exits.model.ts";

afterAll(() => setTier("auto"));

describe("a range's fold", () => {
  it("tests one comparison a step, up, down, by steps, and ends as Elixir's with a step of 0 or an empty range", async () => {
    const checks = countBifCalls(["beamlet", "check_bool", 2]);
    const src = `
defmodule Folds do
  def run do
    {Enum.reduce(1..10_000, 0, &+/2), Enum.reduce(10_000..1//-1, 0, &+/2), Enum.reduce(1..10_000//7, [], &[&1 | &2]) |> length(),
     Enum.reduce(10..1//-3, [], &[&1 | &2]), Enum.reduce(5..1//1, :empty, &[&1 | &2]), Enum.reduce(1..5//-1, :empty, &[&1 | &2]),
     Enum.reduce(%Range{first: 1, last: 3, step: 0}, :zero, &[&1 | &2]), Enum.map(3..1//-1, &(&1 * 2))}
  end
end
IO.inspect(Folds.run())
`;
    setTier("interp");
    try {
      const before = checks.calls;
      const r = await runScriptOn((host) => new Node(host, { virtualClock: true }), src, 120000);
      expect(r.stdout).toBe("{50005000, 50005000, 1429, [1, 4, 7, 10], :empty, :empty, :zero, [6, 4, 2]}\n");
      // (the script's own code has no `and` or `or`: the library's start and end make a few)
      expect(checks.calls - before).toBeLessThan(100);
    } finally {
      checks.restore();
      setTier("auto");
    }
  });
});
