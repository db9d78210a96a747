// The .bbc object file: one module per file.
//   bytes 0..7   magic "BEAMLET\0"
//   bytes 8..9   format version (BYTECODE_VERSION), big endian
//   bytes 10..13 payload length, big endian
//   payload      UTF-8 JSON: module name, exports/functions, imports (atom table), literals (with
//                tagged terms), attributes, code (Int32 array), line table, docs
//   last 4 bytes checksum (FNV-1a of the payload)
// decodeModule checks the header, length and checksum, decodes the payload into plain data that
// cannot reach a prototype, and has vm/bytecode_verify.ts prove the code safe before anything is
// loaded: a bad file is {:error, :badfile} with the reason for the log.
import { BYTECODE_VERSION } from "../compiler/opcodes.ts";
import type { CompiledModule, DocEntry, FunctionDef, TypespecDoc, ImportDef } from "./module.ts";
import { verifyModule, BadFile, corrupt, FILE_RECORD } from "./bytecode_verify.ts";
export { BadFile } from "./bytecode_verify.ts";
import { Atom, Bin, Cons, Float, NIL, Tuple, atom, isMap, list, Term, binFromBytes, int, existingAtom, atomCount, getAtomLimit } from "./terms.ts";
import { mapFromEntries } from "./map.ts";
import { decodeExternal, encodeExternal } from "./external_term.ts";

const MAGIC = [66, 69, 65, 77, 76, 69, 84, 0];

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i];
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function b64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return btoa(s);
}
function unb64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** terms nested deeper than this in a literal are written in the external term format ($x): the
 *  payload is JSON, which JSON.stringify cannot write nested 10,000 deep */
const JSON_TERM_DEPTH = 64;

/** encode literal-table values: terms (tagged) inside plain objects/arrays (patterns, specs) */
export function encodeValue(x: unknown, depth = 0): unknown {
  if (depth > JSON_TERM_DEPTH && (x instanceof Cons || x instanceof Tuple || isMap(x as Term))) return { $x: b64(encodeExternal(x as Term)) };
  const d = depth + 1;
  if (typeof x === "number") return x;
  if (typeof x === "bigint") return { $big: x.toString() };
  if (typeof x === "string" || typeof x === "boolean" || x === null || x === undefined) return x ?? null;
  if (x instanceof Atom) return { $a: x.name };
  if (x instanceof Float) return { $f: Object.is(x.value, -0) ? "-0" : x.value };
  if (x instanceof Bin) return x.tailBits === 0 ? { $b: b64(x.bytes) } : { $b: b64(x.bytes), $tail: x.tailBits };
  if (x === NIL) return { $l: [] };
  if (x instanceof Cons) {
    const items: unknown[] = [];
    let t: Term = x;
    while (t instanceof Cons) { items.push(encodeValue(t.head, d)); t = t.tail; }
    return t === NIL ? { $l: items } : { $l: items, $t: encodeValue(t, d) };
  }
  if (x instanceof Tuple) return { $T: x.items.map((i) => encodeValue(i, d)) };
  if (isMap(x as Term)) return { $m: (x as any).entries().map(([k, v]: [Term, Term]) => [encodeValue(k, d), encodeValue(v, d)]) };
  if (Array.isArray(x)) return x.map((i) => encodeValue(i, d));
  if (typeof x === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x as object)) if (v !== undefined) o[k] = encodeValue(v, d);
    return o;
  }
  throw new Error("cannot encode literal");
}

const MAX_ATOM_CHARS = 255;
// keys that reach an object's prototype when assigned: never in decoded data
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

function atomName(x: unknown, what: string): string {
  if (typeof x !== "string") corrupt(`${what}: not an atom name`);
  if (x.length > MAX_ATOM_CHARS && [...x].length > MAX_ATOM_CHARS) corrupt(`${what}: atom longer than ${MAX_ATOM_CHARS} characters`);
  return x;
}

/** decoding trusted object code (the library, decoded at its first use): its atoms are the
 *  system's own, made whatever the program did to the atom table meanwhile */
let atomsUnlimited = false;

/** an atom from the file; the atom table's limit holds for files as for String.to_atom */
function fileAtom(x: unknown): Atom {
  const name = atomName(x, "literal");
  if (!atomsUnlimited && atomCount() >= getAtomLimit() && existingAtom(name) === undefined) corrupt("atom table full (system_limit)");
  return atom(name);
}

/** a tagged literal has its tag, maybe one optional key, and nothing else */
function exactKeys(x: object, optional?: string): void {
  let n = 0;
  for (const k in x) {
    n++;
    if (FORBIDDEN_KEYS.has(k)) corrupt(`a literal with the key ${k}`);
  }
  if (n !== (optional !== undefined && optional in x ? 2 : 1)) corrupt("a tagged literal with stray keys");
}

/** a term (tagged object or small integer) and nothing else: every part of it is a valid term */
function decodeTerm(x: any): Term {
  if (typeof x === "number") {
    if (!Number.isSafeInteger(x)) corrupt("an integer literal that is not an integer");
    return x;
  }
  if (typeof x !== "object" || x === null || Array.isArray(x)) corrupt("a term literal of the wrong type");
  if ("$a" in x) return exactKeys(x), fileAtom(x.$a);
  if ("$x" in x) {
    exactKeys(x);
    if (typeof x.$x !== "string") corrupt("a bad deep literal");
    return decodeExternal(unb64(x.$x), { atom: fileAtom, plain: true }) ?? corrupt("a bad deep literal");
  }
  if ("$big" in x) {
    exactKeys(x);
    if (typeof x.$big !== "string" || !/^-?\d{1,100000}$/.test(x.$big)) corrupt("a bad big integer literal");
    return int(BigInt(x.$big));
  }
  if ("$f" in x) {
    exactKeys(x);
    if (x.$f === "-0") return new Float(-0);
    if (typeof x.$f !== "number" || !Number.isFinite(x.$f)) corrupt("a bad float literal");
    return new Float(x.$f);
  }
  if ("$b" in x) {
    exactKeys(x, "$tail");
    if (typeof x.$b !== "string") corrupt("a bad binary literal");
    const bytes = unb64(x.$b);
    if (!("$tail" in x)) return binFromBytes(bytes);
    if (!Number.isInteger(x.$tail) || x.$tail < 1 || x.$tail > 7 || bytes.length === 0) corrupt("a bad bitstring literal");
    return new Bin(bytes, undefined, x.$tail);
  }
  // a binary that is UTF-8 text, as its text (the browser build's library file writes these)
  if ("$s" in x) {
    exactKeys(x);
    if (typeof x.$s !== "string") corrupt("a bad text binary literal");
    return binFromBytes(new TextEncoder().encode(x.$s));
  }
  if ("$l" in x) {
    exactKeys(x, "$t");
    if (!Array.isArray(x.$l)) corrupt("a bad list literal");
    return list(x.$l.map(decodeTerm), "$t" in x ? decodeTerm(x.$t) : NIL);
  }
  if ("$T" in x) {
    exactKeys(x);
    if (!Array.isArray(x.$T)) corrupt("a bad tuple literal");
    return new Tuple(x.$T.map(decodeTerm));
  }
  if ("$m" in x) {
    exactKeys(x);
    if (!Array.isArray(x.$m)) corrupt("a bad map literal");
    return mapFromEntries(x.$m.map((e: unknown): [Term, Term] => {
      if (!Array.isArray(e) || e.length !== 2) corrupt("a bad map literal entry");
      return [decodeTerm(e[0]), decodeTerm(e[1])];
    }));
  }
  corrupt("an untagged object where a term belongs");
}

/**
 * literal-table values: terms (tagged), and the plain objects and arrays of pattern descriptors
 * and segment specs around them. Plain objects come back without a prototype, so no key of the
 * file can reach Object.prototype or make an object pass for a term; the verifier then checks
 * each literal against the instructions that use it.
 */
export function decodeValue(x: any): any {
  if (typeof x === "number" || typeof x === "string" || typeof x === "boolean" || x === null) return x;
  if (Array.isArray(x)) return x.map(decodeValue);
  if (typeof x !== "object") corrupt("a literal of an unknown type");
  // one pass over the keys finds a term's tag (or a bad key) before anything is decoded
  for (const k in x) if (k.charCodeAt(0) === 36 || FORBIDDEN_KEYS.has(k)) return taggedOrBad(x);
  const o = Object.create(FILE_RECORD) as Record<string, unknown>;
  for (const k in x) o[k] = decodeValue(x[k]);
  return o;
}

/** an object with a key that starts with $ (a term's tag) or a forbidden key */
function taggedOrBad(x: any): any {
  if ("$a" in x || "$x" in x || "$l" in x || "$T" in x || "$b" in x || "$s" in x || "$m" in x || "$f" in x || "$big" in x) return decodeTerm(x);
  for (const k in x) if (FORBIDDEN_KEYS.has(k) || k.charCodeAt(0) === 36) corrupt(`a literal with the key ${k.slice(0, 40)}`);
}

/** a module's object code; `docs` in place of its own (objectMd5 leaves them out) */
export function writeModule(m: CompiledModule, docs: CompiledModule["docs"] = m.docs): Uint8Array {
  return framePayload(new TextEncoder().encode(JSON.stringify({
    name: m.name, file: m.file, code: Array.from(m.code), literals: m.literals.map(encodeValue), functions: m.functions,
    imports: m.imports, lines: m.lines, attributes: m.attributes.map(([k, v]) => [k, encodeValue(v)]),
    structFields: m.structFields, ...(m.structInfo === undefined ? {} : { structInfo: m.structInfo }), docs: encodeDocs(docs), ...(m.debug === undefined ? {} : { debug: encodeValue(m.debug) }),
    ...(m.defLine === undefined ? {} : { defLine: m.defLine }),
    ...(m.onLoad === undefined ? {} : { onLoad: m.onLoad }),
    ...(m.funUniq === undefined ? {} : { funUniq: m.funUniq }),
  })));
}

/** header, payload, checksum: a file around a JSON payload */
export function framePayload(payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(14 + payload.length + 4);
  out.set(MAGIC, 0);
  const dv = new DataView(out.buffer);
  dv.setUint16(8, BYTECODE_VERSION);
  dv.setUint32(10, payload.length);
  out.set(payload, 14);
  dv.setUint32(14 + payload.length, fnv1a(payload));
  return out;
}

/**
 * parse and verify; null when the bytes are not a valid module of this format version.
 * `trusted`: object code this beamlet wrote itself from its own compiler's output (the library
 * cache): the header, length and checksum are still checked, the bytecode verifier is skipped
 * (it was a seventh of start-up)
 */
export function readModule(bytes: Uint8Array, trusted = false): CompiledModule | null {
  const r = decodeModule(bytes, trusted);
  return r instanceof BadFile ? null : r;
}

/** whether `bytes` is a whole object file of this format with its checksum right (nothing parsed;
 *  `checksum` false: its caller checked the bytes already) */
export function frameIntact(bytes: Uint8Array, checksum = true): boolean {
  if (bytes.length < 18) return false;
  for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC[i]) return false;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint16(8) !== BYTECODE_VERSION) return false;
  const len = dv.getUint32(10);
  return 14 + len + 4 === bytes.length && (!checksum || dv.getUint32(14 + len) === fnv1a(bytes.subarray(14, 14 + len)));
}

/** parse and verify (unless trusted, as readModule): the module, or why the bytes are not valid object code */
export function decodeModule(bytes: Uint8Array, trusted = false): CompiledModule | BadFile {
  try {
    if (bytes.length < 18) corrupt("corrupt file header");
    for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC[i]) corrupt("corrupt file header");
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (dv.getUint16(8) !== BYTECODE_VERSION) corrupt(`unsupported format version ${dv.getUint16(8)} (this beamlet reads ${BYTECODE_VERSION})`);
    const len = dv.getUint32(10);
    if (14 + len + 4 !== bytes.length) corrupt("truncated or extended file (length mismatch)");
    const payload = bytes.subarray(14, 14 + len);
    if (dv.getUint32(14 + len) !== fnv1a(payload)) corrupt("checksum mismatch");
    let j: any;
    try {
      j = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(payload));
    } catch {
      corrupt("corrupt payload");
    }
    atomsUnlimited = trusted;
    let m: CompiledModule;
    try {
      m = fromJson(j);
    } finally {
      atomsUnlimited = false;
    }
    if (!trusted) verifyModule(m);
    return m;
  } catch (e) {
    if (e instanceof BadFile) return e;
    // anything else a hostile payload provokes (a literal nested past the JS stack, an allocation)
    return new BadFile(e instanceof RangeError ? "a literal too deeply nested or too large" : "corrupt payload");
  }
}

function field<T>(j: any, k: string, ok: (x: unknown) => boolean, what: string): T {
  const x = j[k];
  if (!ok(x)) corrupt(`bad ${what}`);
  return x as T;
}
const isArr = Array.isArray;
const isInt32 = (x: unknown) => typeof x === "number" && (x | 0) === x;

/** the payload's top level, typed; what each part means is the verifier's business */
function fromJson(j: any): CompiledModule {
  if (typeof j !== "object" || j === null || isArr(j)) corrupt("corrupt payload");
  const code = field<unknown[]>(j, "code", isArr, "code");
  for (let i = 0; i < code.length; i++) if (!isInt32(code[i])) corrupt(`code word ${i} is not a 32-bit integer`);
  return {
    name: atomName(j.name, "module name"),
    file: field<string>(j, "file", (x) => typeof x === "string", "file name"),
    code: new Int32Array(code as number[]),
    literals: field<unknown[]>(j, "literals", isArr, "literal table").map(decodeValue),
    functions: field<unknown[]>(j, "functions", isArr, "function table").map(plainRecord) as unknown as FunctionDef[],
    imports: field<unknown[]>(j, "imports", isArr, "import table").map(plainRecord) as unknown as ImportDef[],
    lines: field<number[]>(j, "lines", (x) => isArr(x) && x.length % 2 === 0 && x.every(isInt32), "line table"),
    attributes: field<unknown[]>(j, "attributes", isArr, "attributes").map((a) => {
      if (!isArr(a) || a.length !== 2) corrupt("bad attribute");
      return [atomName(a[0], "attribute name"), decodeTerm(a[1])] as [string, Term];
    }),
    structFields: field<string[] | null>(j, "structFields", (x) => x === null || (isArr(x) && x.every((f) => typeof f === "string")), "struct fields"),
    ...(j.structInfo === undefined ? {} : { structInfo: field<[string, boolean][]>(j, "structInfo", (x) => isArr(x) && x.every((f) => isArr(f) && f.length === 2 && typeof f[0] === "string" && typeof f[1] === "boolean"), "struct info") }),
    docs: decodeDocs(field<unknown>(j, "docs", (x) => typeof x === "object" && x !== null && !isArr(x), "docs")),
    // clause heads for FunctionClauseError's blame: a term, only read by Exception.blame_mfa/3
    ...(j.debug === undefined ? {} : { debug: decodeTerm(j.debug) }),
    // the defmodule's line (iex's open/1); absent in older files
    ...(j.defLine === undefined ? {} : { defLine: field<number>(j, "defLine", isInt32, "defmodule line") }),
    ...(j.onLoad === undefined ? {} : { onLoad: field<string>(j, "onLoad", (x) => typeof x === "string", "on_load function") }),
    // the uniq of its funs as its compiler made it (vm/module.ts funUniqOf); absent in older files
    ...(j.funUniq === undefined ? {} : { funUniq: field<number>(j, "funUniq", (x) => isInt32(x) && (x as number) >= 0 && (x as number) <= 0x7ffffff, "fun uniq") }),
  };
}

/** a function or import record: a plain object of plain values, without a prototype */
function plainRecord(x: unknown): Record<string, unknown> {
  if (typeof x !== "object" || x === null || isArr(x)) corrupt("bad function or import record");
  const o = Object.create(FILE_RECORD) as Record<string, unknown>;
  for (const k in x) {
    const v = (x as Record<string, unknown>)[k];
    if (FORBIDDEN_KEYS.has(k)) corrupt(`a record with the key ${k}`);
    if (typeof v === "object" && v !== null) corrupt(`a record field ${k} that is not a plain value`);
    o[k] = v;
  }
  return o;
}

/** a whole object file of this format (checksum right, unless `checksum` is false because its
 *  caller checked the bytes another way) that this beamlet wrote itself from its own compiler's
 *  output (the library cache), decoded as trustedModuleFromPayload does, without the
 *  field-by-field checks of decodeModule: a third of the time of a module's first use; null when
 *  the frame is not intact */
export function readTrustedModule(bytes: Uint8Array, checksum = true): CompiledModule | null {
  if (!frameIntact(bytes, checksum)) return null;
  return trustedModuleFromPayload(JSON.parse(new TextDecoder().decode(bytes.subarray(14, bytes.length - 4))));
}

/** a module's docs from their JSON, NOT verified (trustedModuleFromPayload) */
export function trustedDocs(docs: any): CompiledModule["docs"] {
  return docs.entries ? { ...docs, entries: docs.entries.map((e: any) => ({ ...e, meta: trustedValue(e.meta) })) } : docs;
}

/** a module from its payload, already parsed from JSON, NOT verified: only for object code as
 *  trusted as the JavaScript around it (the browser bundle's library, compiled by beamlet at build
 *  time and embedded in the same file), so a page does not spend its start-up re-proving it */
export function trustedModuleFromPayload(j: any): CompiledModule {
  return {
    name: j.name, file: j.file, code: j.code instanceof Int32Array ? j.code : Int32Array.from(j.code), literals: j.literals.map(trustedValue), functions: j.functions,
    imports: j.imports, lines: j.lines, attributes: j.attributes.map(([k, v]: [string, any]) => [k, trustedValue(v)]),
    structFields: j.structFields, ...(j.structInfo === undefined ? {} : { structInfo: j.structInfo }), docs: trustedDocs(j.docs),
    ...(j.debug === undefined ? {} : { debug: trustedValue(j.debug) }),
    ...(j.defLine === undefined ? {} : { defLine: j.defLine }),
    ...(j.onLoad === undefined ? {} : { onLoad: j.onLoad }),
    ...(j.funUniq === undefined ? {} : { funUniq: j.funUniq }),
  };
}

/** decodeValue for trusted object code: the same values, without the checks (a page decodes the
 *  literals of every library module it uses while it starts: Kernel's quoted macros are large) */
function trustedValue(x: any): any {
  if (typeof x !== "object" || x === null) return x;
  if (Array.isArray(x)) return x.map(trustedValue);
  // a tagged term has its tag first
  for (const k in x) {
    switch (k) {
      case "$a": return atom(x.$a);
      case "$T": return new Tuple(x.$T.map(trustedValue));
      case "$l": return list(x.$l.map(trustedValue), "$t" in x ? trustedValue(x.$t) : NIL);
      case "$s": return binFromBytes(new TextEncoder().encode(x.$s));
      case "$b": return "$tail" in x ? new Bin(unb64(x.$b), undefined, x.$tail) : binFromBytes(unb64(x.$b));
      case "$m": return mapFromEntries(x.$m.map(([mk, mv]: [unknown, unknown]): [Term, Term] => [trustedValue(mk), trustedValue(mv)]));
      case "$f": return new Float(x.$f === "-0" ? -0 : x.$f);
      case "$big": return int(BigInt(x.$big));
      // a part nested deeper than JSON_TERM_DEPTH, in the external term format
      // (its atoms are the system's own as the others here: made whatever the atom table's size,
      // or a library module first used once a program filled the table would fail to load)
      case "$x": return decodeExternal(unb64(x.$x), { atom, plain: true }) ?? corrupt("a bad deep literal");
    }
    break;
  }
  const o = Object.create(FILE_RECORD) as Record<string, unknown>;
  for (const k in x) o[k] = trustedValue(x[k]);
  return o;
}

function isTypespecDocs(x: unknown): boolean {
  return isArr(x) && x.every((d) => isArr(d) && d.length === 5 && typeof d[0] === "string" && typeof d[1] === "string" && isInt32(d[2]) && typeof d[3] === "string" && (d[4] === null || d[4] === false || typeof d[4] === "string"));
}

/** a module's docs from their JSON (encodeDocs), checked field by field (the library cache keeps
 *  them apart from the code and decodes them only when asked: h/1, Code.fetch_docs, deprecations) */
export function decodeDocs(x: unknown, trusted = false): CompiledModule["docs"] {
  if (trusted) {
    atomsUnlimited = true;
    try {
      return decodeDocs(x);
    } finally {
      atomsUnlimited = false;
    }
  }
  if (typeof x !== "object" || x === null || isArr(x)) corrupt("bad docs");
  const docs = x as any;
  return {
    moduledoc: field<string | null>(docs, "moduledoc", (x) => x === null || typeof x === "string", "moduledoc"),
    // the @moduledoc's line (doctests report failures there); absent in older files
    ...(docs.moduledocLine === undefined ? {} : { moduledocLine: field<number>(docs, "moduledocLine", isInt32, "moduledoc line") }),
    // [name/arity, text] or [name/arity, text, line]
    functions: field<[string, string][]>(docs, "functions", (x) => isArr(x) && x.every((d) => isArr(d) && (d.length === 2 || (d.length === 3 && isInt32(d[2]))) && typeof d[0] === "string" && typeof d[1] === "string"), "docs"),
    ...(docs.moduledocHidden === undefined ? {} : { moduledocHidden: field<boolean>(docs, "moduledocHidden", (x) => x === true, "moduledoc") }),
    ...(docs.entries === undefined ? {} : { entries: field<unknown[]>(docs, "entries", isArr, "doc entries").map(docEntry) }),
    // [name, arity, @spec text as h/1 shows it]; absent in older files
    ...(docs.specs === undefined ? {} : { specs: field<[string, number, string][]>(docs, "specs", (x) => isArr(x) && x.every((d) => isArr(d) && d.length === 3 && typeof d[0] === "string" && isInt32(d[1]) && typeof d[2] === "string"), "specs") }),
    // [kind, name, arity, text, doc] of each type and callback (t/1, b/1); absent in older files
    ...(docs.types === undefined ? {} : { types: field<TypespecDoc[]>(docs, "types", isTypespecDocs, "types") }),
    ...(docs.callbacks === undefined ? {} : { callbacks: field<TypespecDoc[]>(docs, "callbacks", isTypespecDocs, "callbacks") }),
  };
}

/** the docs as JSON: the entries' metadata maps as tagged terms */
export function encodeDocs(d: CompiledModule["docs"]): unknown {
  const entry = (e: DocEntry) => ({ kind: e.kind, name: e.name, arity: e.arity, line: e.line, signature: e.signature, doc: e.doc, meta: encodeValue(e.meta) });
  return d.entries ? { ...d, entries: d.entries.map(entry) } : d;
}

/** one doc entry of a file, checked field by field */
function docEntry(x: unknown): DocEntry {
  if (typeof x !== "object" || x === null || isArr(x)) corrupt("bad doc entry");
  const e = x as any;
  const kind = field<"function" | "macro">(e, "kind", (k) => k === "function" || k === "macro", "doc entry kind");
  return {
    kind,
    name: atomName(e.name, "doc entry name"),
    arity: field<number>(e, "arity", (n) => isInt32(n) && (n as number) >= 0 && (n as number) <= 255, "doc entry arity"),
    line: field<number>(e, "line", isInt32, "doc entry line"),
    signature: field<string>(e, "signature", (s) => typeof s === "string", "doc entry signature"),
    doc: field<string | false | null>(e, "doc", (d) => d === null || d === false || typeof d === "string", "doc entry text"),
    meta: decodeTerm(e.meta),
  };
}
