// A binary is three fields (vm/terms.ts Bin: its bytes' array, offset and size): a bitstring that
// is not whole bytes has a fourth, its tailBits, and a long binary's decoded text is kept aside.
// Each field was a word more in every binary every minor GC copies (1M live short binaries: peak
// RSS 317 -> 277 MB).
import { describe, it, expect } from "vitest";
import { bin, decimalBin, Bin, utf8Encode } from "../../vm/terms.ts";
import { subBits } from "../../vm/binary.ts";
import { buildBinary, type BinSpecs } from "../../vm/binary_build.ts";

const BITS: BinSpecs = [
  { type: "binary", size: null, unit: 1, signed: false, little: false, dynSize: false },
  { type: "integer", size: 3, unit: 1, signed: false, little: false, dynSize: false },
];

describe("a binary's fields", () => {
  it("a binary has three fields of its own, whatever made it", () => {
    const made: Bin[] = [bin("abc"), bin("é".repeat(100)), bin(""), decimalBin(123456), new Bin(utf8Encode("x".repeat(300))), bin("abcdef").slice(1, 4)];
    for (const b of made) {
      expect(Object.keys(b).sort()).toEqual(["buf", "off", "size"]);
      expect(b.tailBits).toBe(0);
      expect(b.isBinary).toBe(true);
    }
  });

  it("a bitstring that is not whole bytes has its tailBits as a fourth", () => {
    const b = buildBinary(BITS, [bin("a"), 5], 0);
    expect(b.tailBits).toBe(3);
    expect(b.bitSize).toBe(11);
    expect(b.isBinary).toBe(false);
    expect(Object.keys(b)).toContain("tailBits");
    const s = subBits(bin("abc"), 4, 13);
    expect([s.tailBits, s.bitSize, s.size]).toEqual([5, 13, 2]);
    // binaries made after one stay without it
    expect(bin("x").tailBits).toBe(0);
    expect(Object.keys(bin("y"))).not.toContain("tailBits");
  });

  it("reads its text as its bytes say, short or long, given or decoded", () => {
    const cases = ["", "a", "plain ascii", "héllo wörld", "x".repeat(64), "y".repeat(65), "ü".repeat(40), "emoji 🎉 ".repeat(20)];
    for (const s of cases) {
      expect(bin(s).toString()).toBe(s);
      expect(new Bin(utf8Encode(s)).toString()).toBe(s);
      expect(`${bin(s)}`).toBe(s);
    }
    // a short range of a longer binary, in place
    expect(bin("0123456789").slice(2, 5).toString()).toBe("234");
    // invalid UTF-8 as U+FFFD, short and long
    expect(new Bin(new Uint8Array([0x61, 0xff, 0x62])).toString()).toBe("a\ufffdb");
    expect(new Bin(new Uint8Array(100).fill(0xff)).toString()).toBe("\ufffd".repeat(100));
    // a long one's text is decoded once and kept
    const long = new Bin(utf8Encode("z".repeat(500)));
    expect(long.toString()).toBe(long.toString());
  });
});
