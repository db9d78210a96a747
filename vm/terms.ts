// Terms: the values of the language, as the VM holds them.
//
//   integer   JS number while Number.isSafeInteger, BigInt beyond (normalised back by `int`)
//   float     boxed Float, because 1.0 and 1 are different terms JS numbers cannot tell apart
//   atom      interned Atom (compare by identity); true/false/nil are atoms
//   binary    Bin: UTF-8 bytes (byte_size("é") == 2)
//   list      Cons cells ending in NIL (improper lists allowed)
//   tuple     Tuple wrapping a JS array
//   map       MapT (vm/map.ts): persistent, iterated in term order
//   pid, ref  Pid, Ref
//   port      Port (a socket of :gen_tcp: vm/bifs/tcp.ts)
//   fun       Fun (a closure made by a module version) or ExtFun (&Mod.f/2)
//
// Every class sets all its fields in its constructor, always in the same order (monomorphic shapes).

import { smallBytes, smallAlloc, currentSlab, SMALL_MAX } from "./small_bytes.ts";

export type Term =
  | number
  | bigint
  | Float
  | Atom
  | Bin
  | Cons
  | Nil
  | Tuple
  | MapLike
  | Pid
  | Port
  | Ref
  | Fun
  | ExtFun;

export class Float {
  constructor(public readonly value: number) {}
}

export class Atom {
  constructor(public readonly name: string, public readonly id: number) {}
}

const atomTable = new Map<string, Atom>();
export function atom(name: string): Atom {
  let a = atomTable.get(name);
  if (a === undefined) {
    a = new Atom(name, atomTable.size);
    atomTable.set(name, a);
  }
  return a;
}
/** the BEAM's default atom table size; atoms made from data past it are a system limit */
export const DEFAULT_ATOM_LIMIT = 1_048_576;
let atomLimit = DEFAULT_ATOM_LIMIT;
export function atomCount(): number {
  return atomTable.size;
}
export function getAtomLimit(): number {
  return atomLimit;
}
/** like the BEAM's +t: the atom table's size (the table is shared by the nodes of this host) */
export function setAtomLimit(n: number): void {
  atomLimit = n;
}
/** the names a real node's atom table holds when a script starts (the host gives them: cli/ reads
 *  Elixir's list, scripts/gen-startup-atoms.exs); beamlet's table starts with its own names */
let startupAtom: ((name: string) => boolean) | null = null;
export function setStartupAtoms(has: (name: string) => boolean): void {
  startupAtom = has;
}
/** the atom, when this host's table has it already (existingAtom: or a real node's would) */
export function atomIfMade(name: string): Atom | undefined {
  return atomTable.get(name);
}
export function existingAtom(name: string): Atom | undefined {
  return atomTable.get(name) ?? (startupAtom?.(name) ? atom(name) : undefined);
}

export const TRUE = atom("true");
export const FALSE = atom("false");
export const NIL_ATOM = atom("nil");
export const OK = atom("ok");
export const ERROR = atom("error");
export const UNDEFINED = atom("undefined");

export function bool(b: boolean): Atom {
  return b ? TRUE : FALSE;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });

/** below this length ASCII text is converted by a loop: TextEncoder/TextDecoder calls cost more */
const SHORT_TEXT = 64;

/**
 * The decoded texts of binaries longer than SHORT_TEXT, once asked for (or given when made). A
 * shorter one is decoded at each ask, a loop over at most SHORT_TEXT bytes: a field for the text
 * on every binary was an eighth of its size, which every minor GC copies while it lives.
 */
const longTexts = new WeakMap<Bin, string>();

/** A binary. */
export class Bin {
  /**
   * A bitstring that is not whole bytes (<<1::3>>) keeps its bits in `bytes` from the most
   * significant end, the last byte only partly used: tailBits (1..7) of it; the unused low bits
   * are zero. 0 for a binary (whole bytes), which is what almost every Bin is: the 0 is on the
   * prototype (below the class), and only a bitstring has a field of its own for it, so a binary
   * is three fields (a field per binary was another eighth of its size).
   */
  declare readonly tailBits: number;
  /**
   * Its bytes are buf[off .. off + size]. A small binary is a range of a shared slab
   * (vm/small_bytes.ts) without a typed array of its own: a Uint8Array view costs V8 about 5x
   * the allocation time of this object and doubles what every minor GC copies while it lives.
   */
  private readonly buf: Uint8Array;
  private readonly off: number;
  /** byte_size: the bytes, the last one partly used when tailBits > 0 */
  readonly size: number;
  constructor(bytes: Uint8Array, text?: string, tailBits = 0, off = 0, size = bytes.length) {
    this.buf = bytes;
    this.off = off;
    this.size = size;
    if (tailBits !== 0) (this as { tailBits: number }).tailBits = tailBits;
    if (text !== undefined && size > SHORT_TEXT) longTexts.set(this, text);
  }
  /** the bytes (a view made on each read for a binary in a slab: read it once, not in a loop) */
  get bytes(): Uint8Array {
    const b = this.buf;
    return this.off === 0 && this.size === b.length ? b : b.subarray(this.off, this.off + this.size);
  }
  /** the typed array its bytes are in (from storeOffset): vm/binary_build.ts appends in place there */
  get store(): Uint8Array {
    return this.buf;
  }
  get storeOffset(): number {
    return this.off;
  }
  /** byte i (0 <= i < size) */
  byteAt(i: number): number {
    return this.buf[this.off + i];
  }
  /** its first n bytes (all by default) written to dst at `at`, without a view for a short one */
  copyInto(dst: Uint8Array, at: number, n = this.size): void {
    const b = this.buf, off = this.off;
    if (n <= 16) for (let i = 0; i < n; i++) dst[at + i] = b[off + i];
    else dst.set(off === 0 && n === b.length ? b : b.subarray(off, off + n), at);
  }
  /** bytes from..to as a binary of its own, sharing these bytes (a sub-binary, as on the BEAM) */
  slice(from: number, to: number): Bin {
    return new Bin(this.buf, undefined, 0, this.off + from, to - from);
  }
  /** whether its bytes equal o's (the same size is the caller's check) */
  sameBytes(o: Bin): boolean {
    const x = this.buf, y = o.buf, a = this.off, b = o.off;
    for (let i = 0, n = this.size; i < n; i++) if (x[a + i] !== y[b + i]) return false;
    return true;
  }
  /**
   * its bytes against o's in the term order of binaries (both whole bytes): the first byte that
   * differs, else the shorter first. Read in place: `bytes` makes a view of a binary in a slab at
   * each read, two per comparison of short map keys or sorted strings
   */
  compareBytes(o: Bin): number {
    const x = this.buf, y = o.buf, a = this.off, b = o.off;
    const n = this.size < o.size ? this.size : o.size;
    for (let i = 0; i < n; i++) {
      const d = x[a + i] - y[b + i];
      if (d !== 0) return d;
    }
    return this.size - o.size;
  }
  /** the size in bits (bit_size/1) */
  get bitSize(): number {
    return this.tailBits === 0 ? this.size * 8 : (this.size - 1) * 8 + this.tailBits;
  }
  /** whole bytes: a binary, not only a bitstring */
  get isBinary(): boolean {
    return this.tailBits === 0;
  }
  /** Decoded text; invalid sequences become U+FFFD. Use isValidUtf8 when that matters. */
  toString(): string {
    const n = this.size;
    if (n > SHORT_TEXT) {
      let t = longTexts.get(this);
      if (t === undefined) longTexts.set(this, (t = utf8Decode(this.bytes)));
      return t;
    }
    // (ASCII read in place: no view of a binary in a slab)
    const b = this.buf, off = this.off;
    let s = "";
    for (let i = 0; i < n; i++) {
      const c = b[off + i];
      if (c >= 0x80) return decoder.decode(this.bytes);
      s += String.fromCharCode(c);
    }
    return s;
  }
}
// (writable: a bitstring's own tailBits is set by assignment in the constructor)
Object.defineProperty(Bin.prototype, "tailBits", { value: 0, writable: true });
export function bin(s: string): Bin {
  const n = s.length;
  if (n > SMALL_MAX || n === 0) return new Bin(utf8Encode(s), s);
  // short text: ASCII straight into the slab, with no view of its own
  const off = smallAlloc(n);
  const slab = currentSlab();
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return new Bin(encoder.encode(s), s);
    slab[off + i] = c;
  }
  return new Bin(slab, s, 0, off, n);
}

/**
 * The decimal text of an integer as a binary (integer_to_binary/1, Integer.to_string/1). An int32
 * has its digits written straight into the slab: no JS string made and re-encoded, which was a
 * third of the time of a loop making numbers into text.
 */
export function decimalBin(n: number | bigint): Bin {
  if (typeof n !== "number" || (n | 0) !== n) return bin(String(n));
  let v = n < 0 ? -n : n;
  let size = n < 0 ? 2 : 1;
  for (let t = v; t >= 10; t = (t / 10) | 0) size++;
  const off = smallAlloc(size);
  const slab = currentSlab();
  let i = off + size;
  do {
    const q = (v / 10) | 0;
    slab[--i] = 48 + v - q * 10;
    v = q;
  } while (v > 0);
  if (n < 0) slab[off] = 45;
  return new Bin(slab, undefined, 0, off, size);
}


/** the UTF-8 bytes of s */
export function utf8Encode(s: string): Uint8Array {
  const n = s.length;
  if (n > SHORT_TEXT) return encoder.encode(s);
  const out = smallBytes(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return encoder.encode(s);
    out[i] = c;
  }
  return out;
}

/** the text of UTF-8 bytes (invalid sequences become U+FFFD) */
export function utf8Decode(b: Uint8Array): string {
  const n = b.length;
  if (n > SHORT_TEXT) return decoder.decode(b);
  let s = "";
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c >= 0x80) return decoder.decode(b);
    s += String.fromCharCode(c);
  }
  return s;
}
/** a string literal from the parser: lone surrogates U+DC80-U+DCFF stand for raw bytes ("\xFF");
 *  (matched as code points: the low half of a pair, as in "\u{1F4D6}", is no raw byte) */
export function binLiteral(s: string): Bin {
  if (!/[\udc80-\udcff]/u.test(s)) return bin(s);
  const out: number[] = [];
  for (const part of s.split(/([\udc80-\udcff])/u)) {
    if (part.length === 1 && part.charCodeAt(0) >= 0xdc80 && part.charCodeAt(0) <= 0xdcff) out.push(part.charCodeAt(0) - 0xdc00);
    else for (const b of encoder.encode(part)) out.push(b);
  }
  return new Bin(Uint8Array.from(out));
}
export function binFromBytes(bytes: Uint8Array): Bin {
  return new Bin(bytes);
}
export const EMPTY_BIN = bin("");

export class Nil {
  readonly kind = "nil";
}
/** The empty list []. There is exactly one. */
export const NIL = new Nil();

export class Cons {
  constructor(public readonly head: Term, public readonly tail: Term) {}
}

/** the BEAM's largest tuple (2^24 - 1 elements) */
export const MAX_TUPLE_SIZE = 16_777_215;

export class Tuple {
  constructor(public readonly items: Term[]) {}
  get size(): number {
    return this.items.length;
  }
}
export function tuple(...items: Term[]): Tuple {
  return new Tuple(items);
}

/** Implemented by vm/map.ts; declared here so Term stays one closed union. */
export interface MapLike {
  readonly isMap: true;
  readonly size: number;
  get(key: Term): Term | undefined;
  has(key: Term): boolean;
  put(key: Term, value: Term): MapLike;
  remove(key: Term): MapLike;
  /** Entries in Erlang term order of keys (the order maps print in). */
  entries(): [Term, Term][];
}

export class Pid {
  constructor(public readonly id: number, public readonly node: number = 0) {}
}

/**
 * A local pid's text `<0.N.S>` as OTP writes it: its id is OTP's 28 bits of pid data, a 15-bit
 * number and above it a 13-bit serial (the number wraps into the serial after 32767).
 */
export function pidText(p: Pid): string {
  if (p instanceof ForeignPid) return "<" + p.node + "." + p.number + "." + p.serial + ">";
  return "<" + p.node + "." + (p.id & PID_NUMBER_MAX) + "." + Math.floor(p.id / (PID_NUMBER_MAX + 1)) + ">";
}

/**
 * A pid of another node, as binary_to_term reads one (NEW_PID_EXT): its node's name and creation,
 * its number and serial (32 bits each). Its text's first number (`node`) is the place of its node's
 * name in the atom table, as the BEAM prints it (0 when it names this node, with another creation).
 * It is no process of this node (its id, -1, is none's); `localName` and `localCreation` are the
 * name and creation this node had when it was read, what a local pid's node is in the term order.
 */
export class ForeignPid extends Pid {
  constructor(
    readonly nodeName: Atom,
    readonly creation: number,
    readonly number: number,
    readonly serial: number,
    readonly localName: Atom,
    readonly localCreation = 0,
  ) {
    super(-1, nodeName === localName ? 0 : nodeName.id);
  }
}
export const PID_NUMBER_MAX = 0x7fff;
export const PID_SERIAL_MAX = 0x1fff;

/** a port (`#Port<0.N>`): beamlet's ports are :gen_tcp/:gen_udp sockets (vm/bifs/tcp.ts) */
export class Port {
  constructor(public readonly id: number) {}
}

/** A port of another node, as binary_to_term reads one (NEW_PORT_EXT, V4_PORT_EXT naming another
 *  node or creation): its node's name and creation, its number (64 bits in V4_PORT_EXT, so a
 *  bigint). It prints `#Port<N.number>`, N as a ForeignPid's. Its id, -1, is no port of this node's. */
export class ForeignPort extends Port {
  readonly channel: number;
  constructor(readonly nodeName: Atom, readonly creation: number, readonly number: bigint, readonly localName: Atom, readonly localCreation = 0) {
    super(-1);
    this.channel = nodeName === localName ? 0 : nodeName.id;
  }
}

export class Ref {
  constructor(public readonly id: number) {}
}

/**
 * A reference of another node, as binary_to_term reads one (NEWER_REFERENCE_EXT naming another
 * node or creation): its node's name and creation and its 1 to 5 words as written (the lowest
 * first). It prints `#Reference<N.W...>`, N as a ForeignPid's. Its id, -1, is no reference of this node's.
 */
export class ForeignRef extends Ref {
  readonly channel: number;
  constructor(readonly nodeName: Atom, readonly creation: number, readonly words: number[], readonly localName: Atom, readonly localCreation = 0) {
    super(-1);
    this.channel = nodeName === localName ? 0 : nodeName.id;
  }
}

/**
 * A closure. `version` is the module version that made it (R10: it keeps running that version's
 * code; calling it after that version is purged raises BadFunctionError).
 * `module` and `name` exist for inspect (`#Function<0.1234/1 in Mod.fun/2>`).
 */
export class Fun {
  constructor(
    public readonly version: unknown, // vm ModuleVersion, kept opaque here to avoid an import cycle
    public readonly index: number, // the lambda's function index inside the version
    public readonly arity: number,
    public readonly env: Term[], // captured free variables
    public readonly module: Atom,
    public readonly name: string, // e.g. "-main/0-fun-0-" ; informational
    public readonly uniq: number,
    /** the process that made it (OTP 25's fun_info pid, written in its external form) */
    public readonly creator: Pid | null = null,
  ) {}
}

/** An external function `&Mod.f/2`: always calls the current version (R8). */
export class ExtFun {
  constructor(
    public readonly module: Atom,
    public readonly name: Atom,
    public readonly arity: number,
    /** the arity of the function it calls: its own but for one read from the external format with
     *  an arity past 255 (OTP 25 keeps the fun's arity in a byte, the function's in 32 bits) */
    public readonly exportArity = arity,
  ) {}
}

// ---- integers ---------------------------------------------------------------------------------

/** Normalise a BigInt back to a number when it fits. */
export function int(v: bigint | number): number | bigint {
  if (typeof v === "number") return v;
  if (v >= -9007199254740991n && v <= 9007199254740991n) return Number(v);
  return v;
}
export function isInt(t: Term | undefined): t is number | bigint {
  return typeof t === "number" || typeof t === "bigint";
}
export function toBig(t: number | bigint): bigint {
  return typeof t === "bigint" ? t : BigInt(t);
}

/**
 * A big integer as the BEAM converts it to a float (float/1, arithmetic with a float, math, float
 * segments): its 64-bit digits from the most significant on, each rounded to a double, folded as
 * d * 2^64 + digit, so the result is rounded at each step (not always the nearest double, as
 * Number(b) is: float(503923299929377614184593594442461112755) is 5.039232999293776e38 on OTP 25).
 * Past 2^1024 it is Infinity (the BEAM's badarith/badarg, left to the caller).
 */
export function bigToDouble(b: bigint): number {
  const neg = b < 0n;
  const hex = (neg ? -b : b).toString(16);
  if (hex.length > 256) return neg ? -Infinity : Infinity;
  let d = 0;
  let at = hex.length % 16 || 16;
  for (let from = 0; from < hex.length; from = at, at += 16) {
    const digit = hex.slice(from, at);
    const hi = digit.length > 8 ? parseInt(digit.slice(0, -8), 16) : 0;
    const lo = parseInt(digit.length > 8 ? digit.slice(-8) : digit, 16);
    // hi * 2^32 and lo are exact; their sum is the digit rounded once to a double
    d = d * 18446744073709551616 + (hi * 4294967296 + lo);
  }
  return neg ? -d : d;
}

// ---- lists ------------------------------------------------------------------------------------

export function list(items: readonly Term[], tail: Term = NIL): Term {
  let l = tail;
  for (let i = items.length - 1; i >= 0; i--) l = new Cons(items[i], l);
  return l;
}

/** A charlist of a JS string's code points ('abc' for "abc"): file names in frames, texts of BIFs */
export function charlist(s: string): Term {
  let l: Term = NIL;
  const cps = [...s];
  for (let i = cps.length - 1; i >= 0; i--) l = new Cons(cps[i].codePointAt(0)!, l);
  return l;
}

/** The elements of a proper list, or null when the list is improper. */
export function listToArray(l: Term): Term[] | null {
  const out: Term[] = [];
  while (l instanceof Cons) {
    out.push(l.head);
    l = l.tail;
  }
  return l === NIL ? out : null;
}

export function isList(t: Term): t is Cons | Nil {
  return t === NIL || t instanceof Cons;
}

// ---- predicates -------------------------------------------------------------------------------

export function isAtom(t: Term): t is Atom {
  return t instanceof Atom;
}
export function isBoolean(t: Term): boolean {
  return t === TRUE || t === FALSE;
}
export function isMap(t: Term | undefined): t is MapLike {
  return typeof t === "object" && t !== null && (t as MapLike).isMap === true;
}
export function isNumber(t: Term): boolean {
  return typeof t === "number" || typeof t === "bigint" || t instanceof Float;
}
export function isFunction(t: Term): t is Fun | ExtFun {
  return t instanceof Fun || t instanceof ExtFun;
}
export function truthy(t: Term): boolean {
  return t !== FALSE && t !== NIL_ATOM;
}
