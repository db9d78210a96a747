// :zlib's one-shot functions: compress/uncompress (zlib format), gzip/gunzip, zip/unzip (raw
// DEFLATE), computed in TypeScript (vm/zlib/) with zlib 1.2.13's default-level output, so the bytes
// are the BEAM's on every host. A corrupt or truncated stream raises OTP's data_error.
import { Bin, Term, Tuple, TRUE, binFromBytes, atom, listToArray } from "../terms.ts";
import { defineBifs } from "./registry.ts";
import { badargAt, iodataBytes } from "./util.ts";
import { badarg, raise, ErlangError } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { BitWriter } from "../zlib/bit_writer.ts";
import { deflateRaw } from "../zlib/deflate.ts";
import { inflateRaw, InflateError } from "../zlib/inflate.ts";
import { crc32, adler32 } from "../checksums.ts";
import { termOfExternal } from "./external_term.ts";

const DATA_ERROR = atom("data_error");

function input(t: Term): Uint8Array {
  return iodataBytes(t) ?? badargAt(1, "not an iodata term");
}

/** uncompress/1 checks its argument in Erlang code first and fails with a bare badarg */
function compressed(t: Term): Uint8Array {
  return iodataBytes(t) ?? badarg();
}

function u32be(w: BitWriter, v: number): void {
  w.byte(v >>> 24), w.byte(v >>> 16), w.byte(v >>> 8), w.byte(v);
}

function u32le(w: BitWriter, v: number): void {
  w.byte(v), w.byte(v >>> 8), w.byte(v >>> 16), w.byte(v >>> 24);
}

function readU32le(d: Uint8Array, at: number): number {
  return (d[at] | (d[at + 1] << 8) | (d[at + 2] << 16) | (d[at + 3] << 24)) >>> 0;
}

/** a zlib stream as zlib's compress2 writes it at `level` (1-9): the header's FLEVEL bits say which */
function compress(data: Uint8Array, level = 6): Uint8Array {
  const w = new BitWriter();
  // CMF 0x78 (deflate, 32 KiB window); FLG: the level's class, then the check bits
  const flevel = level < 2 ? 0 : level < 6 ? 1 : level === 6 ? 2 : 3;
  const header = (0x78 << 8) | (flevel << 6);
  w.byte(0x78), w.byte((flevel << 6) | (31 - (header % 31)));
  deflateRaw(data, w, level);
  u32be(w, adler32(data));
  return w.result();
}

function gzip(data: Uint8Array): Uint8Array {
  const w = new BitWriter();
  // magic, deflate, no flags, no mtime, no extra flags, OS 3 (Unix) as zlib writes them
  for (const b of [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]) w.byte(b);
  deflateRaw(data, w);
  u32le(w, crc32(data));
  u32le(w, data.length);
  return w.result();
}

function uncompress(d: Uint8Array): Uint8Array {
  return uncompressWithin(d, Infinity).bytes;
}

/** a zlib stream's bytes (an InflateError past `limit` of them) and where its trailer ends */
function uncompressWithin(d: Uint8Array, limit: number): { bytes: Uint8Array; end: number } {
  if (d.length < 2) throw new InflateError("truncated header");
  const cmf = d[0], flg = d[1];
  if ((cmf & 0x0f) !== 8 || (cmf >> 4) + 8 > 15 || ((cmf << 8) | flg) % 31 !== 0 || flg & 0x20) throw new InflateError("bad header");
  const { bytes, end } = inflateRaw(d, 2, limit);
  if (end + 4 > d.length) throw new InflateError("truncated trailer");
  const expected = ((d[end] << 24) | (d[end + 1] << 16) | (d[end + 2] << 8) | d[end + 3]) >>> 0;
  if (adler32(bytes) !== expected) throw new InflateError("incorrect data check");
  return { bytes, end: end + 4 };
}

/** one gzip member from `at`: its bytes and where the next member starts */
function gunzipMember(d: Uint8Array, at: number): { bytes: Uint8Array; end: number } {
  const need = (n: number) => {
    if (at + n > d.length) throw new InflateError("truncated header");
  };
  need(10);
  if (d[at] !== 0x1f || d[at + 1] !== 0x8b || d[at + 2] !== 8) throw new InflateError("bad header");
  const flags = d[at + 3];
  if (flags & 0xe0) throw new InflateError("unknown header flags");
  const start = at;
  at += 10;
  if (flags & 4) {
    need(2);
    const xlen = d[at] | (d[at + 1] << 8);
    at += 2;
    need(xlen);
    at += xlen;
  }
  for (const flag of [8, 16]) {
    if (!(flags & flag)) continue;
    while (true) {
      need(1);
      if (d[at++] === 0) break;
    }
  }
  if (flags & 2) {
    need(2);
    if ((crc32(d.subarray(start, at)) & 0xffff) !== (d[at] | (d[at + 1] << 8))) throw new InflateError("header crc mismatch");
    at += 2;
  }
  const { bytes, end } = inflateRaw(d, at);
  if (end + 8 > d.length) throw new InflateError("truncated trailer");
  if (readU32le(d, end) !== crc32(bytes) || readU32le(d, end + 4) !== bytes.length >>> 0) throw new InflateError("incorrect data check");
  return { bytes, end: end + 8 };
}

function gunzip(d: Uint8Array): Uint8Array {
  // members one after another decompress to their concatenation; anything else after one is an error
  const parts: Uint8Array[] = [];
  let at = 0, total = 0;
  do {
    const { bytes, end } = gunzipMember(d, at);
    parts.push(bytes);
    total += bytes.length;
    at = end;
  } while (at < d.length);
  const out = new Uint8Array(total);
  let off = 0;
  for (const p of parts) out.set(p, off), (off += p.length);
  return out;
}

function inflating(f: (d: Uint8Array) => Uint8Array, d: Uint8Array): Term {
  try {
    return binFromBytes(f(d));
  } catch (e) {
    if (e instanceof InflateError) raise(DATA_ERROR);
    throw e;
  }
}

defineBifs("zlib", {
  "compress/1": ([t]) => binFromBytes(compress(input(t))),
  "uncompress/1": ([t]) => inflating(uncompress, compressed(t)),
  "gzip/1": ([t]) => binFromBytes(gzip(input(t))),
  "gunzip/1": ([t]) => inflating(gunzip, input(t)),
  "zip/1": ([t]) => binFromBytes(deflateRaw(input(t)).result()),
  "unzip/1": ([t]) => inflating((d) => inflateRaw(d).bytes, input(t)),
});

// term_to_binary's :compressed (vm/bifs/external_term.ts hands the plain encoding over, so zlib
// loads only when a program asks for compression): <<131, 80, Size:32, Zlib>> when that is at least
// 5 bytes shorter, as erts keeps it
defineBifs("beamlet_zlib", {
  "compress_external/2": ([plain, level]) => {
    const all = (plain as Bin).bytes;
    const body = all.subarray(1);
    const z = compress(body, level as number);
    if (z.length > body.length - 5) return plain;
    const out = new Uint8Array(6 + z.length);
    out[0] = 131;
    out[1] = 80;
    new DataView(out.buffer).setUint32(2, body.length);
    out.set(z, 6);
    return binFromBytes(out);
  },
  // binary_to_term of such a term: its body inflated (no more than the size it declares: a small
  // binary cannot make a huge one), then read as <<131, Body>>; `args`: binary_to_term's
  "decompress_external/3": ([b, args, flags], ctx) => {
    const all = (b as Bin).bytes;
    const bifArgs = listToArray(args)!;
    // the failure is :erlang.binary_to_term's, framed as that BIF's
    const asBif = (e: unknown): never => {
      if (e instanceof ErlangError && e.callee === undefined) e.callee = bifErrorFrame("erlang", "binary_to_term", bifArgs, e.diagnosis);
      throw e;
    };
    const bad = (): never => asBif(Object.assign(new ErlangError("error", atom("badarg")), { diagnosis: { args: [[1, "invalid external representation of a term"]] } }));
    if (all.length < 6) bad();
    const size = new DataView(all.buffer, all.byteOffset).getUint32(2);
    let body: Uint8Array, end: number;
    try {
      ({ bytes: body, end } = uncompressWithin(all.subarray(6), size));
    } catch (e) {
      if (e instanceof InflateError) return bad();
      throw e;
    }
    if (body.length !== size) bad();
    const whole = new Uint8Array(1 + size);
    whole[0] = 131;
    whole.set(body, 1);
    const [safe, used] = (flags as Tuple).items;
    try {
      return termOfExternal(ctx, whole, bifArgs, { safe: safe === TRUE, used: used === TRUE }, 6 + end);
    } catch (e) {
      return asBif(e);
    }
  },
});
