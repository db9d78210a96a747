// The term a literal AST denotes. Iterative, with an explicit stack: a literal nested 10,000 deep
// (Elixir compiles one) must not exhaust the JS stack. The compiler asks at every node it compiles,
// so a node found not to be a literal is remembered (per function being compiled): asking again
// down a deep non-literal chain costs O(1) per node instead of a walk to its bottom each time.
import type { Ast } from "../lang/ast.ts";
import { Term, atom, binLiteral, Bin, Float, NIL, list, tuple, int } from "../vm/terms.ts";
import { mapFromEntries } from "../vm/map.ts";
import type { FnCtx } from "./context.ts";
import { isCall, keywordPairs } from "./ast_util.ts";
import { expandAlias } from "./aliases.ts";
import { plainName } from "./quoted.ts";
import { isScriptModule } from "./script_module.ts";

/** a node that is a literal when its children are: their terms make its term */
interface Composite {
  kind: "list" | "improper" | "tuple" | "map" | "attr";
  kids: Ast[];
  /** a map's keys: an atom for a keyword entry, null for a key among the kids */
  keys?: (Term | null)[];
}

/** a leaf's answer is a term or undefined; these nodes have children to look at first */
const COMPOSITE = Symbol("composite");
/** not a literal for a module attribute's value, which changes: nothing is remembered */
const VOLATILE = Symbol("volatile");

const notLiteral = new WeakMap<FnCtx, WeakSet<Ast>>();

/** The term a literal AST denotes, or undefined when it is not a compile-time literal. */
export function literalTerm(a: Ast, fn?: FnCtx): Term | undefined {
  const l = leafOf(a, fn);
  if (l !== COMPOSITE) return l === VOLATILE ? undefined : l;
  const known = fn ? notLiteral.get(fn) : undefined;
  if (known?.has(a)) return undefined;
  const first = compositeOf(a, fn);
  if (first === undefined) return undefined;
  const stack: Frame[] = [{ a, c: first, vals: [] }];
  for (;;) {
    const top = stack[stack.length - 1];
    let ret: Term | undefined;
    if (top.vals.length < top.c.kids.length) {
      const k = top.c.kids[top.vals.length];
      const leaf = leafOf(k, fn);
      if (leaf === VOLATILE) return undefined;
      if (leaf === COMPOSITE) {
        const c = known?.has(k) ? undefined : compositeOf(k, fn);
        if (c !== undefined) {
          stack.push({ a: k, c, vals: [] });
          continue;
        }
      } else ret = leaf;
    } else {
      stack.pop();
      ret = build(top.c, top.vals);
      if (stack.length === 0) return ret;
    }
    if (ret === undefined) {
      if (fn) remember(fn, stack);
      return undefined;
    }
    stack[stack.length - 1].vals.push(ret);
  }
}

type Frame = { a: Ast; c: Composite; vals: Term[] };

/** every node on the stack fails with the child that failed, up to a module attribute's value
 *  (only deep walks: a shallow one costs less than remembering it) */
function remember(fn: FnCtx, stack: Frame[]): void {
  if (stack.length < 8) return;
  let set = notLiteral.get(fn);
  if (!set) notLiteral.set(fn, (set = new WeakSet()));
  for (let i = stack.length - 1; i >= 0 && stack[i].c.kind !== "attr"; i--) set.add(stack[i].a);
}

/** the term of a node without children to look at, or COMPOSITE (allocates nothing) */
function leafOf(a: Ast, fn: FnCtx | undefined): Term | undefined | typeof COMPOSITE | typeof VOLATILE {
  switch (a.t) {
    case "int":
      return int(a.v);
    case "float":
      return new Float(a.v);
    case "atom":
      return atom(a.v);
    case "str":
      return binLiteral(a.v);
    case "list":
    case "tuple":
      // most are not literals for a variable or a call among their items: no walk needed
      for (const it of a.items) if (it.t === "call" && !MAY_BE_LITERAL.has(it.name as string)) return undefined;
      return COMPOSITE;
    case "call": {
      if ((a.name === "-" || a.name === "+") && a.args?.length === 1) {
        const x = a.args[0];
        if (x.t === "int") return int(a.name === "-" ? -x.v : x.v);
        if (x.t === "float") return new Float(a.name === "-" ? -x.v : x.v);
      }
      if (a.name === "__aliases__" && fn) {
        const m = expandAlias(a, fn.mod);
        return m === null ? undefined : atom(m);
      }
      if (a.name === "__MODULE__" && a.args === null && fn) return atom(isScriptModule(fn.mod.name) ? (fn.mod.evalEnv?.module ?? "nil") : fn.mod.name);
      if (a.name === "%{}" && a.args) return COMPOSITE;
      if (a.name === "<<>>" && a.args && a.args.every((x) => x.t === "str")) {
        return binLiteral(a.args.map((x) => (x as { v: string }).v).join(""));
      }
      // `<<137, 80, "NG">>`: untyped integer segments are one byte each (the low 8 bits)
      if (a.name === "<<>>" && a.args && a.args.every((x) => x.t === "str" || byteLiteral(x) !== undefined)) {
        const bytes: number[] = [];
        for (const x of a.args) {
          if (x.t === "str") bytes.push(...binLiteral(x.v).bytes);
          else bytes.push(byteLiteral(x)!);
        }
        return new Bin(Uint8Array.from(bytes));
      }
      if (a.name === "@" && fn && a.args && isCall(a.args[0]) && typeof a.args[0].name === "string" && a.args[0].args === null) {
        return fn.mod.attrs.has(plainName(a.args[0].name)) ? COMPOSITE : VOLATILE;
      }
      return undefined;
    }
  }
  return undefined;
}

/** an untyped integer segment (`7`, `-1`) as the byte it builds */
function byteLiteral(x: Ast): number | undefined {
  if (x.t === "int") return Number(x.v & 0xffn);
  if (isCall(x, "-") && x.args?.length === 1 && x.args[0].t === "int") return Number(-x.args[0].v & 0xffn);
  return undefined;
}

/** the calls a literal may hold (see leafOf; `|` ends an improper list) */
const MAY_BE_LITERAL = new Set(["-", "+", "__aliases__", "__MODULE__", "%{}", "<<>>", "@", "|"]);

/** the children of a node leafOf found COMPOSITE, or undefined when it cannot be a literal */
function compositeOf(a: Ast, fn: FnCtx | undefined): Composite | undefined {
  switch (a.t) {
    case "list": {
      const n = a.items.length;
      const last = a.items[n - 1];
      if (last && isCall(last, "|") && last.args) return { kind: "improper", kids: [...a.items.slice(0, -1), last.args[0], last.args[1]] };
      return { kind: "list", kids: a.items };
    }
    case "tuple":
      return { kind: "tuple", kids: a.items };
    case "call":
      if (a.name === "@") return { kind: "attr", kids: [fn!.mod.attrs.get(plainName((a.args![0] as { name: string }).name))!] };
      return mapOf(a.args!);
  }
  return undefined;
}

function build(c: Composite, vs: Term[]): Term {
  switch (c.kind) {
    case "list": return list(vs, NIL);
    case "improper": return list(vs.slice(0, -1), vs[vs.length - 1]);
    case "tuple": return tuple(...vs);
    case "attr": return vs[0];
    case "map": {
      const entries: [Term, Term][] = [];
      let i = 0;
      for (const k of c.keys!) entries.push(k === null ? [vs[i++], vs[i++]] : [k, vs[i++]]);
      return mapFromEntries(entries);
    }
  }
}

/** `%{k: v}` and `%{k => v}`: keyword keys are atoms already, others are children too */
function mapOf(items: Ast[]): Composite | undefined {
  const kids: Ast[] = [];
  const keys: (Term | null)[] = [];
  for (const item of items) {
    const kw = item.t === "list" ? keywordPairs(item) : null;
    if (kw) {
      for (const [k, v] of kw) {
        keys.push(atom(k));
        kids.push(v);
      }
    } else if (item.t === "tuple" && item.items.length === 2) {
      keys.push(null);
      kids.push(item.items[0], item.items[1]);
    } else return undefined;
  }
  return { kind: "map", kids, keys };
}
