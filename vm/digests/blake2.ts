// BLAKE2b-512 and BLAKE2s-256 (RFC 7693), unkeyed, for :crypto.hash(:blake2b | :blake2s, data)
// where the host has no crypto library. BLAKE2b's 64-bit words are (lo, hi) pairs of a
// Uint32Array: word i at [2i] and [2i + 1].

const SIGMA = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
  [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
  [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
  [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
  [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
  [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
  [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
  [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
  [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

// the IVs: SHA-512's and SHA-256's initial values (BLAKE2b's as lo, hi pairs)
const IV_B = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a,
  0xade682d1, 0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);
const IV_S = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/** the blocks of BLAKE2: each full block but the last compressed as it comes, the last (zero
 *  padded; one zero block for empty input) with the final flag; `counter` is the bytes so far */
function eachBlock(data: Uint8Array, size: number, compress: (block: Uint8Array, counter: number, last: boolean) => void): void {
  const n = Math.max(1, Math.ceil(data.length / size));
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    const block = new Uint8Array(size);
    block.set(data.subarray(i * size, (i + 1) * size));
    compress(block, last ? data.length : (i + 1) * size, last);
  }
}

// ---- BLAKE2b ----

/** v[a] += v[b] (64-bit words at even indices) */
function add64(v: Uint32Array, a: number, b: number): void {
  const lo = v[a] + v[b];
  v[a + 1] = v[a + 1] + v[b + 1] + (lo >= 0x100000000 ? 1 : 0);
  v[a] = lo;
}
/** v[a] += m[b] */
function add64m(v: Uint32Array, a: number, m: Uint32Array, b: number): void {
  const lo = v[a] + m[b];
  v[a + 1] = v[a + 1] + m[b + 1] + (lo >= 0x100000000 ? 1 : 0);
  v[a] = lo;
}
/** v[d] = rotr(v[d] ^ v[a], n) for n in 32, 24, 16, 63 */
function xorRotr(v: Uint32Array, d: number, a: number, n: number): void {
  const lo = v[d] ^ v[a], hi = v[d + 1] ^ v[a + 1];
  if (n === 32) { v[d] = hi; v[d + 1] = lo; }
  else if (n === 63) { v[d] = (lo << 1) | (hi >>> 31); v[d + 1] = (hi << 1) | (lo >>> 31); }
  else { v[d] = (lo >>> n) | (hi << (32 - n)); v[d + 1] = (hi >>> n) | (lo << (32 - n)); }
}

function gB(v: Uint32Array, m: Uint32Array, a: number, b: number, c: number, d: number, x: number, y: number): void {
  add64(v, a, b); add64m(v, a, m, x); xorRotr(v, d, a, 32);
  add64(v, c, d); xorRotr(v, b, c, 24);
  add64(v, a, b); add64m(v, a, m, y); xorRotr(v, d, a, 16);
  add64(v, c, d); xorRotr(v, b, c, 63);
}

export function blake2b(data: Uint8Array): Uint8Array {
  const h = IV_B.slice();
  h[0] ^= 0x01010000 ^ 64;
  const v = new Uint32Array(32), m = new Uint32Array(32);
  eachBlock(data, 128, (block, counter, last) => {
    const dv = new DataView(block.buffer);
    for (let i = 0; i < 32; i++) m[i] = dv.getUint32(i * 4, true);
    v.set(h);
    v.set(IV_B, 16);
    v[24] ^= counter >>> 0;
    v[25] ^= Math.floor(counter / 2 ** 32);
    if (last) { v[28] = ~v[28]; v[29] = ~v[29]; }
    for (let r = 0; r < 12; r++) {
      const s = SIGMA[r % 10];
      gB(v, m, 0, 8, 16, 24, s[0] * 2, s[1] * 2);
      gB(v, m, 2, 10, 18, 26, s[2] * 2, s[3] * 2);
      gB(v, m, 4, 12, 20, 28, s[4] * 2, s[5] * 2);
      gB(v, m, 6, 14, 22, 30, s[6] * 2, s[7] * 2);
      gB(v, m, 0, 10, 20, 30, s[8] * 2, s[9] * 2);
      gB(v, m, 2, 12, 22, 24, s[10] * 2, s[11] * 2);
      gB(v, m, 4, 14, 16, 26, s[12] * 2, s[13] * 2);
      gB(v, m, 6, 8, 18, 28, s[14] * 2, s[15] * 2);
    }
    for (let i = 0; i < 16; i++) h[i] ^= v[i] ^ v[i + 16];
  });
  const out = new DataView(new ArrayBuffer(64));
  for (let i = 0; i < 16; i++) out.setUint32(i * 4, h[i], true);
  return new Uint8Array(out.buffer);
}

// ---- BLAKE2s ----

const rotr32 = (x: number, n: number) => (x >>> n) | (x << (32 - n));

function gS(v: Int32Array, m: Int32Array, a: number, b: number, c: number, d: number, x: number, y: number): void {
  v[a] = v[a] + v[b] + m[x]; v[d] = rotr32(v[d] ^ v[a], 16);
  v[c] = v[c] + v[d]; v[b] = rotr32(v[b] ^ v[c], 12);
  v[a] = v[a] + v[b] + m[y]; v[d] = rotr32(v[d] ^ v[a], 8);
  v[c] = v[c] + v[d]; v[b] = rotr32(v[b] ^ v[c], 7);
}

export function blake2s(data: Uint8Array): Uint8Array {
  const h = Int32Array.from(IV_S);
  h[0] ^= 0x01010000 ^ 32;
  const v = new Int32Array(16), m = new Int32Array(16);
  eachBlock(data, 64, (block, counter, last) => {
    const dv = new DataView(block.buffer);
    for (let i = 0; i < 16; i++) m[i] = dv.getInt32(i * 4, true);
    v.set(h);
    for (let i = 0; i < 8; i++) v[i + 8] = IV_S[i];
    v[12] ^= counter >>> 0;
    v[13] ^= Math.floor(counter / 2 ** 32);
    if (last) v[14] = ~v[14];
    for (let r = 0; r < 10; r++) {
      const s = SIGMA[r];
      gS(v, m, 0, 4, 8, 12, s[0], s[1]);
      gS(v, m, 1, 5, 9, 13, s[2], s[3]);
      gS(v, m, 2, 6, 10, 14, s[4], s[5]);
      gS(v, m, 3, 7, 11, 15, s[6], s[7]);
      gS(v, m, 0, 5, 10, 15, s[8], s[9]);
      gS(v, m, 1, 6, 11, 12, s[10], s[11]);
      gS(v, m, 2, 7, 8, 13, s[12], s[13]);
      gS(v, m, 3, 4, 9, 14, s[14], s[15]);
    }
    for (let i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
  });
  const out = new DataView(new ArrayBuffer(32));
  for (let i = 0; i < 8; i++) out.setInt32(i * 4, h[i], true);
  return new Uint8Array(out.buffer);
}
