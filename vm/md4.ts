// MD4 (RFC 1320): OTP 25's :crypto still offers it, hosts built on OpenSSL 3 do not.
const rotl = (x: number, s: number) => ((x << s) | (x >>> (32 - s))) >>> 0;

// the message word each step of rounds 2 and 3 reads, and the rotations of the three rounds
const ORDER2 = [0, 4, 8, 12, 1, 5, 9, 13, 2, 6, 10, 14, 3, 7, 11, 15];
const ORDER3 = [0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15];
const SHIFTS = [[3, 7, 11, 19], [3, 5, 9, 13], [3, 9, 11, 15]];

export function md4(data: Uint8Array): Uint8Array {
  const len = data.length;
  const padded = new Uint8Array(((len + 8) >> 6) * 64 + 64);
  padded.set(data);
  padded[len] = 0x80;
  const dv = new DataView(padded.buffer);
  const bits = len * 8;
  dv.setUint32(padded.length - 8, bits >>> 0, true);
  dv.setUint32(padded.length - 4, Math.floor(bits / 2 ** 32), true);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  const X = new Uint32Array(16);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) X[i] = dv.getUint32(off + i * 4, true);
    const v = h.slice();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 16; i++) {
        const [a, b, c, d] = [v[(16 - i) % 4], v[(17 - i) % 4], v[(18 - i) % 4], v[(19 - i) % 4]];
        let f: number, k: number, add: number;
        if (round === 0) { f = (b & c) | (~b & d); k = i; add = 0; }
        else if (round === 1) { f = (b & c) | (b & d) | (c & d); k = ORDER2[i]; add = 0x5a827999; }
        else { f = b ^ c ^ d; k = ORDER3[i]; add = 0x6ed9eba1; }
        v[(16 - i) % 4] = rotl((a + f + X[k] + add) >>> 0, SHIFTS[round][i % 4]);
      }
    }
    for (let i = 0; i < 4; i++) h[i] = (h[i] + v[i]) >>> 0;
  }
  const out = new Uint8Array(16);
  const odv = new DataView(out.buffer);
  h.forEach((x, i) => odv.setUint32(i * 4, x, true));
  return out;
}
