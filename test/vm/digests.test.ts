// vm/digests: the digests and HMAC the browser host gives :crypto, in TypeScript, against
// node:crypto (OpenSSL, what the BEAM's :crypto uses) on random data and keys of every length
// around the block sizes (fast-check, seeded by test/seed.ts).
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import * as crypto from "node:crypto";
import { digest, hmac } from "../../vm/digests/index.ts";

const ALGORITHMS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3-224", "sha3-256", "sha3-384", "sha3-512", "ripemd160", "blake2b512", "blake2s256"];
const hex = (b: Uint8Array | undefined) => Buffer.from(b!).toString("hex");
// lengths near every block boundary (64, 72, 104, 128, 136, 144) and a few blocks long
const data = fc.uint8Array({ minLength: 0, maxLength: 400 });

describe("digests in TypeScript", () => {
  for (const alg of ALGORITHMS) {
    it(`${alg} and its HMAC are OpenSSL's`, () => {
      expect(hex(digest(alg, new Uint8Array(0)))).toBe(crypto.createHash(alg).digest("hex"));
      fc.assert(
        fc.property(data, data, (d, key) => {
          expect(hex(digest(alg, d))).toBe(crypto.createHash(alg).update(d).digest("hex"));
          expect(hex(hmac(alg, key, d))).toBe(crypto.createHmac(alg, key).update(d).digest("hex"));
        }),
        { numRuns: 60 },
      );
    });
  }

  it("hashes every length from 0 to 300 bytes as OpenSSL does (each padding case)", () => {
    const bytes = new Uint8Array(300).map((_, i) => (i * 7 + 3) & 0xff);
    for (const alg of ALGORITHMS) {
      for (let n = 0; n <= 300; n++) expect(hex(digest(alg, bytes.subarray(0, n))), `${alg} of ${n} bytes`).toBe(crypto.createHash(alg).update(bytes.subarray(0, n)).digest("hex"));
    }
  });

  it("answers undefined for an algorithm it does not know", () => {
    expect(digest("sha3-999", new Uint8Array(1))).toBeUndefined();
    expect(hmac("md4x", new Uint8Array(1), new Uint8Array(1))).toBeUndefined();
  });
});
