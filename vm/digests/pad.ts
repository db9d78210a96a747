// The Merkle-Damgard padding of MD5, SHA-1, SHA-2 and RIPEMD-160: a 1 bit, zeros, then the
// message length in bits (big or little endian) at the end of the last block.
export function mdPad(data: Uint8Array, blockSize: 64 | 128, bigEndian: boolean): DataView {
  const lenField = blockSize === 128 ? 16 : 8;
  const total = Math.ceil((data.length + 1 + lenField) / blockSize) * blockSize;
  const padded = new Uint8Array(total);
  padded.set(data);
  padded[data.length] = 0x80;
  const dv = new DataView(padded.buffer);
  const bits = data.length * 8;
  const lo = bits >>> 0;
  const hi = Math.floor(bits / 2 ** 32);
  if (bigEndian) {
    dv.setUint32(total - 4, lo);
    dv.setUint32(total - 8, hi);
  } else {
    dv.setUint32(total - 8, lo, true);
    dv.setUint32(total - 4, hi, true);
  }
  return dv;
}
