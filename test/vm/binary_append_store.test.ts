// The in-place append (`<<acc::binary, byte>>`, `acc <> bin`) keeps its buffer's used count on the
// binary's own array (vm/binary_build.ts Appendable): reading the ArrayBuffer (`.buffer`) at each
// append, where the count was kept before, made V8's optimised code call out per append and ran
// `<<acc::binary, ch>>` loops (bench/binary_append_800k) 1.3x slower.
import { describe, it, expect } from "vitest";
import { buildBinary2, concatBinaries, buildBinary, BinSpecs } from "../../vm/binary_build.ts";
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
});
