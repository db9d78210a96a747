// The .bbc object file: one module per file.
//   bytes 0..7   magic "BEAMLET\0"
//   bytes 8..9   format version (BYTECODE_VERSION), big endian
//   bytes 10..13 payload length, big endian
//   payload      UTF-8 JSON: module name, exports/functions, imports (atom table), literals (with
//                tagged terms), attributes, code (Int32 array), line table, docs
//   last 4 bytes checksum (FNV-1a of the payload)
// readModule verifies everything (magic, version, length, checksum, shape, every opcode and
// operand against the opcode table) before anything is loaded: a bad file is {:error, :badfile}.
import { BYTECODE_VERSION, K, opInfo } from "../compiler/opcodes.ts";
import type { CompiledModule } from "./module.ts";
import { Atom, Bin, Cons, Float, NIL, Tuple, atom, isMap, list, tuple, Term, binFromBytes } from "./terms.ts";
import { mapFromEntries } from "./map.ts";

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

/** encode literal-table values: terms (tagged) inside plain objects/arrays (patterns, specs) */
export function encodeValue(x: unknown): unknown {
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
    while (t instanceof Cons) { items.push(encodeValue(t.head)); t = t.tail; }
    return t === NIL ? { $l: items } : { $l: items, $t: encodeValue(t) };
  }
  if (x instanceof Tuple) return { $T: x.items.map(encodeValue) };
  if (isMap(x as Term)) return { $m: (x as any).entries().map(([k, v]: [Term, Term]) => [encodeValue(k), encodeValue(v)]) };
  if (Array.isArray(x)) return x.map(encodeValue);
  if (typeof x === "object") {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x as object)) if (v !== undefined) o[k] = encodeValue(v);
    return o;
  }
  throw new Error("cannot encode literal");
}

export function decodeValue(x: any): any {
  if (typeof x === "number" || typeof x === "string" || typeof x === "boolean" || x === null) return x;
  if (Array.isArray(x)) return x.map(decodeValue);
  if ("$big" in x) return BigInt(x.$big);
  if ("$a" in x) return atom(x.$a);
  if ("$f" in x) return new Float(x.$f === "-0" ? -0 : x.$f);
  if ("$b" in x) return "$tail" in x ? new Bin(unb64(x.$b), undefined, Number(x.$tail)) : binFromBytes(unb64(x.$b));
  if ("$l" in x) return list(x.$l.map(decodeValue), "$t" in x ? decodeValue(x.$t) : NIL);
  if ("$T" in x) return tuple(...x.$T.map(decodeValue));
  if ("$m" in x) return mapFromEntries(x.$m.map(([k, v]: [any, any]) => [decodeValue(k), decodeValue(v)]));
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) o[k] = decodeValue(v);
  return o;
}

export function writeModule(m: CompiledModule): Uint8Array {
  const payload = new TextEncoder().encode(JSON.stringify({
    name: m.name, file: m.file, code: Array.from(m.code), literals: m.literals.map(encodeValue), functions: m.functions,
    imports: m.imports, lines: m.lines, attributes: m.attributes.map(([k, v]) => [k, encodeValue(v)]),
    structFields: m.structFields, docs: m.docs,
  }));
  const out = new Uint8Array(14 + payload.length + 4);
  out.set(MAGIC, 0);
  const dv = new DataView(out.buffer);
  dv.setUint16(8, BYTECODE_VERSION);
  dv.setUint32(10, payload.length);
  out.set(payload, 14);
  dv.setUint32(14 + payload.length, fnv1a(payload));
  return out;
}

/** parse and verify; null when the bytes are not a valid module of this format version */
export function readModule(bytes: Uint8Array): CompiledModule | null {
  try {
    if (bytes.length < 18) return null;
    for (let i = 0; i < 8; i++) if (bytes[i] !== MAGIC[i]) return null;
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (dv.getUint16(8) !== BYTECODE_VERSION) return null;
    const len = dv.getUint32(10);
    if (14 + len + 4 !== bytes.length) return null;
    const payload = bytes.subarray(14, 14 + len);
    if (dv.getUint32(14 + len) !== fnv1a(payload)) return null;
    const j = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(payload));
    const m: CompiledModule = {
      name: j.name, file: j.file, code: Int32Array.from(j.code), literals: j.literals.map(decodeValue), functions: j.functions,
      imports: j.imports, lines: j.lines, attributes: j.attributes.map(([k, v]: [string, any]) => [k, decodeValue(v)]),
      structFields: j.structFields, docs: j.docs,
    };
    return verify(m) ? m : null;
  } catch {
    return null;
  }
}

/** every instruction is known and every operand in range */
export function verify(m: CompiledModule): boolean {
  if (typeof m.name !== "string" || !Array.isArray(m.functions) || !Array.isArray(m.imports)) return false;
  const code = m.code;
  let pc = 0;
  while (pc < code.length) {
    const info = opInfo(code[pc]);
    if (!info) return false;
    pc++;
    for (const k of info.operands) {
      if (pc >= code.length) return false;
      const v = code[pc++];
      switch (k) {
        case K.Lit: case K.Atom: if (v < 0 || v >= m.literals.length) return false; break;
        case K.Label: if (v < 0 || v > code.length) return false; break;
        case K.Import: if (v < 0 || v >= m.imports.length) return false; break;
        case K.Func: if (v < 0 || v >= m.functions.length) return false; break;
        case K.Slot: case K.Imm: if (v < 0) return false; break;
      }
    }
  }
  for (const f of m.functions) if (typeof f.entry !== "number" || f.entry < 0 || f.entry >= code.length) return false;
  return true;
}

/** a module from its payload, already parsed from JSON, NOT verified: only for object code as
 *  trusted as the JavaScript around it (the browser bundle's library, compiled by beamlet at build
 *  time and embedded in the same file), so a page does not spend its start-up re-proving it */
export function trustedModuleFromPayload(j: any): CompiledModule {
  return {
    name: j.name, file: j.file, code: Int32Array.from(j.code), literals: j.literals.map(decodeValue), functions: j.functions,
    imports: j.imports, lines: j.lines, attributes: j.attributes.map(([k, v]: [string, any]) => [k, decodeValue(v)]),
    structFields: j.structFields, docs: j.docs,
  };
}
