// The "debug info" of a module compiled to an object file: the head of every def/defp clause as
// Elixir's expanded quoted form (aliases, attributes and __MODULE__ replaced, `"a" <> rest` as a
// binary, ranges with their step, binary segments with their full spec, the Kernel guard macros
// and the module's own defguards expanded). Exception.blame_mfa/3 matches a failed call against
// them for FunctionClauseError's "Attempted function clauses".
import type { Ast } from "../lang/ast.ts";
import { Term, atom, list, tuple } from "../vm/terms.ts";
import { aliasParts, atomA, call, isCall } from "./ast_util.ts";
import { expandAlias } from "./aliases.ts";
import type { ModCtx } from "./context.ts";
import { expandGuard } from "./defguard.ts";
import { astToTerm } from "./quoted.ts";

interface HeadClause {
  kind: "def" | "defp";
  name: string;
  args: Ast[];
  guard: Ast | null;
  attrs: Map<string, Ast>;
}

/** [{{name, arity}, kind, [{args, guards}]}] for the functions (not macros) of a module */
export function debugClauses(ctx: ModCtx, groups: Map<string, HeadClause[]>): Term {
  const out: Term[] = [];
  for (const clauses of groups.values()) {
    const first = clauses[0];
    if (first.name.startsWith("MACRO-") || first.name.includes(" (overridable ")) continue;
    try {
      const heads = clauses.map((c) => {
        const x = new HeadExpander(ctx, c.attrs);
        const args = c.args.map((a) => astToTerm(x.pattern(a)));
        const guards = c.guard === null ? [] : whenParts(c.guard).map((g) => astToTerm(x.guard(g)));
        return tuple(list(args), list(guards));
      });
      out.push(tuple(tuple(atom(first.name), first.args.length), atom(first.kind), list(heads)));
    } catch {
      // a head too deep to expand keeps no clauses: its blame then lists only the arguments
    }
  }
  return list(out);
}

/** `when a when b` is one guard per `when` */
function whenParts(g: Ast): Ast[] {
  return isCall(g, "when") && g.args?.length === 2 ? [...whenParts(g.args[0]), ...whenParts(g.args[1])] : [g];
}

const TYPES = new Set(["integer", "float", "binary", "bitstring", "bits", "bytes", "utf8", "utf16", "utf32"]);
const SIGNS = new Set(["signed", "unsigned"]);
const ENDIANS = new Set(["big", "little", "native"]);

class HeadExpander {
  constructor(private ctx: ModCtx, private attrs: Map<string, Ast>) {}

  /** what both patterns and guards expand: aliases, attributes, __MODULE__ */
  private common(a: Ast, again: (x: Ast) => Ast): Ast | null {
    if (!isCall(a)) return null;
    if (aliasParts(a)) {
      const m = expandAlias(a, this.ctx);
      return m === null ? null : atomA(m);
    }
    if (a.name === "__MODULE__" && a.args === null) return atomA(this.ctx.name);
    if (a.name === "@" && a.args?.length === 1 && isCall(a.args[0]) && typeof a.args[0].name === "string") {
      const v = this.attrs.get(a.args[0].name);
      return v === undefined ? null : again(v);
    }
    return null;
  }

  private each(a: Ast, f: (x: Ast) => Ast): Ast {
    if (a.t === "list") return { ...a, items: a.items.map(f) };
    if (a.t === "tuple") return { ...a, items: a.items.map(f) };
    if (a.t !== "call" || a.args === null) return a;
    return { ...a, name: typeof a.name === "string" ? a.name : f(a.name), args: a.args.map(f) };
  }

  pattern = (a: Ast): Ast => {
    const c = this.common(a, this.pattern);
    if (c !== null) return c;
    if (isCall(a, "<>") && a.args?.length === 2 && a.args[0].t === "str") {
      return call("<<>>", [a.args[0], call("::", [this.pattern(a.args[1]), call("binary", [])])], a.meta);
    }
    if (isCall(a, "..") && a.args?.length === 2) return call("..//", [...a.args.map(this.pattern), { t: "int", v: 1n }], a.meta);
    if (isCall(a, "<<>>") && a.args) return { ...a, args: a.args.map((s) => this.segment(s)) };
    return this.each(a, this.pattern);
  };

  /** a binary segment's spec in Elixir's expanded order: type-signedness-endianness-size-unit */
  private segment(s: Ast): Ast {
    if (!isCall(s, "::") || s.args?.length !== 2) return this.pattern(s);
    const parts: Ast[] = [];
    const flat = (x: Ast): void => {
      if (isCall(x, "-") && x.args?.length === 2) {
        flat(x.args[0]);
        flat(x.args[1]);
      } else parts.push(x);
    };
    flat(s.args[1]);
    let type: string | null = null, sign: string | null = null, endian: string | null = null;
    let size: Ast | null = null, unit: Ast | null = null;
    for (const p of parts) {
      if (p.t === "int") size = p;
      else if (isCall(p, "size") && p.args?.length === 1) size = this.pattern(p.args[0]);
      else if (isCall(p, "*") && p.args?.length === 2 && p.args[1].t === "int") {
        size = this.pattern(p.args[0]);
        unit = p.args[1];
      }
      else if (isCall(p, "unit") && p.args?.length === 1) unit = p.args[0];
      else if (isCall(p) && typeof p.name === "string" && (p.args === null || p.args.length === 0)) {
        if (TYPES.has(p.name)) type = p.name === "bits" ? "bitstring" : p.name === "bytes" ? "binary" : p.name;
        else if (SIGNS.has(p.name)) sign = p.name;
        else if (ENDIANS.has(p.name)) endian = p.name;
        else return this.each(s, this.pattern);
      } else return this.each(s, this.pattern);
    }
    const spec: Ast[] = [call(type ?? "integer", [])];
    if (sign !== null && sign !== "unsigned") spec.push(call(sign, []));
    if (endian !== null && endian !== "big") spec.push(call(endian, []));
    if (size !== null) spec.push(call("size", [size]));
    if (unit !== null) spec.push(call("unit", [unit]));
    const joined = spec.reduce((l, r) => call("-", [l, r]));
    return call("::", [this.pattern(s.args[0]), joined], s.meta);
  }

  guard = (a: Ast): Ast => {
    const c = this.common(a, this.guard);
    if (c !== null) return c;
    if (isCall(a) && typeof a.name === "string" && a.args !== null) {
      const own = this.ctx.guards.get(`${a.name}/${a.args.length}`);
      if (own) return this.guard(expandGuard(own, a.args, true));
      if (a.name === "is_nil" && a.args.length === 1) return call("==", [this.guard(a.args[0]), atomA("nil")], a.meta);
      if (a.name === "in" && a.args.length === 2) {
        const expanded = this.membership(this.guard(a.args[0]), this.guard(a.args[1]));
        if (expanded !== null) return expanded;
      }
    }
    return this.each(a, this.guard);
  };

  /** `x in [a, b]` is `x === a or x === b`; `x in first..last//step` compares and divides */
  private membership(x: Ast, coll: Ast): Ast | null {
    if (coll.t === "list") {
      if (coll.items.length === 0) return atomA("false");
      return coll.items.map((i) => call("===", [x, i])).reduce((l, r) => call("or", [l, r]));
    }
    let range: Ast[] | null = null;
    if (isCall(coll, "..") && coll.args?.length === 2) range = coll.args;
    else if (isCall(coll, "..//") && coll.args?.length === 3) range = coll.args;
    if (range === null) return null;
    const [first, last, step] = range;
    let test = call("and", [call("and", [call("is_integer", [x]), call(">=", [x, first])]), call("<=", [x, last])]);
    if (step !== undefined && !(step.t === "int" && step.v === 1n)) {
      test = call("and", [test, call("===", [call("rem", [call("-", [x, first]), step]), { t: "int", v: 0n }])]);
    }
    return test;
  }
}
