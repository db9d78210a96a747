// String.to_charlist/1 of a large binary builds its list once, from the end of the binary: it
// was built from the start and then reversed a chunk at a time (vm/bifs/string_chunked_lists.ts),
// a second pass over every cell, and the work showed in the reductions charged (200,000 code
// points of "aé€😀": 760,033 reductions before, 360,021 now). The list and the errors of invalid
// UTF-8 are conformance reliability/charlist_backward's.
import { describe, it, expect } from "vitest";
import { runElixir } from "./exits.model.ts";

describe("String.to_charlist of a large binary", () => {
  it("builds each cell once", async () => {
    const src = `
s = String.duplicate("aé€😀", 50_000)
{:reductions, r0} = Process.info(self(), :reductions)
l = String.to_charlist(s)
{:reductions, r1} = Process.info(self(), :reductions)
IO.puts("n=#{length(l)} same=#{l == :unicode.characters_to_list(s)} reds=#{r1 - r0}")
`;
    const r = await runElixir(src, 3);
    const m = /n=(\d+) same=(\w+) reds=(\d+)/.exec(r.stdout);
    expect(m, r.stdout + r.stderr).not.toBeNull();
    expect(Number(m![1])).toBe(200_000);
    expect(m![2]).toBe("true");
    // building then reversing charged 3.8 a code point, building once 1.8
    expect(Number(m![3])).toBeLessThan(2.5 * 200_000);
  });
});
