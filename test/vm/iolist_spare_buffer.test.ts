// iolist_to_binary/1 of a long iolist walks it into a buffer kept for the next long walk
// (vm/bifs/list_jobs.ts iolistJob's spare): each walk made a buffer of 64 KB, then doubled it as it
// filled (V8 zeroes each, and each doubling copies), a fifth of IO.iodata_to_binary's time for
// 100,000 [binary, ?,] pairs. Counted here: walk buffers made while ten iolists of
// 300 to 480 KB are joined, shorter after longer (a walk's binary holds its own bytes only), one
// walk failing half-way, and two processes' walks interleaved.
import { describe, it, expect, afterEach } from "vitest";
import { runElixir } from "./exits.model.ts";

const RealUint8Array = globalThis.Uint8Array;
afterEach(() => { globalThis.Uint8Array = RealUint8Array; });

describe("iolist_to_binary of long iolists", () => {
  it("reuses one walk buffer", async () => {
    const src = `
defmodule W do
  def io(n, tag), do: List.duplicate([tag, ?,, [?x | "yz"]], n)
  def check(n, tag) do
    b = :erlang.iolist_to_binary(io(n, tag))
    b == :binary.copy(tag <> ",xyz", n)
  end
end
sizes = [60_000, 40_000, 50_000, 30_000, 60_000, 45_000, 35_000, 50_000]
oks = for {n, i} <- Enum.with_index(sizes), do: W.check(n, "t#{i}")
bad = try do
  :erlang.iolist_to_binary(W.io(40_000, "ab") ++ [:x])
rescue
  e -> Exception.message(e) |> String.split("\\n") |> Enum.at(2) |> String.trim()
end
me = self()
for tag <- ["p", "q"], do: spawn(fn -> send(me, {tag, W.check(70_000, tag)}) end)
both = for tag <- ["p", "q"], do: (receive do {^tag, ok} -> ok end)
IO.puts("#{Enum.all?(oks)} #{W.check(20_000, "last")} #{inspect(both)} #{bad}")
`;
    let big = 0;
    globalThis.Uint8Array = new Proxy(RealUint8Array, {
      construct(target, args, newTarget) {
        // (a walk buffer: 64 KB doubled; the binaries made are of other sizes)
        const n = args[0];
        if (typeof n === "number" && n >= 1 << 16 && (n & (n - 1)) === 0) big++;
        return Reflect.construct(target, args, newTarget);
      },
    });
    const r = await runElixir(src, 3);
    globalThis.Uint8Array = RealUint8Array;
    expect(r.stdout.trim(), r.stderr).toBe("true true [true, true] * 1st argument: not an iodata term");
    // (a buffer per walk, doubled from 64 KB to 512 KB: 43 made before; the first walk's three, a
    // second one while two walks run at once, and what the rest of the run makes, now)
    expect(big, `walk buffers made: ${big}`).toBeLessThan(12);
  });
});
