// Patterns -> descriptor trees (vm/patterns.ts). A pattern binds fresh slots for its variables; a
// variable seen twice in one pattern (or across a function head's arguments) must match equal values.
import { checkStructAvailable } from "./script_structs.ts";
import { calendarSigil } from "./calendar_sigils.ts";
import { sigilLiteral } from "./sigil_literal.ts";
import type { Ast } from "../lang/ast.ts";
import type { Pat, BinPatSeg, KeyRef } from "../vm/patterns.ts";
import { Term, atom, bin, binLiteral, Bin, NIL, list, tuple, Atom } from "../vm/terms.ts";
import { FnCtx, Scope } from "./context.ts";
import { isCall, varName, aliasParts, keywordPairs, lineOf } from "./ast_util.ts";
import { segmentSpec, stringSegmentBytes } from "./binaries.ts";
import { expandAlias } from "./aliases.ts";
import { hygienicName, plainName } from "./quoted.ts";
import { findMacro, expandMacro } from "./macros.ts";
import { isScriptModule } from "./script_module.ts";
import { literalTerm } from "./literal_term.ts";

export { literalTerm };

export class PatternCompiler {
  /** names bound by this pattern so far (repeats become equality checks) */
  readonly bound = new Map<string, number>();
  constructor(readonly fn: FnCtx, readonly scope: Scope) {}

  /** Bind the pattern's variables into the scope (call once the whole pattern is compiled). */
  commit(into: Scope = this.scope): void {
    for (const [k, v] of this.bound) into.bind(k, v);
  }

  compile(a: Ast): Pat {
    // map patterns match subsets, so a pattern holding a map is never a literal
    const lit = containsMap(a) ? undefined : literalTerm(a, this.fn);
    if (lit !== undefined) return lit === NIL ? { k: "nil" } : { k: "lit", v: lit };
    switch (a.t) {
      case "list": {
        // compile left to right: the first occurrence of a variable binds, later ones compare
        let items = a.items;
        let tailAst: Ast | null = null;
        const last = items[items.length - 1];
        if (last && isCall(last, "|") && last.args) {
          items = [...items.slice(0, -1), last.args[0]];
          tailAst = last.args[1];
        }
        const heads = items.map((x) => this.compile(x));
        let tail: Pat = tailAst ? this.compile(tailAst) : { k: "nil" };
        for (let i = heads.length - 1; i >= 0; i--) tail = { k: "cons", head: heads[i], tail };
        return tail;
      }
      case "tuple":
        return { k: "tuple", items: a.items.map((x) => this.compile(x)) };
      case "call":
        break;
      default:
        return this.fn.mod.error("invalid pattern");
    }
    const name = a.name;
    if (a.args === null && typeof name === "string") {
      if (name === "_") return { k: "any" };
      if (name === "__MODULE__") return { k: "lit", v: atom(isScriptModule(this.fn.mod.name) ? "nil" : this.fn.mod.name) };
      const seen = this.bound.get(name);
      if (seen !== undefined) return { k: "eq", slot: seen };
      const slot = this.fn.newSlot();
      this.bound.set(name, slot);
      return { k: "bind", slot };
    }
    const args = a.args ?? [];
    switch (name) {
      case "^": {
        const n = varName(args[0]);
        const slot = n === null ? undefined : this.scope.lookup(n);
        if (slot === undefined) return this.fn.mod.error(`undefined variable ^${n}`, lineOf(a));
        return { k: "eq", slot };
      }
      case "=":
        return { k: "both", a: this.compile(args[0]), b: this.compile(args[1]) };
      case "<>": {
        const pre = literalTerm(args[0], this.fn);
        if (!(pre instanceof Object) || !("bytes" in (pre as object))) {
          return this.fn.mod.error("a binary field without size is only allowed at the end of a binary pattern", lineOf(a));
        }
        return { k: "prefix", prefix: pre as any, rest: this.compile(args[1]) };
      }
      case "%{}":
        return this.mapPattern(args, null);
      case "%": {
        const [structAst, mapAst] = args;
        let structPat: Pat;
        if (varName(structAst) !== null) structPat = this.compile(structAst);
        else {
          const mod = expandAlias(structAst, this.fn.mod);
          if (mod === null) return this.fn.mod.error("invalid struct name in pattern", lineOf(a));
          checkStructAvailable(this.fn.mod, mod, lineOf(a) ?? 0, 0);
          structPat = { k: "lit", v: atom(mod) };
        }
        return this.mapPattern(isCall(mapAst, "%{}") ? mapAst.args ?? [] : [], structPat);
      }
      case "<<>>":
        return this.binaryPattern(args);
      case "..":
      case "..//": {
        // first..last(//step) matches a %Range{}
        const keys: KeyRef[] = [{ lit: atom("__struct__") }, { lit: atom("first") }, { lit: atom("last") }];
        const vals: Pat[] = [{ k: "lit", v: atom("Elixir.Range") }, this.compile(args[0]), this.compile(args[1])];
        if (name === "..//") {
          keys.push({ lit: atom("step") });
          vals.push(this.compile(args[2]));
        }
        return { k: "map", keys, vals };
      }
      case "when":
        return this.fn.mod.error("guards are not allowed here", lineOf(a));
      case "var!": {
        // var!(x) / var!(x, Context) in a pattern binds the variable of that context
        const [v0, ctxAst] = args;
        if (!v0 || varName(v0) === null) return this.fn.mod.error("expected \"var!\" argument to be a variable", lineOf(a));
        const ctx = ctxAst ? expandAlias(ctxAst, this.fn.mod) : null;
        return this.compile({ ...(v0 as any), name: hygienicName(plainName(varName(v0)!), ctx === "nil" ? null : ctx, null) });
      }
      case "unquote":
        return this.fn.mod.error("unquote called outside quote", lineOf(a));
      case "sigil_D": case "sigil_T": case "sigil_N": case "sigil_U":
        return this.compile(calendarSigil(name, args, this.fn.mod.file, lineOf(a)));
    }
    if (typeof name === "string" || (isCall(name) && name.name === ".")) {
      const macro = findMacro(this.fn.mod, a as any);
      if (macro) return this.compile(expandMacro(this.fn.mod, macro, a as any, { fn: null, line: lineOf(a) ?? 0, context: "match" }));
    }
    if (typeof name === "string" && name.startsWith("sigil_")) {
      const lit = sigilLiteral(name, args);
      if (lit !== null) return { k: "lit", v: lit };
    }
    if (name === "@") {
      const attr = args[0];
      if (isCall(attr) && typeof attr.name === "string") {
        const val = this.fn.mod.attrs.get(plainName(attr.name));
        if (val !== undefined) return this.compile(val);
        return { k: "lit", v: atom("nil") };
      }
    }
    return this.fn.mod.error(`cannot invoke remote function or call ${typeof name === "string" ? name : "expression"} inside a match`, lineOf(a));
  }

  private mapPattern(args: Ast[], structPat: Pat | null): Pat {
    const keys: KeyRef[] = [];
    const vals: Pat[] = [];
    if (structPat) {
      keys.push({ lit: atom("__struct__") });
      vals.push(structPat);
    }
    const pairs: [Ast, Ast][] = [];
    for (const item of args) {
      const kw = item.t === "list" ? keywordPairs(item) : null;
      if (kw) for (const [k, v] of kw) pairs.push([{ t: "atom", v: k }, v]);
      else if (item.t === "tuple" && item.items.length === 2) pairs.push([item.items[0], item.items[1]]);
      else return this.fn.mod.error("invalid map pattern");
    }
    for (const [k, v] of pairs) {
      if (isCall(k, "^") && k.args) {
        const n = varName(k.args[0]);
        const slot = n === null ? undefined : this.scope.lookup(n);
        if (slot === undefined) return this.fn.mod.error(`undefined variable ^${n}`);
        keys.push({ slot });
      } else {
        const lk = literalTerm(k, this.fn);
        if (lk === undefined) return this.fn.mod.error("illegal map key in pattern", lineOf(k));
        keys.push({ lit: lk });
      }
      vals.push(this.compile(v));
    }
    return { k: "map", keys, vals };
  }

  private binaryPattern(args: Ast[]): Pat {
    const segs: BinPatSeg[] = [];
    for (const seg of args) {
      let valueAst = seg;
      let typeAst: Ast | null = null;
      if (isCall(seg, "::") && seg.args) {
        valueAst = seg.args[0];
        typeAst = seg.args[1];
      }
      if (valueAst.t === "str") {
        // a literal string inside a binary pattern matches its bytes
        const b = new Bin(stringSegmentBytes(binLiteral(valueAst.v).bytes, valueAst.v, typeAst, this.fn.mod, lineOf(seg)));
        segs.push({ type: "binary", size: b.size, unit: 8, signed: false, little: false, pat: { k: "lit", v: b } });
        continue;
      }
      const { spec, sizeAst } = segmentSpec(typeAst, this.fn.mod, valueAst.t === "float");
      let sizeSlot: number | undefined;
      if (sizeAst) {
        const lit = literalTerm(sizeAst, this.fn);
        if (typeof lit === "number") spec.size = lit;
        else {
          const n = varName(sizeAst);
          const slot = n === null ? undefined : this.bound.get(n) ?? this.scope.lookup(n);
          if (slot === undefined) return this.fn.mod.error("size in binary pattern must be a literal or a bound variable", lineOf(seg));
          sizeSlot = slot;
        }
      }
      segs.push({ ...spec, pat: this.compile(valueAst), sizeSlot });
    }
    return { k: "bin", segs };
  }
}

function containsMap(a: Ast): boolean {
  switch (a.t) {
    case "list": case "tuple": return a.items.some(containsMap);
    case "call": return a.name === "%{}" || a.name === "%" || (a.name === "|" && (a.args ?? []).some(containsMap));
    default: return false;
  }
}

export type { Atom };
