// Binary segment types: `x::binary`, `x::size(8)`, `x::integer-little-size(16)`, `c::utf8` ...
import type { Ast } from "../lang/ast.ts";
import type { SegSpec } from "../vm/binary.ts";
import { isCall } from "./ast_util.ts";
import type { ModCtx } from "./context.ts";
import { plainName } from "./quoted.ts";

export function segmentSpec(typeAst: Ast | null, mod: ModCtx, isFloat = false): { spec: SegSpec; sizeAst: Ast | null } {
  const spec: SegSpec = { type: isFloat ? "float" : "integer", size: null, unit: 1, signed: false, little: false };
  let sizeAst: Ast | null = null;
  let unitSet = false;
  const visit = (t: Ast): void => {
    if (isCall(t, "-") && t.args && t.args.length === 2) {
      visit(t.args[0]);
      visit(t.args[1]);
      return;
    }
    if (t.t === "int") {
      sizeAst = t;
      return;
    }
    if (!isCall(t) || typeof t.name !== "string") return mod.error("unknown binary segment type");
    // a quoted `binary` is a variable of the quote's context: the type is its plain name
    switch (plainName(t.name)) {
      case "binary": case "bytes": spec.type = "binary"; if (!unitSet) spec.unit = 8; return;
      case "bitstring": case "bits": spec.type = "binary"; return;
      case "integer": spec.type = "integer"; return;
      case "float": spec.type = "float"; return;
      case "utf8": spec.type = "utf8"; return;
      case "utf16": spec.type = "utf16"; return;
      case "utf32": spec.type = "utf32"; return;
      case "signed": spec.signed = true; return;
      case "unsigned": spec.signed = false; return;
      case "little": spec.little = true; return;
      case "big": spec.little = false; return;
      case "native": spec.little = true; return;
      case "size": sizeAst = t.args![0]; return;
      case "unit": spec.unit = Number((t.args![0] as { v: bigint }).v); unitSet = true; return;
    }
    return mod.error(`unknown binary segment type ${plainName(t.name)}`);
  };
  if (typeAst) visit(typeAst);
  return { spec, sizeAst };
}
