// Binary segment types: `x::binary`, `x::size(8)`, `x::integer-little-size(16)`, `c::utf8` ...
import type { Ast } from "../lang/ast.ts";
import type { SegSpec } from "../vm/binary.ts";
import { isCall } from "./ast_util.ts";
import type { ModCtx } from "./context.ts";
import { plainName, astToTerm } from "./quoted.ts";
import { CompileError } from "../lang/compile_error.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import type { FnCtx } from "./context.ts";
import { literalTerm } from "./literal_term.ts";
import { Bin, Float, type Term } from "../vm/terms.ts";

/** the errors raised by Elixir's bitstring expander (elixir_bitstring), their trace its frames */
const EXPANDER_ERRORS = new WeakSet<CompileError>();

/**
 * Runs `run`, the expansion of the `<<>>` node `at` (in a pattern or not): an error of the
 * bitstring expander raised in it is placed at that node, its frames those above the node's
 * expansion, so a trace is modelled below them where the path to the node is (the pattern's
 * own frames there are the model's: compiler/expander_frames.ts)
 */
export function bitstringErrorsAt<T>(at: object, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof CompileError && EXPANDER_ERRORS.has(e) && !e.at && Array.isArray(e.trace)) {
      e.at = at;
      e.siteFrames = e.trace;
    }
    throw e;
  }
}

/** a CompileError of Elixir's bitstring expander, with its frames (the trace stops there: the
 *  BEAM keeps 8 frames); `at`: the line of expand_specs/7 that raises */
function expanderError(mod: ModCtx, line: number, match: boolean, message: string, at: number): never {
  const e = new CompileError("CompileError", mod.file, line, null, message);
  EXPANDER_ERRORS.add(e);
  e.trace = [
    ["elixir_bitstring", "expand_specs", 7, "src/elixir_bitstring.erl", at],
    ["elixir_bitstring", "expand", 8, "src/elixir_bitstring.erl", 38],
    ["elixir_bitstring", "expand", 5, "src/elixir_bitstring.erl", match ? 14 : 26],
  ];
  throw e;
}

/** Elixir's error for a type it does not know */
function unknownSpecifier(t: Ast, mod: ModCtx, line: number, match: boolean): never {
  // a bare name is read as a call to it
  const shown = t.t === "call" && t.args === null && typeof t.name === "string" ? { ...t, name: plainName(t.name), args: [] } : t;
  return expanderError(mod, line, match, `unknown bitstring specifier: ${macroToString(astToTerm(shown))}`, 160);
}

/** the type a literal number's segment may name: an integer is written as an integer, a float or
 *  a utf code point, a float only as a float; another type is Elixir's conflict */
function checkLiteralType(literal: "integer" | "float", named: string | null, mod: ModCtx, line: number, match: boolean): void {
  if (named === null) return;
  const fits = literal === "float" ? named === "float" : ["integer", "float", "utf8", "utf16", "utf32"].includes(named);
  if (!fits) expanderError(mod, line, match, `conflicting type specification for bit field: "${named}" and "${literal}"`, 162);
}

export const UNSIZED_BINARY = "a binary field without size is only allowed at the end of a binary pattern, at the right side of binary concatenation and and never allowed in binary generators. The following examples are invalid:\n\n    rest <> \"foo\"\n    <<rest::binary, \"foo\">>\n\nThey are invalid because there is a bits/bitstring component not at the end. However, the \"reverse\" would work:\n\n    \"foo\" <> rest\n    <<\"foo\", rest::binary>>\n\n";

/**
 * Elixir's CompileError for a binary or bitstring segment without a size where it needs one: in
 * a pattern every segment but the last, in a binary generator every segment (the matcher could
 * not tell where the segment ends). A literal string or a nested <<>> has its own size.
 */
export function requireSegmentSize(seg: Ast, mod: ModCtx, line: number): void {
  const [value, typeAst] = isCall(seg, "::") && seg.args?.length === 2 ? seg.args : [seg, null];
  if (typeAst === null || value.t === "str" || isCall(value, "<<>>")) return;
  const { spec, sizeAst } = segmentSpec(typeAst, mod, value.t === "float", line, true);
  if (spec.type === "binary" && sizeAst === null) expanderError(mod, line, true, UNSIZED_BINARY, 163);
}

/** `line`: the segment's; `match`: in a pattern (Elixir's trace differs); `literal`: the kind of
 *  a literal number written as the segment's value */
/** the specifiers of a segment as written, read left to right as Elixir's expander reads them:
 *  an unknown one, or one naming another type, endianness, sign, size or unit than an earlier
 *  one (`integer-float`, `little-big`, `size(8)-size(16)`), is its CompileError */
export interface WrittenSpecs { type: string | null; endian: string | null; sign: string | null; sizeAst: Ast | null; unit: number | null }

export function readSpecs(typeAst: Ast | null, mod: ModCtx, line: number, match: boolean): WrittenSpecs {
  const w: WrittenSpecs = { type: null, endian: null, sign: null, sizeAst: null, unit: null };
  const shownSize = (a: Ast): string => macroToString(astToTerm(a));
  const set = (kind: "type" | "endianness" | "sign" | "size" | "unit", value: string, apply: () => void): void => {
    const old = kind === "type" ? w.type : kind === "endianness" ? w.endian : kind === "sign" ? w.sign
      : kind === "size" ? (w.sizeAst === null ? null : shownSize(w.sizeAst)) : w.unit === null ? null : String(w.unit);
    if (old !== null && old !== value) {
      const e = new CompileError("CompileError", mod.file, line, null, `conflicting ${kind} specification for bit field: "${value}" and "${old}"`);
      EXPANDER_ERRORS.add(e);
      e.trace = [
        ["elixir_bitstring", "expand_each_spec", 6, "src/elixir_bitstring.erl", 196],
        ["elixir_bitstring", "expand_specs", 7, "src/elixir_bitstring.erl", 160],
        ["elixir_bitstring", "expand", 8, "src/elixir_bitstring.erl", 38],
        ["elixir_bitstring", "expand", 5, "src/elixir_bitstring.erl", match ? 14 : 26],
      ];
      throw e;
    }
    apply();
  };
  const visit = (t: Ast): void => {
    if (isCall(t, "-") && t.args && t.args.length === 2) {
      visit(t.args[0]);
      visit(t.args[1]);
      return;
    }
    if (t.t === "int") return set("size", shownSize(t), () => { w.sizeAst = t; });
    // `size*unit`: a shorthand of size(size)-unit(unit)
    if (isCall(t, "*") && t.args?.length === 2 && t.args[1].t === "int") {
      const [sz, u] = t.args;
      set("size", shownSize(sz), () => { w.sizeAst = sz; });
      return set("unit", String(u.v), () => { w.unit = Number(u.v); });
    }
    if (!isCall(t) || typeof t.name !== "string") return unknownSpecifier(t, mod, line, match);
    // a quoted `binary` is a variable of the quote's context: the type is its plain name
    const name = plainName(t.name);
    switch (name) {
      case "binary": case "bytes": return set("type", "binary", () => { w.type = "binary"; });
      case "bitstring": case "bits": return set("type", "bitstring", () => { w.type = "bitstring"; });
      case "integer": case "float": case "utf8": case "utf16": case "utf32": return set("type", name, () => { w.type = name; });
      case "signed": case "unsigned": return set("sign", name, () => { w.sign = name; });
      case "little": case "big": case "native": return set("endianness", name, () => { w.endian = name; });
      case "size": { const sz = t.args![0]; return set("size", shownSize(sz), () => { w.sizeAst = sz; }); }
      case "unit": { const u = Number((t.args![0] as { v: bigint }).v); return set("unit", String(u), () => { w.unit = u; }); }
    }
    return unknownSpecifier(t, mod, line, match);
  };
  if (typeAst) visit(typeAst);
  return w;
}

/** `line`: the segment's; `match`: in a pattern (Elixir's trace differs); `literal`: the kind of
 *  a literal number written as the segment's value */
export function segmentSpec(typeAst: Ast | null, mod: ModCtx, isFloat = false, line = 0, match = false, literal: "integer" | "float" | null = null): { spec: SegSpec; sizeAst: Ast | null } {
  const w = readSpecs(typeAst, mod, line, match);
  const named = w.type;
  const type = named === null ? (isFloat ? "float" : "integer") : named === "bitstring" ? "binary" : named as SegSpec["type"];
  const spec: SegSpec = { type, size: null, unit: w.unit ?? (named === "binary" ? 8 : 1), signed: w.sign === "signed", little: w.endian === "little" || w.endian === "native" };
  const sizeAst = w.sizeAst;
  if (literal !== null) checkLiteralType(literal, named, mod, line, match);
  // a float of a literal size: Elixir checks its bits when it expands the segment
  const size = sizeAst as Ast | null;
  if (spec.type === "float" && size !== null && size.t === "int") {
    const bits = Number(size.v) * spec.unit;
    if (bits !== 16 && bits !== 32 && bits !== 64) expanderError(mod, line, match, `float requires size*unit to be 16, 32, or 64 (default), got: ${bits}`, 167);
  }
  return { spec, sizeAst };
}

/**
 * The type of a segment whose value is written as <<...>>: bitstring unless binary (bytes) is
 * named; Elixir refuses a size, a unit, signedness and any other type on it. null after an error.
 */
export function bitstringSegmentType(typeAst: Ast | null, mod: ModCtx, line: number): "bitstring" | "binary" | null {
  let type: "bitstring" | "binary" = "bitstring";
  let bad: string | null = null;
  const visit = (t: Ast): void => {
    if (isCall(t, "-") && t.args && t.args.length === 2) {
      visit(t.args[0]);
      visit(t.args[1]);
      return;
    }
    const name = isCall(t) && typeof t.name === "string" ? plainName(t.name) : null;
    switch (name) {
      case "binary": case "bytes": type = "binary"; return;
      case "bitstring": case "bits": type = "bitstring"; return;
      case "little": case "big": case "native": return;
      case "integer": case "float": case "utf8": case "utf16": case "utf32":
        bad ??= `conflicting type specification for bit field: "${name}" and "bitstring"`; return;
      case "signed": case "unsigned":
        bad ??= "signed and unsigned specifiers are supported only on integer and float types"; return;
    }
    bad ??= "literal <<>> in bitstring supports only type specifiers, which must be one of: binary or bitstring";
  };
  if (typeAst) visit(typeAst);
  if (bad !== null) {
    mod.error(bad, line);
    return null;
  }
  return type;
}

const STRING_SPECS = "little, big, native, utf8, utf16, utf32, bits, bytes, binary or bitstring";

/**
 * The bytes of a literal string segment (`"é"::utf8`, `"ab"::utf16-little`, `"x"::binary`): with
 * a utf type each character is encoded in it, otherwise the string's own UTF-8 bytes. Elixir
 * allows only types and endianness on a literal string; sizes, units and signedness are errors.
 */
export function stringSegmentBytes(text: Uint8Array, decoded: string, typeAst: Ast | null, mod: ModCtx, line: number | undefined, match = false): Uint8Array {
  const w = readSpecs(typeAst, mod, line ?? 0, match);
  if (w.type === "integer" || w.type === "float") expanderError(mod, line ?? 0, match, `conflicting type specification for bit field: "${w.type}" and "binary"`, 162);
  if (w.sizeAst !== null || w.unit !== null) expanderError(mod, line ?? 0, match, `literal string in bitstring supports only endianness and type specifiers, which must be one of: ${STRING_SPECS}`, 164);
  if (w.sign !== null) expanderError(mod, line ?? 0, match, "signed and unsigned specifiers are supported only on integer and float types", 167);
  const type = w.type === "utf16" || w.type === "utf32" || w.type === "utf8" ? w.type : "binary";
  const little = w.endian === "little" || w.endian === "native";
  if (type === "binary" || type === "utf8") return text;
  const out: number[] = [];
  const push = (v: number, bytes: number) => {
    const be: number[] = [];
    for (let i = bytes - 1; i >= 0; i--) be.push((v >>> (8 * i)) & 0xff);
    out.push(...(little ? be.reverse() : be));
  };
  for (const ch of decoded) {
    const cp = ch.codePointAt(0)!;
    if (type === "utf32") push(cp, 4);
    else if (cp < 0x10000) push(cp, 2);
    else {
      push(0xd800 + ((cp - 0x10000) >> 10), 2);
      push(0xdc00 + ((cp - 0x10000) & 0x3ff), 2);
    }
  }
  return Uint8Array.from(out);
}

/**
 * A segment that reads a module attribute with no type (`<<@magic, rest::binary>>`): Elixir
 * expands the attribute to its value first and infers the segment's type from it, so a binary
 * is a binary (bitstring) segment and a float a float one. The value, when it is one of those.
 */
export function attributeSegmentValue(valueAst: Ast, typeAst: Ast | null, fn: FnCtx): Bin | Float | undefined {
  if (typeAst !== null || !isCall(valueAst, "@")) return undefined;
  const v: Term | undefined = literalTerm(valueAst, fn);
  return v instanceof Bin || v instanceof Float ? v : undefined;
}

/** Elixir's CompileError for a list or an atom written as a segment's value (`<<:a>>`,
 *  `<<[1]::binary>>`), in a construction or a pattern (`typed`: with a type after it) */
export function invalidSegmentLiteral(value: Ast, typed: boolean, match: boolean, mod: ModCtx, line: number): never {
  const e = new CompileError("CompileError", mod.file, line, null, `invalid literal ${macroToString(astToTerm(value))} in <<>>`);
  EXPANDER_ERRORS.add(e);
  e.trace = [
    ["elixir_bitstring", "expand", 8, "src/elixir_bitstring.erl", typed ? 34 : 44],
    ["elixir_bitstring", "expand", 5, "src/elixir_bitstring.erl", match ? 14 : 26],
  ];
  throw e;
}
