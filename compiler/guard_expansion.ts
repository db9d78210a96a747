// What a public defguard's macro returns, as Elixir 1.14's Kernel.Utils.defguard builds it: the
// guard expression expanded at definition (Kernel's guard functions and operators as the :erlang
// calls they inline to, with empty metadata), the parameters replaced by the caller's arguments
// in a guard, and outside one by variables arg1, arg2... (context Elixir) bound once first:
//   {arg1, arg2} = {x, y}; :erlang.andalso(...)
// These are builders: code that makes the quoted term when the macro runs, a parameter standing
// for the macro's variable holding the caller's argument.
import type { Ast } from "../lang/ast.ts";
import { isVar, isCall, v } from "./ast_util.ts";

const A = (v: string): Ast => ({ t: "atom", v });
const T = (...items: Ast[]): Ast => ({ t: "tuple", items });
const L = (items: Ast[]): Ast => ({ t: "list", items });
const NO_META = L([]);

function erlangCall(fun: string, args: Ast[], meta: Ast = NO_META): Ast {
  return T(T(A("."), meta, L([A("erlang"), A(fun)])), meta, L(args));
}

/** Kernel's operators and guard functions whose expansion is the :erlang function of this name */
const OPERATORS: Record<string, string> = {
  "==": "==", "!=": "/=", "===": "=:=", "!==": "=/=", "<": "<", ">": ">", "<=": "=<", ">=": ">=",
  "+": "+", "-": "-", "*": "*", "/": "/", and: "andalso", or: "orelse",
  "&&&": "band", "|||": "bor", "^^^": "bxor", "<<<": "bsl", ">>>": "bsr",
};
const SAME_NAME = new Set([
  "is_atom", "is_binary", "is_bitstring", "is_boolean", "is_float", "is_function", "is_integer", "is_list", "is_map",
  "is_number", "is_pid", "is_port", "is_reference", "is_tuple", "abs", "div", "rem", "map_size", "tuple_size",
  "byte_size", "bit_size", "length", "hd", "tl", "trunc", "round", "ceil", "floor", "node", "self", "not", "bnot",
]);

/** Kernel.is_nil/1's expansion keeps the metadata of Kernel's quote */
const IS_NIL_META = L([T(A("context"), A("Elixir.Kernel")), T(A("imports"), L([T({ t: "int", v: 2n }, A("Elixir.Kernel"))]))]);

/**
 * the builder of the expanded guard `a`, `param` giving the builder of a parameter; null where the
 * guard holds something this does not expand (the caller keeps the plain substitution then)
 */
export function expandedGuard(a: Ast, param: (name: string) => Ast | undefined): Ast | null {
  const tr = (x: Ast): Ast | null => expandedGuard(x, param);
  const all = (xs: Ast[]): Ast[] | null => {
    const out: Ast[] = [];
    for (const x of xs) {
      const y = tr(x);
      if (y === null) return null;
      out.push(y);
    }
    return out;
  };
  if (isVar(a)) return param(a.name) ?? null;
  switch (a.t) {
    case "int": case "float": case "atom": case "str": return a;
    case "list": {
      const items = all(a.items);
      return items && L(items);
    }
    case "tuple": {
      const items = all(a.items);
      if (items === null) return null;
      return items.length === 2 ? T(items[0], items[1]) : T(A("{}"), NO_META, L(items));
    }
  }
  if (a.t !== "call" || a.args === null) return null;
  // an :erlang call written out
  if (typeof a.name !== "string" && isCall(a.name, ".") && a.name.args?.length === 2 && a.name.args[0].t === "atom" && a.name.args[0].v === "erlang" && a.name.args[1].t === "atom") {
    const args = all(a.args);
    return args && erlangCall(a.name.args[1].v, args);
  }
  if (typeof a.name !== "string") return null;
  const name = a.name;
  const args = a.args;
  if (args.length === 2 && OPERATORS[name] !== undefined) {
    const xs = all(args);
    return xs && erlangCall(OPERATORS[name], xs);
  }
  if (args.length === 1 && (name === "-" || name === "+")) {
    const xs = all(args);
    return xs && erlangCall(name, xs);
  }
  if (SAME_NAME.has(name)) {
    const xs = all(args);
    return xs && erlangCall(name, xs);
  }
  if (name === "is_nil" && args.length === 1) {
    const x = tr(args[0]);
    return x && erlangCall("==", [x, A("nil")], IS_NIL_META);
  }
  if (name === "in" && args.length === 2) return expandedIn(args[0], args[1], tr);
  // (the arguments are expanded in the order the expansion has them: parameters are numbered so)
  if (name === "is_map_key" && args.length === 2) {
    const xs = all([args[1], args[0]]);
    return xs && erlangCall("is_map_key", xs);
  }
  if (name === "elem" && args.length === 2) {
    const i = args[1].t === "int" ? ({ t: "int", v: args[1].v + 1n } as Ast) : tr(args[1]);
    const t = tr(args[0]);
    if (i === null || t === null) return null;
    return erlangCall("element", [args[1].t === "int" ? i : erlangCall("+", [i, { t: "int", v: 1n }]), t]);
  }
  return null;
}

/** an integer literal, negative ones written with unary minus included */
function intLiteral(a: Ast): bigint | null {
  if (a.t === "int") return a.v;
  if (isCall(a, "-") && a.args?.length === 1 && a.args[0].t === "int") return -a.args[0].v;
  return null;
}

/** Kernel.in/2 in a guard, as it expands with a literal list or a literal integer range:
 *  strict comparisons joined by orelse (left to right), or a bounds check on an integer (and the
 *  step's remainder) */
function expandedIn(left: Ast, right: Ast, tr: (x: Ast) => Ast | null): Ast | null {
  if (right.t === "list") {
    if (right.items.length === 0) return A("false");
    let acc: Ast | null = null;
    for (const item of right.items) {
      const x = tr(left);
      const y = tr(item);
      if (x === null || y === null) return null;
      const eq = erlangCall("=:=", [x, y]);
      acc = acc === null ? eq : erlangCall("orelse", [acc, eq]);
    }
    return acc;
  }
  const range = isCall(right, "..") && right.args?.length === 2 ? { ends: right.args, step: 1n }
    : isCall(right, "..//") && right.args?.length === 3 ? { ends: right.args.slice(0, 2), step: intLiteral(right.args[2]) }
    : null;
  if (range === null || range.step === null) return null;
  const [first, last] = range.ends.map(intLiteral);
  if (first === null || last === null || first > last || range.step <= 0n) return null;
  const int = (n: bigint): Ast => ({ t: "int", v: n });
  const x = tr(left);
  if (x === null) return null;
  const bounds = erlangCall("andalso", [erlangCall("is_integer", [x]), erlangCall("andalso", [erlangCall(">=", [x, int(first)]), erlangCall("=<", [x, int(last)])])]);
  if (range.step === 1n && isCall(right, "..")) return bounds;
  return erlangCall("andalso", [bounds, erlangCall("=:=", [erlangCall("rem", [erlangCall("-", [x, int(first)]), int(range.step)]), { t: "int", v: 0n }])]);
}

/** the defguard macro's result outside a guard: {arg1, ...} = {argument, ...}, then the guard */
export function boundOnceGuard(body: Ast, params: string[]): Ast | null {
  const argVar = (i: number) => T(A(`arg${i + 1}`), NO_META, A("Elixir"));
  // numbered in the order the expansion reads them
  const order: string[] = [];
  const numbered = (n: string) => {
    if (!order.includes(n)) order.push(n);
    return argVar(order.indexOf(n));
  };
  const expanded = expandedGuard(body, (n) => (params.includes(n) ? numbered(n) : undefined));
  if (expanded === null) return null;
  // (a parameter the guard does not read is not bound)
  const read = params.filter((p) => order.includes(p));
  const vars = T(A("{}"), NO_META, L(read.map((p) => numbered(p))));
  const values = T(A("{}"), NO_META, L(read.map((p) => v(p))));
  return T(A("__block__"), NO_META, L([T(A("="), NO_META, L([vars, values])), expanded]));
}

/** the defguard macro's result in a guard: the guard with the arguments in place */
export function substitutedGuard(body: Ast, params: string[]): Ast | null {
  const set = new Set(params);
  return expandedGuard(body, (n) => (set.has(n) ? v(n) : undefined));
}
