// The in-place append (`<<acc::binary, byte>>`, `acc <> bin`) keeps its buffer's used count on the
// binary's own array (vm/binary_build.ts Appendable): reading the ArrayBuffer (`.buffer`) at each
// append, where the count was kept before, made V8's optimised code call out per append and ran
// `<<acc::binary, ch>>` loops (bench/binary_append_800k) 1.3x slower.
import { describe, it, expect } from "vitest";
import { buildBinary2, concatBinaries, buildBinary, appendByte, isByteAppend, BinSpecs } from "../../vm/binary_build.ts";
import { Bin } from "../../vm/terms.ts";

const BIN = { type: "binary", size: null, unit: 8, signed: false, little: false, dynSize: false } as const;
const BYTE = { type: "integer", size: 8, unit: 1, signed: false, little: false, dynSize: false } as const;
const APPEND_BYTE: BinSpecs = [BIN, BYTE];
const CONCAT: BinSpecs = [BIN, BIN];

/** f's reads of a typed array's `.buffer` */
function bufferReads(f: () => void): number {
  const proto = Object.getPrototypeOf(Uint8Array.prototype);
  const desc = Object.getOwnPropertyDescriptor(proto, "buffer")!;
  let reads = 0;
  Object.defineProperty(proto, "buffer", {
    configurable: true,
    get() {
      reads++;
      return desc.get!.call(this);
    },
  });
  try {
    f();
  } finally {
    Object.defineProperty(proto, "buffer", desc);
  }
  return reads;
}

describe("in-place binary append", () => {
  it("appends bytes and binaries without reading an ArrayBuffer, and builds the right bytes", () => {
    let acc = new Bin(new Uint8Array(64).fill(120));
    const tail = new Bin(new Uint8Array([1, 2, 3]));
    const reads = bufferReads(() => {
      for (let i = 0; i < 1000; i++) {
        acc = buildBinary2(APPEND_BYTE, acc, i);
        acc = concatBinaries(CONCAT, acc, tail);
        acc = buildBinary(APPEND_BYTE, [acc, 300 + i], 0);
      }
    });
    expect(reads).toBe(0);
    expect(acc.size).toBe(64 + 5000);
    const b = acc.bytes;
    expect(Array.from(b.subarray(60, 74))).toEqual([120, 120, 120, 120, 0, 1, 2, 3, 44, 1, 1, 2, 3, 45]);
    expect(Array.from(b.subarray(b.length - 5))).toEqual([231, 1, 2, 3, (300 + 999) & 255]);
  });

  // compiled code's `<<acc::binary, byte>>` (vm/jit/codegen.ts): the specs, read by the shared
  // buildBinary2 through inline caches that see every shape of spec in a program (two thirds of a
  // binary generator's loop), are not read while the byte goes in place; the bytes are the same
  it("appends a byte in place without reading the construction's specs", () => {
    let reads = 0;
    const watched = (spec: object) => new Proxy(spec, { get: (t, k) => (reads++, Reflect.get(t, k)) });
    const specs = [watched(BIN), watched(BYTE)] as unknown as BinSpecs;
    expect(isByteAppend(APPEND_BYTE) && isByteAppend([BIN, { ...BYTE, size: 1, unit: 8 }]) && isByteAppend([BIN, { ...BYTE, signed: true, little: true }])).toBe(true);
    expect(isByteAppend(CONCAT) || isByteAppend([BIN, { ...BYTE, size: 16 }]) || isByteAppend([BIN, { ...BYTE, dynSize: true }]) || isByteAppend([{ ...BIN, size: 2 }, BYTE])).toBe(false);
    let acc = appendByte(specs, new Bin(new Uint8Array(64).fill(120)), 1);
    let same = buildBinary2(APPEND_BYTE, new Bin(new Uint8Array(64).fill(120)), 1);
    const before = reads;
    for (let i = 0; i < 1000; i++) {
      acc = appendByte(specs, acc, i - 300);
      same = buildBinary2(APPEND_BYTE, same, i - 300);
    }
    // (only where its buffer is full and a new one is made, at each doubling: buildBinary2 reads them at every append)
    const inPlace = reads - before;
    let other = new Bin(new Uint8Array(64).fill(120));
    for (let i = 0; i < 1000; i++) other = buildBinary2(specs, other, i - 300);
    expect(inPlace).toBeLessThan(150);
    expect(reads - before - inPlace).toBeGreaterThan(1000 * 4);
    expect(Array.from(acc.bytes)).toEqual(Array.from(same.bytes));
    // a value that is no integer: buildBinary2's error
    expect(() => appendByte(APPEND_BYTE, acc, new Bin(new Uint8Array(1)))).toThrow();
  });
});
