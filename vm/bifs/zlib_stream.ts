// :zlib's stream API (open, deflateInit, deflate, inflateInit, inflate, ... close) as OTP 25 has
// it: a stream is a reference owned by the process that opened it (another one gets
// :not_on_controlling_process), with OTP's state errors (:not_initialized, :already_initialized,
// :stream_error after the end) and argument errors (:bad_compression_level, :bad_flush_mode, ...).
// Deflate runs zlib 1.2.13's algorithm incrementally (vm/zlib/deflate.ts), so the bytes are
// zlib's however the input is split and flushed; inflate decodes what has arrived and returns
// what the complete symbols give, as zlib does. Each call returns its output as one binary (OTP
// splits a large output into several, at sizes its NIF's buffers decide), `[]` when there is none.
// Not in beamlet (a clear error, {:not_supported, what}): compression level 0, window bits other
// than 15, memory levels other than 8, strategies other than :default, dictionaries,
// deflateParams changing the level.
import { Atom, Cons, NIL, Pid, Ref, Term, Tuple, atom, binFromBytes, list, tuple } from "../terms.ts";
import { defineBifs, BifContext } from "./registry.ts";
import { iodataBytes, badargAt } from "./util.ts";
import { badarg, raise } from "../errors.ts";
import { BitWriter } from "../zlib/bit_writer.ts";
import { Deflater, Flush } from "../zlib/deflate.ts";
import { inflateRaw, InflateError, TruncatedInput } from "../zlib/inflate.ts";
import { adler32, crc32, crc32Combine, adler32Combine } from "../checksums.ts";
import { combineArgs } from "./checksum_args.ts";

type Wrapper = "zlib" | "gzip" | "raw" | "auto";

interface DeflateState {
  kind: "deflate";
  level: number;
  wrapper: Wrapper;
  deflater: Deflater;
  out: BitWriter;
  /** bytes of `out` already returned */
  taken: number;
  started: boolean;
  finished: boolean;
  lastFlush: number;
  check: number;
  size: number;
  /** OTP's own CRC-32 of the uncompressed data of a raw stream (crc32/1) */
  rawCrc: number;
}

interface InflateState {
  kind: "inflate";
  wrapper: Wrapper;
  input: Uint8Array;
  /** decompressed bytes already returned */
  given: number;
  finished: boolean;
  failed: boolean;
  rawCrc: number;
}

interface Stream {
  owner: Pid;
  state: DeflateState | InflateState | "none" | "closed";
  bufSize: number;
}

// a node's streams by their reference's id
const streams = new WeakMap<object, Map<number, Stream>>();

function table(ctx: BifContext): Map<number, Stream> {
  let t = streams.get(ctx.node);
  if (t === undefined) streams.set(ctx.node, (t = new Map()));
  return t;
}

const fail = (reason: string): never => raise(atom(reason));
const unsupported = (what: string, value: Term): never => raise(tuple(atom("not_supported"), tuple(atom(what), value)));

function stream(ctx: BifContext, z: Term): Stream {
  const s = z instanceof Ref ? table(ctx).get(z.id) : undefined;
  if (s === undefined) return badarg();
  const self = ctx.self();
  if (s.owner.id !== self.id || s.owner.node !== self.node) fail("not_on_controlling_process");
  return s;
}

function deflating(s: Stream): DeflateState {
  return typeof s.state === "object" && s.state.kind === "deflate" ? s.state : fail("not_initialized");
}

function inflating(s: Stream): InflateState {
  return typeof s.state === "object" && s.state.kind === "inflate" ? s.state : fail("not_initialized");
}

function uninitialized(s: Stream): void {
  if (s.state !== "none") fail("already_initialized");
}

function input(t: Term): Uint8Array {
  return iodataBytes(t) ?? badargAt(1, "not an iodata term");
}

function levelOf(t: Term): number {
  if (t instanceof Atom) {
    const named: Record<string, number> = { none: 0, default: 6, best_speed: 1, best_compression: 9 };
    if (t.name in named) return named[t.name];
  } else if (typeof t === "number" && Number.isInteger(t) && t >= -1 && t <= 9) return t === -1 ? 6 : t;
  return fail("bad_compression_level");
}

function deflateInit(ctx: BifContext, z: Term, levelT: Term, method: Term = atom("deflated"), bits: Term = 15, memLevel: Term = 8, strategy: Term = atom("default")): Term {
  const level = levelOf(levelT);
  if (method !== atom("deflated")) fail("bad_compression_method");
  if (typeof bits !== "number" || !((bits >= 8 && bits <= 15) || (bits >= -15 && bits <= -8) || (bits >= 24 && bits <= 31))) fail("bad_windowbits");
  if (typeof memLevel !== "number" || memLevel < 1 || memLevel > 9) fail("bad_memlevel");
  if (!(strategy instanceof Atom) || !["default", "filtered", "huffman_only", "rle"].includes(strategy.name)) fail("bad_compression_strategy");
  const s = stream(ctx, z);
  uninitialized(s);
  if (level === 0) unsupported("level", 0);
  if (Math.abs(bits as number) % 16 !== 15) unsupported("window_bits", bits);
  if (memLevel !== 8) unsupported("mem_level", memLevel);
  if (strategy !== atom("default")) unsupported("strategy", strategy);
  const wrapper: Wrapper = (bits as number) < 0 ? "raw" : (bits as number) > 15 ? "gzip" : "zlib";
  s.state = freshDeflate(level, wrapper);
  return atom("ok");
}

function freshDeflate(level: number, wrapper: Wrapper): DeflateState {
  const out = new BitWriter();
  return {
    kind: "deflate", level, wrapper, deflater: new Deflater(out, level), out, taken: 0,
    started: false, finished: false, lastFlush: -2, check: wrapper === "gzip" ? 0 : 1, size: 0, rawCrc: 0,
  };
}

const FLUSHES: Record<string, Flush> = { none: Flush.None, sync: Flush.Sync, full: Flush.Full, finish: Flush.Finish };
// zlib's RANK(): a flush no stronger than the last one, with no new input, does nothing
const rank = (f: number): number => f * 2 - (f > 4 ? 9 : 0);

function header(d: DeflateState): void {
  const w = d.out;
  if (d.wrapper === "zlib") {
    const levelFlags = d.level < 2 ? 0 : d.level < 6 ? 1 : d.level === 6 ? 2 : 3;
    let h = ((8 + ((15 - 8) << 4)) << 8) | (levelFlags << 6);
    h += 31 - (h % 31);
    w.byte(h >> 8), w.byte(h & 0xff);
  } else if (d.wrapper === "gzip") {
    const xfl = d.level === 9 ? 2 : d.level < 2 ? 4 : 0;
    for (const b of [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]) w.byte(b);
  }
}

function trailer(d: DeflateState): void {
  const w = d.out, c = d.check >>> 0;
  if (d.wrapper === "zlib") w.byte(c >>> 24), w.byte(c >>> 16), w.byte(c >>> 8), w.byte(c);
  else if (d.wrapper === "gzip") {
    w.byte(c), w.byte(c >>> 8), w.byte(c >>> 16), w.byte(c >>> 24);
    const n = d.size >>> 0;
    w.byte(n), w.byte(n >>> 8), w.byte(n >>> 16), w.byte(n >>> 24);
  }
}

/** what a call returns: the bytes it produced, as one binary */
function produced(bytes: Uint8Array): Term {
  return bytes.length === 0 ? NIL : list([binFromBytes(bytes)]);
}

function deflate(ctx: BifContext, z: Term, data: Term, flushT: Term = atom("none")): Term {
  const s = stream(ctx, z);
  const bytes = input(data);
  const flush = flushT instanceof Atom ? FLUSHES[flushT.name] : undefined;
  if (flush === undefined) return fail("bad_flush_mode");
  const d = deflating(s);
  if (d.finished) return bytes.length > 0 ? fail("stream_error") : NIL;
  const old = d.lastFlush;
  d.lastFlush = flush;
  if (d.started && bytes.length === 0 && rank(flush) <= rank(old) && flush !== Flush.Finish) return NIL;
  if (!d.started) header(d), (d.started = true);
  d.check = d.wrapper === "gzip" ? crc32(bytes, d.check) : d.wrapper === "zlib" ? adler32(bytes, d.check) : 0;
  d.size += bytes.length;
  if (d.wrapper === "raw") d.rawCrc = crc32(bytes, d.rawCrc);
  d.deflater.append(bytes);
  d.deflater.deflate(flush);
  if (flush === Flush.Finish) trailer(d), (d.finished = true);
  const all = d.out.result();
  const fresh = all.subarray(d.taken);
  d.taken = all.length;
  return produced(fresh);
}

// ---- inflate ------------------------------------------------------------------------------------

function inflateInit(ctx: BifContext, z: Term, bits: Term = 15): Term {
  if (typeof bits !== "number" || !((bits >= 8 && bits <= 15) || (bits >= -15 && bits <= -8) || (bits >= 24 && bits <= 31) || (bits >= 40 && bits <= 47))) fail("bad_windowbits");
  const s = stream(ctx, z);
  uninitialized(s);
  const b = bits as number;
  const wrapper: Wrapper = b < 0 ? "raw" : b >= 40 ? "auto" : b >= 24 ? "gzip" : "zlib";
  s.state = { kind: "inflate", wrapper, input: new Uint8Array(0), given: 0, finished: false, failed: false, rawCrc: 0 };
  (s.state as InflateState & { windowBits: number }).windowBits = Math.abs(b) % 16;
  return atom("ok");
}

class NeedMore extends Error {}

/** where the deflate data starts after a zlib or gzip header (NeedMore while the header is cut short) */
function headerEnd(d: Uint8Array, wrapper: Wrapper, windowBits: number): number {
  const need = (n: number) => {
    if (n > d.length) throw new NeedMore();
  };
  if (wrapper === "raw") return 0;
  need(2);
  if (wrapper === "gzip" || (wrapper === "auto" && d[0] === 0x1f && d[1] === 0x8b)) {
    need(10);
    if (d[0] !== 0x1f || d[1] !== 0x8b || d[2] !== 8) throw new InflateError("incorrect header check");
    const flags = d[3];
    if (flags & 0xe0) throw new InflateError("unknown header flags set");
    let at = 10;
    if (flags & 4) {
      need(at + 2);
      at += 2 + (d[at] | (d[at + 1] << 8));
      need(at);
    }
    for (const flag of [8, 16]) {
      if (!(flags & flag)) continue;
      do need(at + 1);
      while (d[at++] !== 0);
    }
    if (flags & 2) need(at + 2), (at += 2);
    return at;
  }
  const cmf = d[0], flg = d[1];
  if (((cmf << 8) | flg) % 31 !== 0 || (cmf & 0x0f) !== 8) throw new InflateError("incorrect header check");
  if ((cmf >> 4) + 8 > windowBits) throw new InflateError("invalid window size");
  if (flg & 0x20) {
    need(6);
    const id = ((d[2] << 24) | (d[3] << 16) | (d[4] << 8) | d[5]) >>> 0;
    throw new DictionaryNeeded(id);
  }
  return 2;
}

class DictionaryNeeded extends Error {
  constructor(readonly adler: number) {
    super("need dictionary");
  }
}

/** decodes everything received so far: the bytes and whether the stream is complete */
function decodeSoFar(st: InflateState & { windowBits?: number }): { bytes: Uint8Array; done: boolean } {
  const d = st.input;
  let start: number;
  try {
    start = headerEnd(d, st.wrapper, st.windowBits ?? 15);
  } catch (e) {
    if (e instanceof NeedMore) return { bytes: new Uint8Array(0), done: false };
    throw e;
  }
  let bytes: Uint8Array, end: number;
  try {
    ({ bytes, end } = inflateRaw(d, start));
  } catch (e) {
    if (e instanceof TruncatedInput) return { bytes: e.partial, done: false };
    throw e;
  }
  const gzip = st.wrapper === "gzip" || (st.wrapper === "auto" && d[0] === 0x1f);
  const trailerLen = st.wrapper === "raw" ? 0 : gzip ? 8 : 4;
  if (end + trailerLen > d.length) return { bytes, done: false };
  if (gzip) {
    const u32 = (at: number) => (d[at] | (d[at + 1] << 8) | (d[at + 2] << 16) | (d[at + 3] << 24)) >>> 0;
    if (u32(end) !== crc32(bytes)) throw new InflateError("incorrect data check");
    if (u32(end + 4) !== bytes.length >>> 0) throw new InflateError("incorrect length check");
  } else if (st.wrapper !== "raw") {
    const expected = ((d[end] << 24) | (d[end + 1] << 16) | (d[end + 2] << 8) | d[end + 3]) >>> 0;
    if (adler32(bytes) !== expected) throw new InflateError("incorrect data check");
  }
  return { bytes, done: true };
}

function inflate(ctx: BifContext, z: Term, data: Term, opts: Term = NIL): Term {
  const s = stream(ctx, z);
  const bytes = input(data);
  const st = inflating(s);
  if (st.failed) fail("data_error");
  if (st.finished) return NIL;
  const joined = new Uint8Array(st.input.length + bytes.length);
  joined.set(st.input), joined.set(bytes, st.input.length);
  st.input = joined;
  let result: { bytes: Uint8Array; done: boolean };
  try {
    result = decodeSoFar(st);
  } catch (e) {
    if (e instanceof DictionaryNeeded) {
      if (needDictException(opts)) raise(tuple(atom("need_dictionary"), e.adler));
      return tuple(atom("need_dictionary"), e.adler, NIL);
    }
    if (e instanceof InflateError) {
      st.failed = true;
      fail("data_error");
    }
    throw e;
  }
  st.finished = result.done;
  const fresh = result.bytes.subarray(st.given);
  st.given = result.bytes.length;
  if (st.wrapper === "raw") st.rawCrc = crc32(fresh, st.rawCrc);
  return produced(fresh);
}

function needDictException(opts: Term): boolean {
  for (let l = opts; l instanceof Cons; l = l.tail) {
    const o = l.head;
    if (o instanceof Tuple && o.items.length === 2 && o.items[0] === atom("exception_on_need_dict")) return o.items[1] === atom("true");
  }
  return true;
}

function end(ctx: BifContext, z: Term, kind: "deflate" | "inflate"): Term {
  const s = stream(ctx, z);
  const st = kind === "deflate" ? deflating(s) : inflating(s);
  s.state = "none";
  // zlib reports a stream ended before its end (or after bad data) as a data error
  const unfinished = st.kind === "deflate" ? st.started && !st.finished : !st.finished && (st.input.length > 0 || st.failed);
  if (unfinished) fail("data_error");
  return atom("ok");
}

function reset(ctx: BifContext, z: Term, kind: "deflate" | "inflate"): Term {
  const s = stream(ctx, z);
  if (kind === "deflate") {
    const d = deflating(s);
    s.state = freshDeflate(d.level, d.wrapper);
  } else {
    const st = inflating(s) as InflateState & { windowBits?: number };
    s.state = { ...st, input: new Uint8Array(0), given: 0, finished: false, failed: false, rawCrc: 0 };
  }
  return atom("ok");
}

function safeInflate(ctx: BifContext, z: Term, data: Term): Term {
  const out = inflate(ctx, z, data);
  const st = inflating(stream(ctx, z));
  return tuple(atom(st.finished ? "finished" : "continue"), out);
}

defineBifs("zlib", {
  "open/0": (_, ctx) => {
    const z = (ctx.node as { makeRef(): Ref }).makeRef();
    table(ctx).set(z.id, { owner: ctx.self(), state: "none", bufSize: 4000 });
    return z;
  },
  "close/1": ([z], ctx) => {
    const s = stream(ctx, z);
    if (s.state === "closed") fail("not_initialized");
    s.state = "closed";
    return atom("ok");
  },
  "set_controlling_process/2": ([z, pid], ctx) => {
    const s = stream(ctx, z);
    if (!(pid instanceof Pid)) return badarg();
    s.owner = pid;
    return atom("ok");
  },
  "deflateInit/1": ([z], ctx) => deflateInit(ctx, z, atom("default")),
  "deflateInit/2": ([z, level], ctx) => deflateInit(ctx, z, level),
  "deflateInit/6": ([z, level, method, bits, mem, strategy], ctx) => deflateInit(ctx, z, level, method, bits, mem, strategy),
  "deflate/2": ([z, data], ctx) => deflate(ctx, z, data),
  "deflate/3": ([z, data, flush], ctx) => deflate(ctx, z, data, flush),
  "deflateEnd/1": ([z], ctx) => end(ctx, z, "deflate"),
  "deflateReset/1": ([z], ctx) => reset(ctx, z, "deflate"),
  "deflateParams/3": ([z, level, strategy], ctx) => {
    const d = deflating(stream(ctx, z));
    if (levelOf(level) !== d.level || strategy !== atom("default")) unsupported("params", tuple(level, strategy));
    return atom("ok");
  },
  "deflateSetDictionary/2": ([z, dict], ctx) => (deflating(stream(ctx, z)), unsupported("dictionary", dict)),
  "inflateInit/1": ([z], ctx) => inflateInit(ctx, z),
  "inflateInit/2": ([z, bits], ctx) => inflateInit(ctx, z, bits),
  "inflateInit/3": ([z, bits], ctx) => inflateInit(ctx, z, bits),
  "inflate/2": ([z, data], ctx) => inflate(ctx, z, data),
  "inflate/3": ([z, data, opts], ctx) => inflate(ctx, z, data, opts),
  "inflateChunk/2": ([z, data], ctx) => inflate(ctx, z, data),
  "inflateChunk/1": ([z], ctx) => inflate(ctx, z, NIL),
  "safeInflate/2": ([z, data], ctx) => safeInflate(ctx, z, data),
  "inflateEnd/1": ([z], ctx) => end(ctx, z, "inflate"),
  "inflateReset/1": ([z], ctx) => reset(ctx, z, "inflate"),
  "inflateSetDictionary/2": ([z, dict], ctx) => (inflating(stream(ctx, z)), unsupported("dictionary", dict)),
  "inflateGetDictionary/1": ([z], ctx) => (inflating(stream(ctx, z)), unsupported("dictionary", atom("get"))),
  "getBufSize/1": ([z], ctx) => stream(ctx, z).bufSize,
  "setBufSize/2": ([z, size], ctx) => {
    const s = stream(ctx, z);
    if (typeof size !== "number" || !Number.isInteger(size) || size < 16) return badarg();
    s.bufSize = size;
    return atom("ok");
  },
  // the checksum functions that take a stream compute on their data alone (deprecated in OTP 25)
  "crc32/2": ([z, data], ctx) => (stream(ctx, z), crc32(input(data))),
  "crc32/3": ([z, prev, data], ctx) => (stream(ctx, z), crc32(input(data), checksumArg(prev))),
  "crc32/1": ([z], ctx) => {
    const s = stream(ctx, z);
    return typeof s.state === "object" ? s.state.rawCrc : fail("not_initialized");
  },
  "crc32_combine/4": ([z, a, b, n], ctx) => (stream(ctx, z), crc32Combine(...combineArgs(a, b, n, 2))),
  "adler32_combine/4": ([z, a, b, n], ctx) => (stream(ctx, z), adler32Combine(...combineArgs(a, b, n, 2))),
  "adler32/2": ([z, data], ctx) => (stream(ctx, z), adler32(input(data))),
  "adler32/3": ([z, prev, data], ctx) => (stream(ctx, z), adler32(input(data), checksumArg(prev))),
});

function checksumArg(t: Term): number {
  return typeof t === "number" && Number.isInteger(t) && t >= 0 && t <= 0xffffffff ? t : badarg();
}


