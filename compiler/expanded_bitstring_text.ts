// A `<<>>` pattern (or `"a" <> rest`) written as Macro.to_string shows it once Elixir's bitstring
// expander has made it over: nested `<<>>` spliced, the right of `<>` a `::binary` segment (a literal string itself), and
// each typed segment's specifiers in one order (type, endianness, sign, unit, size) with its type
// named (`<<b::8>>` is `<<b::integer-size(8)>>`); a segment with no specifiers stays as written.
import type { Ast } from "../lang/ast.ts";
import { isCall } from "./ast_util.ts";
import { readSpecs } from "./binaries.ts";
import type { ModCtx } from "./context.ts";
import { astToTerm } from "./quoted.ts";
import { macroToString } from "../vm/bifs/macro_to_string.ts";

const shown = (a: Ast): string => macroToString(astToTerm(a));

/** the segments of `a` (a `<<>>`, or a `<>` of them), as text */
function segmentTexts(a: Ast, mod: ModCtx): string[] {
  if (isCall(a, "<>") && a.args?.length === 2) {
    const [l, r] = a.args;
    const left = isCall(l, "<<>>") || isCall(l, "<>") ? segmentTexts(l, mod) : [shown(l)];
    const right = isCall(r, "<<>>") || isCall(r, "<>") ? segmentTexts(r, mod) : [r.t === "str" ? shown(r) : `${shown(r)}::binary`];
    return [...left, ...right];
  }
  const out: string[] = [];
  for (const seg of (a as { args?: Ast[] | null }).args ?? []) {
    const [value, typeAst] = isCall(seg, "::") && seg.args?.length === 2 ? seg.args : [seg, null];
    if (isCall(value, "<<>>")) { out.push(...segmentTexts(value, mod)); continue; }
    if (typeAst === null) { out.push(shown(value)); continue; }
    const w = readSpecs(typeAst, mod, 0, true);
    if (value.t === "str") {
      // a literal string keeps only a utf type's endianness
      const type = w.type ?? "binary";
      out.push(`${shown(value)}::${type.startsWith("utf") && w.endian ? `${type}-${w.endian}` : type}`);
      continue;
    }
    const parts = [w.type ?? (value.t === "float" ? "float" : "integer")];
    if (w.endian) parts.push(w.endian);
    if (w.sign) parts.push(w.sign);
    if (w.unit !== null) parts.push(`unit(${w.unit})`);
    if (w.sizeAst !== null) parts.push(`size(${shown(w.sizeAst)})`);
    out.push(`${shown(value)}::${parts.join("-")}`);
  }
  return out;
}

/** the pattern `a` as Elixir shows it expanded: `<<"a", y::binary>>` */
export function expandedBitstringText(a: Ast, mod: ModCtx): string {
  return `<<${segmentTexts(a, mod).join(", ")}>>`;
}
