// `a..b` of two small integers is built with no BigInt conversion: the range BIF (vm/bifs/
// beamlet_internal.ts) compared first and last as BigInts to choose the step (two BigInt() calls
// per range, and three atoms looked up by name), work that showed in loops making ranges
// (Enum.map over `i..n` per element). Counted here: BigInt() calls while 20,000 ranges are made.
import { describe, it, expect, afterEach } from "vitest";
import { runElixir } from "./exits.model.ts";

const realBigInt = globalThis.BigInt;
afterEach(() => { globalThis.BigInt = realBigInt; });

describe("ranges of small integers", () => {
  it("are made without BigInt conversions", async () => {
    const src = `
defmodule R do
  def make(0, acc), do: acc
  def make(n, acc), do: make(n - 1, [n..(n + 3), (n + 3)..n | acc])
end
rs = R.make(10_000, [])
IO.puts("#{length(rs)} #{inspect(hd(rs))} #{inspect(Enum.at(rs, 1))} #{Enum.sum(Enum.map(rs, &Enum.count/1))}")
`;
    let calls = 0;
    let counting = false;
    const counted = ((v: unknown) => { if (counting) calls++; return realBigInt(v as number); }) as unknown as BigIntConstructor;
    Object.setPrototypeOf(counted, realBigInt);
    globalThis.BigInt = counted;
    counting = true;
    const r = await runElixir(src, 3);
    counting = false;
    expect(r.stdout.trim(), r.stderr).toBe("20000 1..4 4..1//-1 80000");
    // (the rest of the run converts a few; 20,000 ranges made 40,000 before)
    expect(calls, `BigInt() calls: ${calls}`).toBeLessThan(5_000);
  });
});
