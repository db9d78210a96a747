// The segments of a binary built in an expression (`<<a, b::binary>>`, `a <> b`), as Elixir 1.14's
// type checker sees them: the type each segment's value must have, and the segment as expanded
// (its modifiers in Elixir's order, shorthands written out), which its warnings print.
import type { Ast, AstCall } from "../../lang/ast.ts";
import { isCall, metaOf } from "../ast_util.ts";

export interface Segment {
  value: Ast;
  /** where the segment is written (the line its warnings give): the `::` (the value when bare),
   *  or the `a <> b` chain Kernel.<> makes it from */
  node: Ast;
  /** the modifiers as Elixir's expansion writes them (null: none were given) */
  spec: Ast | null;
  /** the type name the value must have in an expression: integer, float, binary or utf */
  kind: "integer" | "float" | "binary" | "utf";
  /** variables in the modifiers other than a size's plain variable (not followed here) */
  complexSpec: boolean;
}

const TYPE_NAMES: Record<string, string> = {
  integer: "integer", float: "float", binary: "binary", bytes: "binary", bitstring: "bitstring", bits: "bitstring",
  utf8: "utf8", utf16: "utf16", utf32: "utf32",
};
const ENDIAN = new Set(["big", "little", "native"]);
const SIGN = new Set(["signed", "unsigned"]);

const bare = (name: string, meta = {}): AstCall => ({ t: "call", name, meta, args: null });

/** the segments of `<<...>>` or of a chain `a <> b <> c`, flattened as Elixir's expansion does (a
 *  binary given as a segment of type binary/bitstring is spliced into the outer one); null when a
 *  modifier is one this does not follow, or a literal is one the segment's type cannot take (the
 *  checker's conflict on it is not followed) */
export function segmentsOf(a: AstCall): (Segment | { literal: Ast })[] | null {
  const out: (Segment | { literal: Ast })[] = [];
  const add = (value: Ast, seg: Omit<Segment, "value">): boolean => {
    const plain = seg.spec !== null && isCall(seg.spec) && seg.spec.args === null;
    if ((isCall(value, "<<>>") || isCall(value, "<>")) && seg.kind === "binary" && plain) {
      const inner = segmentsOf(value);
      if (!inner) return false;
      out.push(...inner);
      return true;
    }
    if (value.t === "str") {
      if (seg.kind !== "binary" && seg.kind !== "utf") return false;
    } else if (value.t === "int") {
      if (seg.kind === "binary") return false;
    } else if (value.t === "float") {
      if (seg.kind !== "float") return false;
    } else if (value.t !== "call" || isCall(value, "<<>>") || isCall(value, "<>") || isCall(value, "{}") || isCall(value, "%{}") || isCall(value, "%")) return false;
    if (value.t === "str" || value.t === "int" || value.t === "float") out.push({ literal: value });
    else out.push({ value, ...seg });
    return true;
  };
  if (a.name === "<>") {
    // (Kernel.<> takes the chain on its right as it is, each segment at the chain's line)
    const operands: Ast[] = [];
    let x: Ast = a;
    while (isCall(x, "<>")) {
      if (x.args?.length !== 2) return null;
      operands.push(x.args[0]);
      x = x.args[1];
    }
    operands.push(x);
    for (const o of operands) {
      // (a string operand stays as it is; any other is given the type binary)
      if (o.t === "str") out.push({ literal: o });
      else if (!add(o, { spec: bare("binary", metaOf(a)), kind: "binary", complexSpec: false, node: a })) return null;
    }
    return out;
  }
  for (const s of a.args ?? []) {
    if (!isCall(s, "::") || s.args?.length !== 2) {
      if (s.t === "str") out.push({ literal: s });
      else if (!add(s, { spec: null, kind: "integer", complexSpec: false, node: s })) return null;
      continue;
    }
    const seg = expandSpec(s.args[1]);
    if (!seg || !add(s.args[0], { ...seg, node: s })) return null;
  }
  return out;
}

/** `type-endian-sign-unit(u)-size(s)`, the order Elixir's expansion gives the modifiers */
function expandSpec(spec: Ast): Omit<Segment, "value" | "node"> | null {
  const parts: Ast[] = [];
  const flatten = (x: Ast) => {
    if (isCall(x, "-") && x.args?.length === 2) x.args.forEach(flatten);
    else parts.push(x);
  };
  flatten(spec);
  let type: string | null = null, endian: string | null = null, sign: string | null = null;
  let size: Ast | null = null, unit: Ast | null = null;
  let complexSpec = false;
  for (const p of parts) {
    if (p.t === "int") {
      if (size) return null;
      size = p;
    } else if (isCall(p) && typeof p.name === "string" && (p.args === null || p.args.length === 0)) {
      const n = p.name;
      if (TYPE_NAMES[n] && !type) type = TYPE_NAMES[n];
      else if (ENDIAN.has(n) && !endian) endian = n;
      else if (SIGN.has(n) && !sign) sign = n;
      else return null;
    } else if (isCall(p, "size") && p.args?.length === 1 && !size) {
      size = p.args[0];
      if (p.args[0].t === "call" && !(p.args[0].args === null)) complexSpec = true;
    } else if (isCall(p, "unit") && p.args?.length === 1 && p.args[0].t === "int" && !unit) unit = p.args[0];
    else return null;
  }
  type ??= "integer";
  const meta = metaOf(spec);
  const items: Ast[] = [bare(type, meta)];
  if (endian) items.push(bare(endian, meta));
  if (sign) items.push(bare(sign, meta));
  if (unit) items.push({ t: "call", name: "unit", meta, args: [unit] });
  if (size) items.push({ t: "call", name: "size", meta, args: [size] });
  const joined = items.reduce((l, r) => ({ t: "call", name: "-", meta, args: [l, r] }));
  const kind = type === "integer" ? "integer" : type === "float" ? "float" : type.startsWith("utf") ? "utf" : "binary";
  return { spec: joined, kind, complexSpec };
}

/** a segment's modifiers as Elixir's expansion of a body writes them (`type-endian-sign-unit-size`,
 *  bytes and bits by their names binary and bitstring), or null for modifiers not followed */
export function expandedBodySpec(spec: Ast): Ast | null {
  return expandSpec(spec)?.spec ?? null;
}

/** the segment as the checker prints it: the whole binary when it has one segment, else the
 *  segment with `...` for those before and after it */
export function segmentText(show: (a: Ast) => string, seg: Segment, index: number, count: number): string {
  const shown: Ast = { t: "call", name: "<<>>", meta: {}, args: [seg.spec ? { t: "call", name: "::", meta: {}, args: [seg.value, seg.spec] } : seg.value] };
  const text = show(shown).slice(2, -2);
  return `<<${index > 0 ? "..., " : ""}${text}${index < count - 1 ? ", ..." : ""}>>`;
}

/** the segments of a binary pattern as Elixir's expansion writes them (`"a" <> rest`: `"a"` and
 *  `rest::binary`), when each is a literal string or integer, a variable, `_`, or one with
 *  modifiers this follows; null otherwise */
export function patternSegments(a: AstCall): Ast[] | null {
  const out: Ast[] = [];
  const plainVar = (x: Ast) => isCall(x) && typeof x.name === "string" && x.args === null;
  if (a.name === "<>") {
    if (a.args?.length !== 2 || a.args[0].t !== "str" || !plainVar(a.args[1])) return null;
    return [a.args[0], { t: "call", name: "::", meta: metaOf(a), args: [a.args[1], bare("binary", metaOf(a))] }];
  }
  for (const s of a.args ?? []) {
    if (s.t === "str" || s.t === "int" || plainVar(s)) out.push(s);
    else if (isCall(s, "::") && s.args?.length === 2 && plainVar(s.args[0])) {
      const seg = expandSpec(s.args[1]);
      if (!seg || seg.complexSpec) return null;
      out.push({ ...s, args: [s.args[0], seg.spec!] });
    } else return null;
  }
  return out;
}
