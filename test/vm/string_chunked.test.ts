// String functions on large binaries run in chunks (vm/bifs/string_chunked.ts): while one process
// takes String.length, String.upcase and String.split of a 1 MB binary (ASCII: the grapheme
// segmenter of this Node is slow, and the non-ASCII results are checked by the conformance
// program reliability/string_big.exs), a ticking process keeps
// getting slices (deterministic node). Before, each call decoded the whole binary into one JS
// string in a single step: the ticker ran only between the calls (and 200 MB froze the node).
import { describe, it, expect } from "vitest";
import { runTickerHog } from "./ticker_hog.model.ts";

const hog = (calls: number) => ({
  module: "Spin",
  hogClauses: `
  def hog(_b, 0), do: :ok
  def hog(b, n) do
    1_048_576 = String.length(b)
    1_048_576 = byte_size(String.upcase(b))
    131_073 = length(String.split(b, ","))
    hog(b, n - 1)
  end`,
  setup: `b = String.duplicate("hello w,", 131_072)`,
  hogCall: `Spin.hog(b, ${calls})`,
});

describe("String functions on a large binary yield (deterministic node)", () => {
  for (const seed of [7, 2026]) {
    it(`String.length/upcase/split of 1 MB let a ticking process run (seed ${seed})`, async () => {
      const calls = 3;
      const bytes = 131_072 * 8;
      const { ticks, reds, stdout } = await runTickerHog(hog(calls), seed);
      // one reduction per 16 bytes, three functions a call
      expect(reds, `seed ${seed}`).toBeGreaterThanOrEqual((calls * 3 * bytes) / 16);
      // 3 calls x 3 functions x 16 chunks of 64 KB: ~140 slices; the ticker sends ~35 ticks in
      // each slice it gets. Whole-binary calls would give it at most ~9 slices.
      expect(ticks, `seed ${seed}: ${stdout}`).toBeGreaterThanOrEqual(60 * 35);
    });
  }
});
