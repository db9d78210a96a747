// Small binaries are views into a shared slab (vm/small_bytes.ts): they share it without touching
// each other's bytes, and binaries big enough to be appended to in place keep a buffer of their own.
import { describe, it, expect } from "vitest";
import { smallBytes } from "../../vm/small_bytes.ts";
import { bin, Bin } from "../../vm/terms.ts";
import { buildBinary, type BinSpecs } from "../../vm/binary_build.ts";

const APPEND: BinSpecs = [
  { type: "binary", size: null, unit: 8, signed: false, little: false, dynSize: false },
  { type: "binary", size: null, unit: 8, signed: false, little: false, dynSize: false },
];

describe("small binaries in a shared slab", () => {
  it("short binaries share a buffer and keep their own bytes while many more are built", () => {
    const a = bin("word1"), b = bin("word22");
    expect(a.bytes.buffer).toBe(b.bytes.buffer);
    const kept: [Bin, string][] = [];
    for (let i = 0; i < 5000; i++) {
      const s = `n${i}-${"x".repeat(i % 60)}`;
      kept.push([bin(s), s]);
    }
    for (const [x, s] of kept) expect(Buffer.from(x.bytes).toString("latin1")).toBe(s);
    expect(Buffer.from(a.bytes).toString()).toBe("word1");
  });

  it("binaries of 64 bytes and more have a buffer of their own", () => {
    expect(smallBytes(64).buffer.byteLength).toBe(64);
    expect(smallBytes(63).buffer.byteLength).toBeGreaterThan(63);
    expect(smallBytes(0).length).toBe(0);
  });

  it("appending in a loop from a short binary never changes one built earlier", () => {
    const older = bin("keep me");
    let acc: Bin = bin("ab");
    const snapshots: [Bin, number][] = [];
    for (let i = 0; i < 300; i++) {
      acc = buildBinary(APPEND, [acc, bin(String(i % 10))], 0);
      if (i % 37 === 0) snapshots.push([acc, acc.bytes.length]);
    }
    expect(Buffer.from(older.bytes).toString()).toBe("keep me");
    const text = Buffer.from(acc.bytes).toString();
    for (const [s, n] of snapshots) expect(Buffer.from(s.bytes).toString()).toBe(text.slice(0, n));
  });

  it("an append in place makes no typed array: the result is a range of the accumulator's array", () => {
    let acc: Bin = buildBinary(APPEND, [bin("x".repeat(40)), bin("y".repeat(40))], 0);
    const kept: [Bin, string][] = [[acc, "x".repeat(40) + "y".repeat(40)]];
    let grown = 0;
    for (let i = 0; i < 500; i++) {
      const next = buildBinary(APPEND, [acc, bin(String(i % 10))], 0);
      // the array covers the accumulator's whole buffer (no view of the result's own)
      expect(next.store.length).toBe(next.store.buffer.byteLength);
      if (next.store !== acc.store) grown++;
      acc = next;
      kept.push([acc, kept[kept.length - 1][1] + String(i % 10)]);
    }
    // a new array only when the buffer is full (it doubles): a few times in 500 appends
    expect(grown).toBeLessThan(5);
    for (const [b, s] of kept) expect(Buffer.from(b.bytes).toString()).toBe(s);
  });
});

describe("a binary in the slab without a view of its own", () => {
  it("reads, copies, compares and hashes as its bytes", async () => {
    const { exactEquals, hashTerm } = await import("../../vm/compare.ts");
    for (let i = 0; i < 3000; i++) {
      const s = `k${i}-${"y".repeat(i % 50)}`;
      const a = bin(s), b = new Bin(Uint8Array.from(Buffer.from(s)));
      expect(a.size).toBe(s.length);
      expect(a.byteAt(a.size - 1)).toBe(s.charCodeAt(s.length - 1));
      const out = new Uint8Array(a.size + 2);
      a.copyInto(out, 2);
      expect(Buffer.from(out.subarray(2)).toString()).toBe(s);
      expect(exactEquals(a, b)).toBe(true);
      expect(hashTerm(a, 0)).toBe(hashTerm(b, 0));
      expect(exactEquals(a, bin(s + "z"))).toBe(false);
    }
  });
});
