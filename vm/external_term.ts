// The external term format as OTP 25 writes it (atoms as ATOM_EXT in Latin-1 when they fit, else
// the UTF-8 forms; lists of bytes as STRING_EXT; integers as SMALL_INTEGER/INTEGER/SMALL_BIG/
// LARGE_BIG; floats as NEW_FLOAT_EXT). :erlang.term_to_binary and friends (vm/bifs/external_term.ts)
// and the library clause table (vm/library_clauses.ts) read and write it.
import { Atom, Bin, Cons, ExtFun, Float, ForeignPid, ForeignPort, ForeignRef, Port, Fun, NIL, Pid, PID_NUMBER_MAX, PID_SERIAL_MAX, Ref, Term, Tuple, atom, isMap, list, tuple, binFromBytes, existingAtom, atomIfMade, atomCount, getAtomLimit } from "./terms.ts";
import { mapFromEntries } from "./map.ts";
import { badarg, raise } from "./errors.ts";
import { funTableIndex } from "./fun_identity.ts";
import { withRoom } from "./grow_bytes.ts";
import { NOT_ALIVE } from "./node_name.ts";
import { refIdOfWords, refText } from "./ref_text.ts";
import { printfExponential } from "./format_float.ts";

/**
 * How local funs cross the external format (NEW_FUN_EXT), given by the node whose code they run:
 * a fun is named by its module, the md5 of that module's code, its place in the module's fun
 * table, the uniq of its code, its creator and its free variables; it is read back as a fun
 * whatever is loaded (one whose code is not loaded fails when called, as on the BEAM).
 */
export interface FunCodec {
  md5Of(fun: Fun): Uint8Array;
  funOf(module: Atom, md5: Uint8Array, index: number, uniq: number, arity: number, env: Term[], creator: Pid): Fun;
  /** the node's name its pids and references are written with (:nonode@nohost when absent) */
  self?: Atom;
  /** that node's creation (0, the default, on a node that is not alive; a named node's own) */
  creation?: number;
}

/** in the work list of an encoding: the NEW_FUN_EXT whose size field is at `at` ends here */
class FunEnd {
  constructor(readonly at: number) {}
}

class Writer {
  /** term_to_binary's {:minor_version, N}: 0 writes floats as text, 2 every atom as UTF-8 */
  constructor(readonly minor = 1, readonly funs?: FunCodec, readonly forSize = false) {}
  private buf = new Uint8Array(64);
  len = 0;
  private grow(n: number): void {
    this.buf = withRoom(this.buf, this.len, n);
  }
  u8(x: number): void { this.grow(1); this.buf[this.len++] = x & 255; }
  u16(x: number): void { this.u8(x >>> 8); this.u8(x); }
  u32(x: number): void { this.u8(x >>> 24); this.u8(x >>> 16); this.u8(x >>> 8); this.u8(x); }
  bytes(b: Uint8Array): void { this.grow(b.length); this.buf.set(b, this.len); this.len += b.length; }
  /** overwrite the 32-bit field at `at` */
  patch32(at: number, x: number): void { new DataView(this.buf.buffer).setUint32(at, x); }
  result(): Uint8Array { return this.buf.slice(0, this.len); }
  /** the node a pid or reference is written as of: this node's name, as a named node writes it */
  get self(): Atom { return this.funs?.self ?? NOT_ALIVE; }
  get creation(): number { return this.funs?.creation ?? 0; }
}

const utf8 = new TextEncoder();

function writeAtom(w: Writer, a: Atom): void {
  const cps = [...a.name].map((c) => c.codePointAt(0)!);
  if (w.minor < 2 && cps.every((c) => c < 256)) {
    w.u8(100);
    w.u16(cps.length);
    for (const c of cps) w.u8(c);
    return;
  }
  const b = utf8.encode(a.name);
  if (b.length < 256) { w.u8(119); w.u8(b.length); } else { w.u8(118); w.u16(b.length); }
  w.bytes(b);
}

function writeInteger(w: Writer, n: number | bigint): void {
  if (typeof n === "number" && n >= 0 && n <= 255) { w.u8(97); w.u8(n); return; }
  if (typeof n === "number" && n >= -2147483648 && n <= 2147483647) { w.u8(98); w.u32(n >>> 0); return; }
  let v = BigInt(n);
  const sign = v < 0n ? 1 : 0;
  if (v < 0n) v = -v;
  const digits: number[] = [];
  while (v > 0n) { digits.push(Number(v & 255n)); v >>= 8n; }
  if (digits.length < 256) { w.u8(110); w.u8(digits.length); } else { w.u8(111); w.u32(digits.length); }
  w.u8(sign);
  for (const d of digits) w.u8(d);
}

/** a term's encoding, written in order with the parts still to write on a work list (terms nest
 *  10,000 deep, deeper than JS recursion goes) */
function encode(w: Writer, root: Term): void {
  const todo: Term[] = [root];
  const later = (parts: Term[]) => {
    for (let i = parts.length - 1; i >= 0; i--) todo.push(parts[i]);
  };
  while (todo.length > 0) later(encodeHead(w, todo.pop()!));
}

/** terms, list cells or elements handled between two yields of encodeSteps */
const ENCODE_STEP = 1024;

/**
 * encode (as above, a list's cells gathered in steps too) as a generator that yields, every ENCODE_STEP terms or list cells, the units of work
 * done since (one per 16 bytes written, at least one per 8 terms), so that a BIF job can encode
 * a huge term in chunks (vm/bifs/bif_jobs.ts)
 */
function* encodeSteps(w: Writer, root: Term): Generator<number, void, void> {
  const todo: Term[] = [root];
  let k = 0, mark = w.len;
  const units = () => Math.max((w.len - mark) >> 4, k >> 3);
  while (todo.length > 0) {
    const t = todo.pop()!;
    let parts: Term[];
    if (t instanceof Cons) {
      // a list's cells are gathered in steps too (a list of millions)
      const items: Term[] = [];
      let l: Term = t;
      while (l instanceof Cons) {
        items.push(l.head);
        l = l.tail;
        if (++k >= ENCODE_STEP) { yield units(); k = 0; mark = w.len; }
      }
      parts = encodeList(w, items, l);
    } else parts = encodeHead(w, t);
    for (let i = parts.length - 1; i >= 0; i--) {
      todo.push(parts[i]);
      if (++k >= ENCODE_STEP) { yield units(); k = 0; mark = w.len; }
    }
    if (++k >= ENCODE_STEP) { yield units(); k = 0; mark = w.len; }
  }
  yield units();
}

/** a list's encoding: a string of bytes written whole, else its header, its items to write after */
function encodeList(w: Writer, items: Term[], tail: Term): Term[] {
  if (tail === NIL && items.length <= 65535 && items.every((x) => typeof x === "number" && x >= 0 && x <= 255)) {
    w.u8(107);
    w.u16(items.length);
    for (const x of items) w.u8(x as number);
    return [];
  }
  w.u8(108);
  w.u32(items.length);
  items.push(tail);
  return items;
}

/** write `t`, or its header when it has parts: those are returned, to be written after it */
function encodeHead(w: Writer, t: Term): Term[] {
  const none: Term[] = [];
  if (typeof t === "number" || typeof t === "bigint") { writeInteger(w, t); return none; }
  if (t instanceof Float && w.minor === 0) {
    // FLOAT_EXT: C's "%.20e", NUL-padded to 31 bytes
    const [m0, e] = printfExponential(t.value, 20).split("e");
    const m = Object.is(t.value, -0) ? "-" + m0 : m0;
    const exp = (e[0] === "-" ? "-" : "+") + e.slice(1).padStart(2, "0");
    w.u8(99);
    const text = utf8.encode(m + "e" + exp);
    const field = new Uint8Array(31);
    field.set(text.subarray(0, 31));
    w.bytes(field);
    return none;
  }
  if (t instanceof Float) {
    w.u8(70);
    const b = new Uint8Array(8);
    new DataView(b.buffer).setFloat64(0, t.value);
    w.bytes(b);
    return none;
  }
  if (t instanceof Atom) { writeAtom(w, t); return none; }
  if (t === NIL) { w.u8(106); return none; }
  if (t instanceof Cons) {
    const items: Term[] = [];
    let l: Term = t;
    while (l instanceof Cons) { items.push(l.head); l = l.tail; }
    return encodeList(w, items, l);
  }
  if (t instanceof Tuple) {
    if (t.items.length < 256) { w.u8(104); w.u8(t.items.length); } else { w.u8(105); w.u32(t.items.length); }
    return t.items;
  }
  if (isMap(t)) {
    const entries = t.entries();
    w.u8(116);
    w.u32(entries.length);
    return entries.flat();
  }
  if (t instanceof Bin) {
    if (t.tailBits === 0) { w.u8(109); w.u32(t.size); w.bytes(t.bytes); return none; }
    w.u8(77);
    w.u32(t.size);
    w.u8(t.tailBits);
    w.bytes(t.bytes);
    return none;
  }
  if (t instanceof ForeignPid) {
    w.u8(88);
    writeAtom(w, t.nodeName);
    w.u32(t.number); w.u32(t.serial); w.u32(t.creation);
    return none;
  }
  if (t instanceof Pid) {
    // NEW_PID_EXT: this node's name, the pid's number and serial, this node's creation (0 on a
    // node that is not alive)
    w.u8(88);
    writeAtom(w, w.self);
    w.u32(t.id & PID_NUMBER_MAX); w.u32(Math.floor(t.id / (PID_NUMBER_MAX + 1))); w.u32(w.creation);
    return none;
  }
  if (t instanceof ForeignRef) {
    w.u8(90);
    w.u16(t.words.length);
    writeAtom(w, t.nodeName);
    w.u32(t.creation);
    for (const x of t.words) w.u32(x);
    return none;
  }
  if (t instanceof Ref) {
    // NEWER_REFERENCE_EXT: 3 words, the lowest first, of this node (and its creation)
    w.u8(90);
    w.u16(3);
    writeAtom(w, w.self);
    w.u32(w.creation);
    for (const x of refText(t.id).split(".").slice(1).reverse()) w.u32(Number(x));
    return none;
  }
  if (t instanceof ExtFun) {
    w.u8(113);
    writeAtom(w, t.module); writeAtom(w, t.name); writeInteger(w, t.exportArity);
    return none;
  }
  if (t instanceof Fun && w.funs) {
    // NEW_FUN_EXT: Size Arity Uniq(md5) Index NumFree Module OldIndex OldUniq Pid FreeVars...,
    // its size written once the free variables are (FunEnd)
    w.u8(112);
    const at = w.len;
    w.u32(0);
    w.u8(t.arity);
    w.bytes(w.funs.md5Of(t));
    const index = funTableIndex(t);
    w.u32(index);
    w.u32(t.env.length);
    writeAtom(w, t.module);
    // (external_size counts the old index as an INTEGER_EXT whatever it is, as erts does)
    if (w.forSize) { w.u8(98); w.u32(index); } else writeInteger(w, index);
    writeInteger(w, t.uniq);
    // (a fun made outside any process, by beamlet itself: the node's first)
    encodeHead(w, t.creator ?? new Pid(0, 0));
    return [...t.env, new FunEnd(at) as unknown as Term];
  }
  if ((t as unknown) instanceof FunEnd) {
    const at = (t as unknown as FunEnd).at;
    w.patch32(at, w.len - at);
    return none;
  }
  if (t instanceof Port) {
    // NEW_PORT_EXT (V4_PORT_EXT for a number past 32 bits): node, number, creation
    const [node, number, creation] = t instanceof ForeignPort ? [t.nodeName, t.number, t.creation] : [w.self, BigInt(t.id), w.creation];
    w.u8(number < 2n ** 32n ? 89 : 120);
    writeAtom(w, node);
    if (number >= 2n ** 32n) w.u32(Number(number >> 32n));
    w.u32(Number(number & 0xffffffffn));
    w.u32(creation);
    return none;
  }
  // (funs have none without the node's code)
  badarg();
}

/** how a decoder takes what it reads: how it makes atoms; `plain`: only terms a literal can be
 *  (no pids, references or external funs); `safe`: binary_to_term's :safe, no atom that does not
 *  exist yet (a peer's data cannot fill the atom table) */
export interface DecodeOptions {
  atom?: (name: string) => Atom;
  plain?: boolean;
  safe?: boolean;
  /** local funs are read back through the node's code (without it they are no term) */
  funs?: FunCodec;
}

class Reader {
  pos = 0;
  constructor(readonly b: Uint8Array, readonly opts: DecodeOptions = {}) {}
  atom(name: string): Atom {
    // OTP's atoms are at most 255 characters
    if (name.length > 255 && [...name].length > 255) throw new Bad();
    if (this.opts.atom) return this.opts.atom(name);
    const a = atomIfMade(name);
    if (a !== undefined) return a;
    // (the names a real node starts with, existingAtom's, are asked for only when they decide:
    // a :safe decoding, or a full table. Any other atom is made here anyway, and asking read
    // Elixir's list of 15,000 names into every run whose library literals held a name beamlet
    // had not made yet: 0.8 MB of a hello world's memory)
    if (this.opts.safe) return existingAtom(name) ?? raiseUnsafe();
    // past the atom table's size a system limit (the BEAM itself would abort)
    if (atomCount() >= getAtomLimit()) return existingAtom(name) ?? raise(atom("system_limit"));
    return atom(name);
  }
  need(n: number): void { if (this.pos + n > this.b.length) throw new Bad(); }
  u8(): number { this.need(1); return this.b[this.pos++]; }
  u16(): number { return (this.u8() << 8) | this.u8(); }
  u32(): number { return ((this.u8() << 24) | (this.u8() << 16) | (this.u8() << 8) | this.u8()) >>> 0; }
  take(n: number): Uint8Array { this.need(n); const out = this.b.slice(this.pos, this.pos + n); this.pos += n; return out; }
}

/** bytes that are no term's encoding */
class Bad extends Error {}
/** (binary_to_term's :safe) an encoding that would make a new atom */
class Unsafe extends Bad {}
function raiseUnsafe(): never {
  throw new Unsafe();
}
const utf8d = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

function decodeAtomName(r: Reader, tag: number): string {
  const n = tag === 100 || tag === 118 ? r.u16() : r.u8();
  const bytes = r.take(n);
  if (tag === 100 || tag === 115) {
    let name = "";
    for (const b of bytes) name += String.fromCharCode(b);
    return name;
  }
  try { return utf8d.decode(bytes); } catch { throw new Bad(); }
}

/** OTP's largest integer: 2^19 - 1 words of 64 bits */
const MAX_BIG_BYTES = 4_194_296;

/** a bignum's n little-endian bytes, read in time linear in n (through hex text, as shifting a
 *  BigInt byte by byte is quadratic) */
function decodeBig(r: Reader, n: number): number | bigint {
  if (n > MAX_BIG_BYTES) throw new Bad();
  const sign = r.u8();
  r.need(n);
  const b = r.b;
  let v: bigint;
  if (n <= 6) {
    let x = 0;
    for (let i = n - 1; i >= 0; i--) x = x * 256 + b[r.pos + i];
    v = BigInt(x);
  } else {
    const hex = new Array<string>(n);
    for (let i = 0; i < n; i++) hex[i] = HEX[b[r.pos + n - 1 - i]];
    v = BigInt("0x" + hex.join(""));
  }
  r.pos += n;
  if (sign) v = -v;
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
}
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** an atom (a pid's or reference's node, an export's module and name) */
function decodeAtom(r: Reader): Atom {
  const tag = r.u8();
  if (tag !== 100 && tag !== 115 && tag !== 118 && tag !== 119) throw new Bad();
  return r.atom(decodeAtomName(r, tag));
}

/** a container being decoded: its tag, how many parts it has, those read so far */
interface Open {
  tag: number;
  need: number;
  parts: Term[];
  /** NEW_FUN_EXT: what its header said */
  fun?: FunHeader;
}

/** a NEW_FUN_EXT's fields before its free variables */
interface FunHeader { start: number; size: number; arity: number; md5: Uint8Array; index: number; numFree: number; module: Atom; uniq: number; creator: Pid }

function decodeFunHeader(r: Reader): FunHeader {
  if (r.opts.plain || !r.opts.funs) throw new Bad();
  const start = r.pos;
  const size = r.u32();
  const arity = r.u8();
  const md5 = r.take(16);
  const index = r.u32();
  const numFree = r.u32();
  // (each free variable takes a byte at least)
  if (numFree > r.b.length - r.pos || size > r.b.length - start + 1) throw new Bad();
  const module = decodeAtom(r);
  const oldIndex = decodeLeaf(r, r.u8());
  const uniq = decodeLeaf(r, r.u8());
  const pid = decodeLeaf(r, r.u8());
  if (typeof oldIndex !== "number" || typeof uniq !== "number" || !(pid instanceof Pid)) throw new Bad();
  return { start, size, arity, md5, index, numFree, module, uniq, creator: pid };
}

/** the fun a NEW_FUN_EXT names, its size checked against the bytes its parts took */
function makeFun(r: Reader, f: FunHeader, env: Term[]): Term {
  if (r.pos - f.start !== f.size) throw new Bad();
  return r.opts.funs!.funOf(f.module, f.md5, f.index, f.uniq, f.arity, env, f.creator);
}

/** containers opened or closed and leaves read between two yields of decodeSteps */
const DECODE_STEP = 1024;

/**
 * a term, with the containers still open on a work list (terms nest 10,000 deep), as a generator
 * that yields, every DECODE_STEP terms, the units of work done since (one per 16 bytes read, at
 * least one per 8 terms), so that binary_to_term of a huge binary runs as a BIF job
 */
function* decodeSteps(r: Reader): Generator<number, Term, void> {
  const open: Open[] = [];
  let k = 0, mark = r.pos;
  for (;;) {
    if (++k >= DECODE_STEP) {
      yield Math.max((r.pos - mark) >> 4, k >> 3);
      k = 0;
      mark = r.pos;
    }
    const tag = r.u8();
    let value: Term;
    if (tag === 108 || tag === 104 || tag === 105 || tag === 116) {
      const n = tag === 104 ? r.u8() : r.u32();
      const need = tag === 108 ? n + 1 : tag === 116 ? 2 * n : n;
      // a count larger than the bytes left cannot be honest (each part takes a byte at least)
      if (need > r.b.length - r.pos) throw new Bad();
      if (need > 0) {
        open.push({ tag, need, parts: [] });
        continue;
      }
      value = tag === 116 ? mapFromEntries([]) : tuple();
    } else if (tag === 112) {
      // NEW_FUN_EXT: its header, then its free variables as a container's parts
      const f = decodeFunHeader(r);
      if (f.numFree > 0) {
        open.push({ tag, need: f.numFree, parts: [], fun: f });
        continue;
      }
      value = makeFun(r, f, []);
    } else value = decodeLeaf(r, tag);
    for (;;) {
      const o = open[open.length - 1];
      if (o === undefined) return value;
      o.parts.push(value);
      if (o.parts.length < o.need) break;
      open.pop();
      value = closeContainer(r, o);
    }
  }
}

/** decodeSteps run to its end at once */
function decode(r: Reader): Term {
  const g = decodeSteps(r);
  for (;;) {
    const s = g.next();
    if (s.done) return s.value;
  }
}

function closeContainer(r: Reader, o: Open): Term {
  const p = o.parts;
  if (o.fun) return makeFun(r, o.fun, p);
  if (o.tag === 108) return list(p.slice(0, -1), p[p.length - 1]);
  if (o.tag === 116) {
    const entries: [Term, Term][] = [];
    for (let i = 0; i < p.length; i += 2) entries.push([p[i], p[i + 1]]);
    const m = mapFromEntries(entries);
    // a key written twice is no map's encoding
    if (m.size !== entries.length) throw new Bad();
    return m;
  }
  return tuple(...p);
}

/** NEW_PID_EXT (PID_EXT: its creation in one byte): a pid of this node where it names this node
 *  with its creation (0 on a node that is not alive; on a named node 0 is another incarnation's,
 *  as OTP reads it), of this node's size; another node's (ForeignPid) where it names another node
 *  or creation */
function decodePid(r: Reader, tag: number): Pid {
  const node = decodeAtom(r);
  const number = r.u32(), serial = r.u32();
  const creation = tag === 88 ? r.u32() : r.u8();
  const self = r.opts.funs?.self ?? NOT_ALIVE, own = r.opts.funs?.creation ?? 0;
  if (node !== self || creation !== own) return new ForeignPid(node, creation, number, serial, self, own);
  if (number > PID_NUMBER_MAX || serial > PID_SERIAL_MAX) throw new Bad();
  return new Pid(serial * (PID_NUMBER_MAX + 1) + number);
}

/** a term with no parts to decode */
function decodeLeaf(r: Reader, tag: number): Term {
  if (r.opts.plain && (tag === 88 || tag === 103 || tag === 89 || tag === 120 || tag === 90 || tag === 113)) throw new Bad();
  switch (tag) {
    case 97: return r.u8();
    case 98: return r.u32() | 0;
    case 110: return decodeBig(r, r.u8());
    case 111: return decodeBig(r, r.u32());
    case 70: {
      const v = new DataView(r.take(8).buffer).getFloat64(0);
      // (the BEAM has no NaN nor infinities)
      if (!Number.isFinite(v)) throw new Bad();
      return new Float(v);
    }
    case 99: {
      // FLOAT_EXT (minor_version 0): the text "%.20e" wrote, NUL-padded to 31 bytes
      const text = String.fromCharCode(...r.take(31)).replace(/\0+$/, "");
      const v = Number(text);
      if (!/^[-+]?\d+\.\d+e[-+]\d+$/.test(text) || !Number.isFinite(v)) throw new Bad();
      return new Float(v);
    }
    case 100: case 115: case 118: case 119: return r.atom(decodeAtomName(r, tag));
    case 106: return NIL;
    case 107: { const n = r.u16(); return list([...r.take(n)]); }
    case 109: return binFromBytes(r.take(r.u32()));
    case 77: {
      const n = r.u32();
      const bits = r.u8();
      const bytes = r.take(n);
      // (an empty one says 0 bits)
      if (n === 0 ? bits !== 0 : bits < 1 || bits > 8) throw new Bad();
      return bits === 8 || n === 0 ? binFromBytes(bytes) : new Bin(bytes, undefined, bits);
    }
    case 88: case 103: return decodePid(r, tag);
    case 89: case 120: {
      const node = decodeAtom(r);
      const number = tag === 89 ? BigInt(r.u32()) : (BigInt(r.u32()) << 32n) | BigInt(r.u32());
      const creation = r.u32();
      const self = r.opts.funs?.self ?? NOT_ALIVE, own = r.opts.funs?.creation ?? 0;
      if (node !== self || creation !== own) return new ForeignPort(node, creation, number, self, own);
      // (this node's port numbers have 28 bits)
      if (number >= 2n ** 28n) throw new Bad();
      return new Port(Number(number));
    }
    case 90: {
      const n = r.u16();
      const node = decodeAtom(r);
      const creation = r.u32();
      if (n > 5) throw new Bad();
      const words: number[] = [];
      for (let i = 0; i < n; i++) words.push(r.u32());
      // this node's (named so, of its creation), of 1 to 3 words: the reference that prints them
      const self = r.opts.funs?.self ?? NOT_ALIVE, own = r.opts.funs?.creation ?? 0;
      if (node === self && creation === own) {
        if (n < 1 || n > 3) throw new Bad();
        return new Ref(refIdOfWords(words[2] ?? 0, words[1] ?? 0, words[0]));
      }
      return new ForeignRef(node, creation, words, self, own);
    }
    case 113: {
      const m = decodeAtom(r), f = decodeAtom(r), a = decodeLeaf(r, r.u8());
      // OTP 25 takes any non-negative small integer (below 2^59): the fun's arity is its low 8
      // bits, the function called its low 32 (so &:lists.seq/258 is a fun of 2 that is undef)
      if (!(typeof a === "number" || typeof a === "bigint") || a < 0 || a >= 2n ** 59n) throw new Bad();
      const big = BigInt(a);
      return new ExtFun(m, f, Number(big & 255n), Number(big & 0xffffffffn));
    }
    default: throw new Bad();
  }
}

/** the external format of a term, version byte included (minor: term_to_binary's minor_version) */
export function encodeExternal(t: Term, minor = 1, funs?: FunCodec, forSize = false): Uint8Array {
  const w = new Writer(minor, funs, forSize);
  w.u8(131);
  encode(w, t);
  return w.result();
}

/** encodeExternal as a generator of work units (see encodeSteps), for a BIF job */
export function* encodeExternalSteps(t: Term, minor = 1, funs?: FunCodec, forSize = false): Generator<number, Uint8Array, void> {
  const w = new Writer(minor, funs, forSize);
  w.u8(131);
  yield* encodeSteps(w, t);
  return w.result();
}

/** the term an external format holds, or undefined when the bytes are not one */
export function decodeExternal(bytes: Uint8Array, opts: DecodeOptions = {}): Term | undefined {
  const r = new Reader(bytes, opts);
  try {
    if (r.u8() !== 131) return undefined;
    const t = decode(r);
    return r.pos === bytes.length ? t : undefined;
  } catch (e) {
    if (e instanceof Bad) return undefined;
    throw e;
  }
}

/** what binary_to_term makes of bytes: the term and the bytes it took (what follows is ignored,
 *  as by OTP), "bad" or (with opts.safe) "unsafe" */
export type Decoded = { term: Term; used: number } | "bad" | "unsafe";

/** binary_to_term's decoding as a generator of work units (see decodeSteps), for a BIF job */
export function* decodeExternalSteps(bytes: Uint8Array, opts: DecodeOptions = {}): Generator<number, Decoded, void> {
  const r = new Reader(bytes, opts);
  try {
    if (r.u8() !== 131) return "bad";
    const term = yield* decodeSteps(r);
    return { term, used: r.pos };
  } catch (e) {
    if (e instanceof Unsafe) return "unsafe";
    if (e instanceof Bad) return "bad";
    throw e;
  }
}

/** a term from the external format of bytes beamlet itself stores (a bad one raises badarg) */
export function termFromExternal(bytes: Uint8Array): Term {
  return decodeExternal(bytes) ?? badarg();
}
