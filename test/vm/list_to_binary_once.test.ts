// list_to_binary/1 and iolist_to_binary/1 of a long iolist walk it once, into a buffer that
// doubles as it fills (vm/bifs/list_jobs.ts iolistJob): they walked it twice, once for the size
// and once to copy, and the work showed in the reductions charged (400,000 bytes as a list:
// 1,608,780 reductions before, 817,144 now). Errors and nested shapes are conformance
// reliability/iolist_one_walk's.
import { describe, it, expect } from "vitest";
import { runElixir } from "./exits.model.ts";

describe("list_to_binary of a long list", () => {
  it("walks the list once", async () => {
    const src = `
l = :binary.bin_to_list(:binary.copy("abcdefgh", 50_000))
{:reductions, r0} = Process.info(self(), :reductions)
b = :erlang.list_to_binary(l)
{:reductions, r1} = Process.info(self(), :reductions)
IO.puts("bytes=#{byte_size(b)} same=#{b == :binary.copy("abcdefgh", 50_000)} reds=#{r1 - r0}")
`;
    const r = await runElixir(src, 3);
    const m = /bytes=(\d+) same=(\w+) reds=(\d+)/.exec(r.stdout);
    expect(m, r.stdout + r.stderr).not.toBeNull();
    expect(Number(m![1])).toBe(400_000);
    expect(m![2]).toBe("true");
    // two walks charged ~4 a byte, one ~2
    expect(Number(m![3])).toBeLessThan(3 * 400_000);
  });
});
