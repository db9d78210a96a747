// Bytes of a small binary. A Uint8Array of its own costs V8 a typed array and its element store
// on the JS heap, which every minor GC copies while the binary lives; a program that keeps
// 100,000 short strings (words, numbers as text) spends most of its time there. Small binaries
// are views into a shared slab instead (as Node's Buffer pool does): the slab is off the JS heap
// and the view is the only object per binary. A slab lives while any of its binaries does.
// Binaries are never written after they are built, so sharing a slab is invisible to programs;
// binaries of APPENDABLE_MIN bytes and more (vm/binary_build.ts appends in place after them)
// always have a buffer of their own.

/** the largest binary made from the slab (below vm/binary_build.ts's appendable size, 64) */
export const SMALL_MAX = 63;
const SLAB_BYTES = 8192;

let slab = new Uint8Array(SLAB_BYTES);
let used = 0;

/**
 * Room for n (1..SMALL_MAX) bytes in the current slab: their offset in currentSlab(), read after
 * this call (it may start a new slab). A Bin made on it (new Bin(slab, text, 0, off, n)) has no
 * typed array of its own.
 */
export function smallAlloc(n: number): number {
  if (used + n > SLAB_BYTES) {
    slab = new Uint8Array(SLAB_BYTES);
    used = 0;
  }
  const off = used;
  // ranges start on 8-byte boundaries, as V8 aligns its own typed arrays
  used = (used + n + 7) & ~7;
  return off;
}

/** the slab smallAlloc's offsets are in */
export function currentSlab(): Uint8Array {
  return slab;
}

/** n zero bytes to build a binary in (a view into the slab when n is small) */
export function smallBytes(n: number): Uint8Array {
  if (n > SMALL_MAX || n === 0) return new Uint8Array(n);
  const off = smallAlloc(n);
  return slab.subarray(off, off + n);
}
