// Growable byte output: the buffer to write into when `used` bytes of `buf` are taken and `extra`
// more are coming, `buf` itself while it has room, else a copy at least twice as large.
export function withRoom<B extends Uint8Array>(buf: B, used: number, extra: number): B | Uint8Array<ArrayBuffer> {
  if (used + extra <= buf.length) return buf;
  let size = Math.max(1, buf.length) * 2;
  while (size < used + extra) size *= 2;
  const grown = new Uint8Array(size);
  grown.set(buf.subarray(0, used));
  return grown;
}
