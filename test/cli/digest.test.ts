// cli/digest.ts: the caches' digest, computed in WebAssembly without node:crypto, is FNV-1a over
// little-endian 64-bit words (zero-padded) with the length mixed in last, as a plain BigInt loop
// computes it; a changed byte or trailing zero bytes change it.
import { describe, it, expect } from "vitest";
import { digest } from "../../cli/digest.ts";

function reference(bytes: Uint8Array): string {
  const padded = new Uint8Array(Math.ceil(bytes.length / 8) * 8);
  padded.set(bytes);
  const dv = new DataView(padded.buffer);
  const P = 0x100000001b3n;
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < padded.length; i += 8) h = BigInt.asUintN(64, (h ^ dv.getBigUint64(i, true)) * P);
  return BigInt.asUintN(64, (h ^ BigInt(bytes.length)) * P).toString(16).padStart(16, "0");
}

const sample = (n: number, seed: number) => Uint8Array.from({ length: n }, (_, i) => (i * 131 + seed * 7 + (i >> 3)) & 0xff);

describe("the caches' digest", () => {
  it("is FNV-1a over 64-bit words with the length last, whatever the length", () => {
    for (const n of [0, 1, 7, 8, 9, 100, 65535, 65536, 200_003]) expect(digest(sample(n, n)), `${n} bytes`).toBe(reference(sample(n, n)));
    // after a larger input, a smaller one is not hashed with the larger one's leftover bytes
    expect(digest(sample(5, 1))).toBe(reference(sample(5, 1)));
    expect(digest("héllo")).toBe(reference(new TextEncoder().encode("héllo")));
  });

  it("changes with any byte changed and with trailing zero bytes", () => {
    const b = sample(5000, 3);
    const d = digest(b);
    for (const at of [0, 1, 2499, 4999]) {
      const c = Uint8Array.from(b);
      c[at] ^= 1;
      expect(digest(c)).not.toBe(d);
    }
    expect(digest(new Uint8Array(3))).not.toBe(digest(new Uint8Array(4)));
    expect(digest(new Uint8Array(0))).not.toBe(digest(new Uint8Array(8)));
  });
});
