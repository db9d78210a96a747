// Enum.join/2 of a list of integers takes :beamlet.join_binaries/2's one pass (vm/bifs/
// join_binaries.ts) instead of converting each integer to a binary through String.Chars and
// joining a list of pieces: its work is a reduction an element and one per 16 bytes made, where
// the Elixir path costs several calls an element (2M integers took 4-6x elixir's time, most of it
// collecting the pieces). The outputs are conformance core/enum_join_integers's.
import { describe, it, expect } from "vitest";
import { runElixir } from "./exits.model.ts";

describe("Enum.join of integers", () => {
  it("joins 100,000 integers and binaries in one pass (reductions per element)", async () => {
    const src = `
l = Enum.flat_map(1..50_000, fn i -> [i * 7919 - 200_000, "x#{i}"] end)
{:reductions, r0} = Process.info(self(), :reductions)
s = Enum.join(l, ",")
{:reductions, r1} = Process.info(self(), :reductions)
IO.puts("bytes=#{byte_size(s)} reds=#{r1 - r0}")
`;
    const r = await runElixir(src, 5);
    const m = /bytes=(\d+) reds=(\d+)/.exec(r.stdout);
    expect(m, r.stdout + r.stderr).not.toBeNull();
    const [bytes, reds] = [Number(m![1]), Number(m![2])];
    expect(bytes).toBeGreaterThan(100_000 * 5);
    // one per element and one per 16 bytes, and the calls around it: the Elixir path is 4 or
    // more an element
    expect(reds).toBeLessThan(1.5 * 100_000 + bytes / 16);
  });
});
