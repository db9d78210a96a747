// A segment written as <<...>> inside <<>> (`<< <<1, x::3>>::binary, y >>`): Elixir's expander
// (elixir_bitstring) splices its segments into the outer ones when it is a bitstring segment, and
// when it is a binary one whose size it can count to a whole number of bytes; a binary one it can
// count to a remainder is a CompileError ("... not divisible by 8"). Only a binary segment whose
// size it cannot count is left for the run time to check.
import type { Ast } from "../lang/ast.ts";
import { isCall, varName, lineOf } from "./ast_util.ts";
import type { ModCtx, FnCtx } from "./context.ts";
import { compileErrorUnderExpansion, type ElixirCodeFrame } from "./expansion_error.ts";
import { plainName, astToTerm } from "./quoted.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";
import { inspectFloat } from "../vm/format_float.ts";
import { bitstringSegmentType, UNSIZED_BINARY } from "./binaries.ts";

interface ReadSpec {
  type: string | null;
  size: Ast | null;
  unit: number | null;
  endian: string | null;
  sign: string | null;
}

/** the specifiers of a segment as written, null when one is not a plain specifier */
function readSpec(t: Ast): ReadSpec | null {
  const s: ReadSpec = { type: null, size: null, unit: null, endian: null, sign: null };
  let ok = true;
  const visit = (x: Ast): void => {
    if (isCall(x, "-") && x.args?.length === 2) {
      visit(x.args[0]);
      visit(x.args[1]);
      return;
    }
    if (x.t === "int") { s.size = x; return; }
    if (isCall(x, "*") && x.args?.length === 2 && x.args[1].t === "int") { s.size = x.args[0]; s.unit = Number(x.args[1].v); return; }
    const name = isCall(x) && typeof x.name === "string" ? plainName(x.name) : null;
    const args = isCall(x) ? x.args ?? [] : [];
    switch (name) {
      case "binary": case "bytes": s.type = "binary"; return;
      case "bitstring": case "bits": s.type = "bitstring"; return;
      case "integer": case "float": case "utf8": case "utf16": case "utf32": s.type = name; return;
      case "little": case "big": case "native": s.endian = name; return;
      case "signed": case "unsigned": s.sign = name; return;
      case "size": if (args.length === 1) { s.size = args[0]; return; } break;
      case "unit": if (args.length === 1 && args[0].t === "int") { s.unit = Number(args[0].v); return; } break;
    }
    ok = false;
  };
  visit(t);
  return ok ? s : null;
}

const parts = (seg: Ast): [Ast, Ast | null] => (isCall(seg, "::") && seg.args?.length === 2 ? [seg.args[0], seg.args[1]] : [seg, null]);

/** the bits modulo 8 of one segment as elixir_bitstring counts them; null when it cannot */
function segmentAlignment(seg: Ast): number | null {
  const [value, typeAst] = parts(seg);
  // (a segment without specifiers counts as whole bytes, whatever its value)
  if (typeAst === null || value.t === "str") return 0;
  const s = readSpec(typeAst);
  if (s === null) return null;
  if (isCall(value, "<<>>")) return s.type === "binary" ? 0 : null;
  const type = s.type ?? (value.t === "float" ? "float" : "integer");
  const size = s.size?.t === "int" ? Number(s.size.v) : s.size === null ? null : NaN;
  if (size !== null && !Number.isNaN(size) && s.unit !== null) return (size * s.unit) % 8;
  switch (type) {
    case "integer": return size === null ? 0 : Number.isNaN(size) ? null : (size * (s.unit ?? 1)) % 8;
    case "bitstring": return size === null || Number.isNaN(size) ? null : size % 8;
    case "binary": return size === null || Number.isNaN(size) ? 0 : (size * 8) % 8;
    default: return 0;
  }
}

/** `x::bits`, `x::bitstring`: a bitstring segment without size */
function unsizedBitstring(seg: Ast): boolean {
  const [, typeAst] = parts(seg);
  const s = typeAst === null ? null : readSpec(typeAst);
  return s !== null && s.type === "bitstring" && s.size === null && s.unit === null;
}

/** the frames of a pattern's <<>> expanding a <<>> segment inside it (`typed`: written with ::) */
function nestedFrames(typed: boolean): ElixirCodeFrame[] {
  return [
    ["elixir_bitstring", "expand_match", 3, "src/elixir_bitstring.erl", 7],
    ["elixir_bitstring", "expand_expr", 5, "src/elixir_bitstring.erl", 143],
    ["elixir_bitstring", "expand", 8, "src/elixir_bitstring.erl", typed ? 34 : 44],
    ["elixir_bitstring", "expand", 5, "src/elixir_bitstring.erl", 14],
  ];
}

/** the type of a segment that is a binary or bitstring of no size once expanded (`x::binary`,
 *  `x::bits`; a literal string has its size), else null */
function unsizedLast(seg: Ast): "binary" | "bitstring" | null {
  const [value, typeAst] = parts(seg);
  const s = typeAst === null ? null : readSpec(typeAst);
  if (s === null || s.size !== null || s.unit !== null || s.sign !== null) return null;
  if (s.type === "binary") return value.t === "str" ? null : "binary";
  return s.type === "bitstring" ? "bitstring" : null;
}

/** a segment's value as Macro.to_string shows it once expanded (operators are :erlang calls) */
function valueText(v: Ast): string {
  if (v.t === "int") return String(v.v);
  if (v.t === "float") return inspectFloat(v.v);
  if (v.t === "str") return JSON.stringify(v.v);
  const name = varName(v);
  if (name !== null) return name;
  if (isCall(v) && typeof v.name === "string" && ["+", "-", "*", "/"].includes(v.name) && v.args && v.args.length <= 2) {
    return `:erlang.${v.name}(${v.args.map(valueText).join(", ")})`;
  }
  return macroToString(astToTerm(v));
}

/** the expanded segment as Macro.to_string shows it: its type, endianness, sign, unit, size */
function segmentText(seg: Ast): string {
  const [value, typeAst] = parts(seg);
  if (typeAst === null) return valueText(value);
  const s = readSpec(typeAst);
  if (s === null) return macroToString(astToTerm(seg));
  const type = s.type ?? (value.t === "float" ? "float" : value.t === "str" ? "binary" : "integer");
  const spec = [type];
  if (!type.startsWith("utf")) {
    if (s.endian) spec.push(s.endian);
    if (s.sign) spec.push(s.sign);
    if (s.unit !== null) spec.push(`unit(${s.unit})`);
    if (s.size !== null) spec.push(`size(${valueText(s.size)})`);
  }
  return `${valueText(value)}::${spec.join("-")}`;
}

/** the `<<...>>::binary` segments a `<>` wrote for its literal <<>> operands: Elixir refuses one
 *  that is not whole bytes while Kernel.<>/2 expands, so its trace shows that expansion */
const concatOperands = new WeakSet<object>();

export function concatOperand(seg: Ast): Ast {
  concatOperands.add(seg);
  return seg;
}

/**
 * The segments of a <<>> with those written as <<...>> spliced in where Elixir splices them;
 * null after a CompileError (reported to `mod`). `fn`: the code's function, for the trace of an
 * error under a `<>`.
 */
export function spliceBitstringSegments(args: Ast[], mod: ModCtx, line: number, match = false, fn?: FnCtx, around: ElixirCodeFrame[] = []): Ast[] | null {
  if (!args.some((seg) => isCall(parts(seg)[0], "<<>>"))) return args;
  const out: Ast[] = [];
  for (const [i, seg] of args.entries()) {
    const [value, typeAst] = parts(seg);
    if (!isCall(value, "<<>>")) {
      out.push(seg);
      continue;
    }
    const segLine = lineOf(seg) ?? line;
    const type = bitstringSegmentType(typeAst, mod, segLine);
    if (type === null) return null;
    // (in a pattern, a <<>> inside is expanded by the expansion of the one around it: an error in
    // it has that one's frames below its own; the BEAM keeps 8, one of them elixir_errors', not shown)
    const within = match ? [...nestedFrames(typeAst !== null), ...around] : around;
    const inner = spliceBitstringSegments(value.args ?? [], mod, segLine, match, fn, within);
    if (inner === null) return null;
    // (in a pattern, a segment before the last needs its size: a <<>> whose own last part has
    // none is refused as it is put in place)
    const unsized = match && i < args.length - 1 && inner.length > 0 ? unsizedLast(inner[inner.length - 1]) : null;
    if (unsized !== null) {
      const frames: ElixirCodeFrame[] = [
        ["elixir_bitstring", "concat_or_prepend_bitstring", 6, "src/elixir_bitstring.erl", unsized === "binary" ? 81 : 84],
        ["elixir_bitstring", "expand", 8, "src/elixir_bitstring.erl", typeAst === null ? 51 : 40],
        ["elixir_bitstring", "expand", 5, "src/elixir_bitstring.erl", 14],
        ...around,
      ].slice(0, 7) as ElixirCodeFrame[];
      if (fn && concatOperands.has(seg)) compileErrorUnderExpansion({ fn }, segLine, UNSIZED_BINARY, frames, "<>", 2);
      mod.error(UNSIZED_BINARY, segLine, frames);
      return null;
    }
    if (type === "bitstring") {
      out.push(...inner);
      continue;
    }
    // (counted as written: a <<>> spliced into it counts as a bitstring of unknown size)
    const aligns = (value.args ?? []).map(segmentAlignment);
    if (aligns.some((a) => a === null)) {
      // (kept as a binary segment whose value is a <<>>: in a pattern OTP's compiler refuses it,
      // as it does where the unknown size is a bitstring segment's without size)
      if (match && (value.args ?? []).every((s, i) => aligns[i] !== null || unsizedBitstring(s))) mod.noteUnmatchablePattern();
      out.push(seg);
      continue;
    }
    const bits = (aligns as number[]).reduce((a, b) => a + b, 0) % 8;
    if (bits !== 0) {
      const description = `expected <<${inner.map(segmentText).join(", ")}>> to be a binary but its number of bits is not divisible by 8`;
      const frames: ElixirCodeFrame[] = [
        ["elixir_bitstring", "expand", 8, "src/elixir_bitstring.erl", 40],
        ["elixir_bitstring", "expand", 5, "src/elixir_bitstring.erl", match ? 14 : 26],
        ...around,
      ].slice(0, 7) as ElixirCodeFrame[];
      if (fn && concatOperands.has(seg)) compileErrorUnderExpansion({ fn }, segLine, description, frames, "<>", 2);
      // (written as a <<>> segment, the trace stops in Elixir's bitstring expander: the BEAM keeps 8 frames)
      mod.error(description, segLine, frames);
      return null;
    }
    out.push(...inner);
  }
  return out;
}
