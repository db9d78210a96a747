// Building a binary from segment values (`<<a, b::16, rest::binary>>`): shared by the interpreter's
// make_bin and compiled code.
import { Bin, Term } from "./terms.ts";
import { ErlangError } from "./errors.ts";
import { writeSegment, SegSpec, BitWriter, bitsAfter } from "./binary.ts";
import { bsFail } from "./bifs/util.ts";

export type BinSpecs = (SegSpec & { dynSize: boolean })[];

type ArrayBufferWithUse = ArrayBuffer & { used?: number };

/** a first segment `acc::binary` of at least 64 bytes: built by appending after it */
function isAppendable(spec: SegSpec & { dynSize: boolean }, v: Term): boolean {
  return spec.type === "binary" && spec.size === null && !spec.dynSize && v instanceof Bin && v.bytes.length >= 64 && v.tailBits === 0;
}

/**
 * Build a binary from segment bytes; when the first segment is a large binary, append after it.
 * Like the BEAM's binary append optimisation: a binary's buffer has spare room and remembers how
 * much of it is used, so `acc <> x` in a loop writes in place (amortised O(1)) when `acc` ends
 * where the buffer's used part ends; any other binary sharing the buffer is never overwritten.
 */
function appendOrBuild(specs: BinSpecs, first: Term, out: number[]): Bin {
  if (!(specs.length > 1 && isAppendable(specs[0], first))) return new Bin(Uint8Array.from(out));
  const b = (first as Bin).bytes;
  const buf = b.buffer as ArrayBufferWithUse;
  const end = b.byteOffset + b.length;
  if (buf.used === end && end + out.length <= buf.byteLength) {
    new Uint8Array(buf, end).set(out);
    buf.used = end + out.length;
    return new Bin(new Uint8Array(buf, b.byteOffset, b.length + out.length));
  }
  const len = b.length + out.length;
  const nb = new ArrayBuffer(Math.max(len * 2, 256)) as ArrayBufferWithUse;
  const view = new Uint8Array(nb, 0, len);
  view.set(b, 0);
  view.set(out, b.length);
  nb.used = len;
  return new Bin(view);
}

/** values make_bin takes from the stack: one per segment, two for a segment with a run-time size */
export function segmentValueCount(specs: BinSpecs): number {
  let count = 0;
  for (const s of specs) count += s.dynSize ? 2 : 1;
  return count;
}

/** the binary described by `specs` from the values at vals[base..] */
export function buildBinary(specs: BinSpecs, vals: Term[], base: number): Bin {
  const out = new BitWriter();
  let j = base;
  // `acc <> x`: a large binary first is not copied into `out` (see appendOrBuild)
  const appendTo = specs.length > 1 && isAppendable(specs[0], vals[base]);
  if (appendTo) j++;
  for (let si = appendTo ? 1 : 0; si < specs.length; si++) {
    const s = specs[si];
    const v = vals[j++];
    let size = s.size;
    if (s.dynSize) {
      const sv = vals[j++];
      if (typeof sv !== "number" || sv < 0) bsFail(si + 1, s.type, "size", sv);
      size = sv as number;
    }
    try {
      writeSegment(out, v, s, size);
    } catch (e) {
      if (!(e instanceof ErlangError)) throw e;
      // the BEAM says which segment failed and how (vm/error_info.ts)
      const short = s.type === "binary" && v instanceof Bin && size !== null && size * s.unit > v.bitSize;
      bsFail(si + 1, s.type, short ? "short" : "type", v);
    }
  }
  return out.aligned ? appendOrBuild(specs, vals[base], out.bytes) : bitsAfter(appendTo ? (vals[base] as Bin) : null, out);
}
