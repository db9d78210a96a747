// The bitstring a `<<...>>` of literal segments builds, as the Erlang compiler folds it in a guard
// (`when is_binary(<<1::4>>)` is always false). Only what is certain is folded: integers and
// floats of a literal size, strings, nested literal bitstrings, utf8/16/32 code points; anything
// else (a variable, a size that is not a literal, a segment that would fail) leaves it to run time.
import type { Ast } from "../../lang/ast.ts";
import { isCall } from "../ast_util.ts";

export interface Bits {
  /** bits in order, each 0 or 1 (guards hold small literals) */
  bits: number[];
}

interface Spec {
  type: string | null;
  size: number | null;
  unit: number | null;
  little: boolean;
}

const TYPES = new Set(["integer", "float", "binary", "bytes", "bitstring", "bits", "utf8", "utf16", "utf32"]);

const intOf = (a: Ast): number | null => (a.t === "int" && a.v >= 0n && a.v <= 1024n ? Number(a.v) : null);

/** the modifiers of `value::spec` (null: one this does not fold) */
function specOf(spec: Ast | null): Spec | null {
  const s: Spec = { type: null, size: null, unit: null, little: false };
  const parts: Ast[] = [];
  const flatten = (a: Ast) => {
    if (isCall(a, "-") && a.args?.length === 2) a.args.forEach(flatten);
    else parts.push(a);
  };
  if (spec !== null) flatten(spec);
  for (const p of parts) {
    const n = intOf(p);
    if (n !== null) s.size = n;
    else if (isCall(p, "*") && p.args?.length === 2) {
      const [size, unit] = p.args.map(intOf);
      if (size === null || unit === null) return null;
      s.size = size;
      s.unit = unit;
    } else if (p.t === "call" && typeof p.name === "string" && p.args?.length === 1 && (p.name === "size" || p.name === "unit")) {
      const n = intOf(p.args[0]);
      if (n === null) return null;
      s[p.name] = n;
    } else if (p.t === "call" && typeof p.name === "string" && (p.args === null || p.args.length === 0)) {
      if (TYPES.has(p.name)) s.type = p.name === "bytes" ? "binary" : p.name === "bits" ? "bitstring" : p.name;
      else if (p.name === "little") s.little = true;
      else if (!["big", "signed", "unsigned"].includes(p.name)) return null;
    } else return null;
  }
  return s;
}

function pushInt(out: number[], v: bigint, bits: number, little: boolean): boolean {
  if (little && bits % 8 !== 0) return false;
  const mod = 1n << BigInt(bits);
  const u = ((v % mod) + mod) % mod;
  const big: number[] = [];
  for (let i = bits - 1; i >= 0; i--) big.push(Number((u >> BigInt(i)) & 1n));
  if (!little) out.push(...big);
  else for (let b = bits / 8 - 1; b >= 0; b--) out.push(...big.slice(b * 8, b * 8 + 8));
  return true;
}

function pushBytes(out: number[], bytes: Iterable<number>): void {
  for (const byte of bytes) pushInt(out, BigInt(byte), 8, false);
}

/** a code point's utf8/16/32 bytes, or null for one that is not a code point */
function encodeChar(cp: number, type: string, little: boolean): number[] | null {
  if (cp < 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  if (type === "utf8") return [...Buffer.from(String.fromCodePoint(cp), "utf8")];
  const units = type === "utf32" ? [cp] : cp < 0x10000 ? [cp] : [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)];
  const width = type === "utf32" ? 4 : 2;
  const out: number[] = [];
  for (const u of units) {
    const be = Array.from({ length: width }, (_, i) => (u >> (8 * (width - 1 - i))) & 0xff);
    out.push(...(little ? be.reverse() : be));
  }
  return out;
}

/** the bits of `<<args>>`, or null when they are not known at compile time */
export function foldBitstring(args: Ast[]): Bits | null {
  const out: number[] = [];
  for (const seg of args) {
    let value = seg;
    let specAst: Ast | null = null;
    if (isCall(seg, "::") && seg.args?.length === 2) [value, specAst] = seg.args;
    const spec = specOf(specAst);
    if (spec === null) return null;
    if (!segment(out, value, spec)) return null;
  }
  return { bits: out };
}

/** a literal number, `-1` (a call of unary minus) included */
function negated(value: Ast): Ast {
  if (isCall(value, "-") && value.args?.length === 1) {
    const [x] = value.args;
    if (x.t === "int") return { t: "int", v: -x.v };
    if (x.t === "float") return { t: "float", v: -x.v };
  }
  return value;
}

function segment(out: number[], segValue: Ast, s: Spec): boolean {
  const value = negated(segValue);
  if (s.type === "utf8" || s.type === "utf16" || s.type === "utf32") {
    if (s.size !== null || s.unit !== null) return false;
    const cps = value.t === "int" ? [Number(value.v)] : value.t === "str" ? [...value.v].map((c) => c.codePointAt(0)!) : null;
    if (cps === null) return false;
    for (const cp of cps) {
      const bytes = encodeChar(cp, s.type, s.little);
      if (bytes === null) return false;
      pushBytes(out, bytes);
    }
    return true;
  }
  if (value.t === "str" || (isCall(value, "<<>>") && value.args !== null)) {
    if (s.type !== null && s.type !== "binary" && s.type !== "bitstring") return false;
    if (s.size !== null || s.unit !== null) return false;
    const bits = value.t === "str" ? (() => { const b: number[] = []; pushBytes(b, Buffer.from(value.v, "utf8")); return b; })() : foldBitstring(value.args!)?.bits;
    if (bits === undefined) return false;
    if ((s.type ?? "binary") === "binary" && bits.length % 8 !== 0) return false;
    out.push(...bits);
    return true;
  }
  const type = s.type ?? (value.t === "float" ? "float" : "integer");
  const bits = (s.size ?? (type === "float" ? 64 : 8)) * (s.unit ?? 1);
  if (type === "integer" && value.t === "int") return pushInt(out, value.v, bits, s.little);
  if (type === "float" && (value.t === "int" || value.t === "float") && (bits === 32 || bits === 64)) {
    const v = Number(value.v);
    const view = new DataView(new ArrayBuffer(bits / 8));
    if (bits === 32) {
      if (Math.abs(v) > 3.4028234663852886e38) return false;
      view.setFloat32(0, v, s.little);
    } else view.setFloat64(0, v, s.little);
    pushBytes(out, new Uint8Array(view.buffer));
    return true;
  }
  return false;
}
