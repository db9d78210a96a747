// String graphemes of long non-ASCII text: V8's Intl.Segmenter slows with the square of the text
// it is given (300,000 graphemes in one string took minutes), so graphemes() segments pieces cut
// at grapheme boundaries. The split must match segmenting the whole text at once.
import { describe, it, expect } from "vitest";
import { graphemes } from "../../vm/bifs/elixir_string.ts";

const seg = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const whole = (s: string) => Array.from(seg.segment(s), (x) => x.segment);

describe("graphemes of long text", () => {
  it("cuts pieces only at grapheme boundaries", () => {
    const seed = 42;
    console.log(`seed ${seed}`);
    let x = seed;
    const rnd = (n: number) => ((x = (x * 1103515245 + 12345) & 0x7fffffff), x % n);
    const parts = ["a", "é", "e\u0301", "🎉", "👨‍👩‍👧", "🇯🇵", "🇫", "\r\n", "\r", "\n", "한", "\u1100\u1161\u11a8", "x\u200d", "\u0301", "👍🏽", " "];
    const cases = ["🇫".repeat(3001), "a" + "🇫".repeat(3001), "e" + "\u0301".repeat(5000) + "b", "é".repeat(3000) + "\r\n" + "ab".repeat(1000), "\r\n".repeat(2000), "👨‍👩‍👧".repeat(900)];
    for (let r = 0; r < 30; r++) cases.push(Array.from({ length: 500 + rnd(3000) }, () => parts[rnd(r % 2 ? parts.length : 8)]).join(""));
    for (const s of cases) expect(graphemes(s)).toEqual(whole(s));
  });
  it("segments 600,000 non-ASCII graphemes (minutes when given to the segmenter whole)", () => {
    const g = graphemes("aé🎉".repeat(200_000));
    expect(g.length).toBe(600_000);
    expect(g.slice(0, 4)).toEqual(["a", "é", "🎉", "a"]);
    expect(g[599_999]).toBe("🎉");
  });
});
