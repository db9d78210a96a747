// SHA3-224/256/384/512 (FIPS 202): the Keccak-f[1600] permutation on 25 64-bit lanes, each kept
// as two 32-bit halves (lo, hi), for :crypto.hash where the host has no crypto library.

// rotation offsets of lane x + 5y
const ROT = [0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14];

// the 24 round constants from the LFSR of FIPS 202 (rc), as lo and hi halves
const RC_LO = new Int32Array(24);
const RC_HI = new Int32Array(24);
{
  let r = 1;
  const rcBit = () => {
    const bit = r & 1;
    r = r & 0x80 ? ((r << 1) ^ 0x71) & 0xff : (r << 1) & 0xff;
    return bit;
  };
  for (let i = 0; i < 24; i++) {
    for (let j = 0; j < 7; j++) {
      if (rcBit()) {
        const pos = (1 << j) - 1;
        if (pos < 32) RC_LO[i] |= 1 << pos;
        else RC_HI[i] |= 1 << (pos - 32);
      }
    }
  }
}

function keccakF(lo: Int32Array, hi: Int32Array): void {
  const cLo = new Int32Array(5), cHi = new Int32Array(5);
  const bLo = new Int32Array(25), bHi = new Int32Array(25);
  for (let round = 0; round < 24; round++) {
    // theta
    for (let x = 0; x < 5; x++) {
      cLo[x] = lo[x] ^ lo[x + 5] ^ lo[x + 10] ^ lo[x + 15] ^ lo[x + 20];
      cHi[x] = hi[x] ^ hi[x + 5] ^ hi[x + 10] ^ hi[x + 15] ^ hi[x + 20];
    }
    for (let x = 0; x < 5; x++) {
      const l1 = cLo[(x + 1) % 5], h1 = cHi[(x + 1) % 5];
      const dLo = cLo[(x + 4) % 5] ^ ((l1 << 1) | (h1 >>> 31));
      const dHi = cHi[(x + 4) % 5] ^ ((h1 << 1) | (l1 >>> 31));
      for (let y = 0; y < 25; y += 5) {
        lo[x + y] ^= dLo;
        hi[x + y] ^= dHi;
      }
    }
    // rho and pi: B[y, 2x + 3y] = rot(A[x, y])
    for (let x = 0; x < 5; x++) {
      for (let y = 0; y < 5; y++) {
        const i = x + 5 * y;
        const n = ROT[i];
        let l = lo[i], h = hi[i];
        if (n >= 32) [l, h] = [h, l];
        const m = n % 32;
        const rl = m === 0 ? l : (l << m) | (h >>> (32 - m));
        const rh = m === 0 ? h : (h << m) | (l >>> (32 - m));
        const j = y + 5 * ((2 * x + 3 * y) % 5);
        bLo[j] = rl;
        bHi[j] = rh;
      }
    }
    // chi
    for (let y = 0; y < 25; y += 5) {
      for (let x = 0; x < 5; x++) {
        lo[x + y] = bLo[x + y] ^ (~bLo[((x + 1) % 5) + y] & bLo[((x + 2) % 5) + y]);
        hi[x + y] = bHi[x + y] ^ (~bHi[((x + 1) % 5) + y] & bHi[((x + 2) % 5) + y]);
      }
    }
    // iota
    lo[0] ^= RC_LO[round];
    hi[0] ^= RC_HI[round];
  }
}

function sha3(data: Uint8Array, outBytes: number): Uint8Array {
  const rate = 200 - 2 * outBytes;
  const blocks = Math.floor(data.length / rate) + 1;
  const padded = new Uint8Array(blocks * rate);
  padded.set(data);
  padded[data.length] ^= 0x06;
  padded[padded.length - 1] ^= 0x80;
  const dv = new DataView(padded.buffer);
  const lo = new Int32Array(25), hi = new Int32Array(25);
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) {
      lo[i] ^= dv.getInt32(off + i * 8, true);
      hi[i] ^= dv.getInt32(off + i * 8 + 4, true);
    }
    keccakF(lo, hi);
  }
  const out = new DataView(new ArrayBuffer(200));
  for (let i = 0; i < 25; i++) {
    out.setInt32(i * 8, lo[i], true);
    out.setInt32(i * 8 + 4, hi[i], true);
  }
  return new Uint8Array(out.buffer, 0, outBytes).slice();
}

export const sha3_224 = (d: Uint8Array) => sha3(d, 28);
export const sha3_256 = (d: Uint8Array) => sha3(d, 32);
export const sha3_384 = (d: Uint8Array) => sha3(d, 48);
export const sha3_512 = (d: Uint8Array) => sha3(d, 64);
