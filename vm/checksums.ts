// CRC-32 and Adler-32 as zlib computes them (:erlang.crc32/adler32, the gzip and zlib trailers).
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (zlib's), continuing from a previous value */
export function crc32(data: Uint8Array, prev = 0): number {
  let c = (prev ^ 0xffffffff) >>> 0;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Adler-32, continuing from a previous value */
export function adler32(data: Uint8Array, prev = 1): number {
  let a = prev & 0xffff, b = (prev >>> 16) & 0xffff;
  for (const x of data) {
    a = (a + x) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

// ---- combining: the checksum of A ++ B from those of A and B and B's length ------------------------

/** a * b modulo the CRC-32 polynomial (reflected), as zlib's multmodp */
function multModP(a: number, b: number): number {
  let m = 0x80000000, p = 0;
  for (;;) {
    if (a & m) {
      p ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    m >>>= 1;
    b = b & 1 ? (b >>> 1) ^ 0xedb88320 : b >>> 1;
  }
  return p >>> 0;
}

/** x^(2^k) modulo the polynomial, k = 0..31 */
const X2N = (() => {
  const t = new Array<number>(32);
  let p = 0x40000000;
  t[0] = p;
  for (let k = 1; k < 32; k++) t[k] = p = multModP(p, p);
  return t;
})();

/** x^(n * 2^k) modulo the polynomial */
function x2nModP(n: bigint, k: number): number {
  let p = 0x80000000;
  while (n > 0n) {
    if (n & 1n) p = multModP(X2N[k & 31], p);
    n >>= 1n;
    k++;
  }
  return p;
}

export function crc32Combine(crc1: number, crc2: number, len2: bigint): number {
  return (multModP(x2nModP(len2, 3), crc1) ^ crc2) >>> 0;
}

export function adler32Combine(adler1: number, adler2: number, len2: bigint): number {
  const BASE = 65521;
  const rem = Number(len2 % BigInt(BASE));
  let sum1 = adler1 & 0xffff;
  let sum2 = (rem * sum1) % BASE;
  sum1 += (adler2 & 0xffff) + BASE - 1;
  sum2 += ((adler1 >>> 16) & 0xffff) + ((adler2 >>> 16) & 0xffff) + BASE - rem;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum1 >= BASE) sum1 -= BASE;
  if (sum2 >= BASE * 2) sum2 -= BASE * 2;
  if (sum2 >= BASE) sum2 -= BASE;
  return (sum1 | (sum2 << 16)) >>> 0;
}

/** FNV-1a over a string's UTF-16 code units (hashes that only need to agree within one node) */
export function fnv1a(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
