// Compile-time values, as OTP's compiler knows them after its constant folding and propagation:
// literals, operators applied to constants (evaluated by the :erlang BIF itself), module
// attributes and variables bound to a constant. compiler/arith_frames.ts asks whether an operand
// is a (small integer) literal; compiler/failing_calls.ts evaluates calls whose arguments are all
// known to find the ones that will fail.
import { Float, Term, atom, bin, int, list, tuple } from "../vm/terms.ts";
import { ErlangError } from "../vm/errors.ts";
import { lookupBif } from "../vm/bifs/registry.ts";
import type { Ast } from "../lang/ast.ts";
import { isCall, varName } from "./ast_util.ts";
import { isPureBif } from "./pure_bifs.ts";

/** what the compiler knows about a variable's value (keyed by its slot: a binding never reuses one) */
export type Fact = { k: "const"; v: Term } | { k: "floatTyped" };

export interface ConstEnv {
  /** a module's function (optimised), not a script's top level */
  optimised: boolean;
  /** the fact about the variable named, if any */
  fact(name: string): Fact | undefined;
  /** the value of module attribute @name */
  attr(name: string): Ast | undefined;
  /** the BIF a call compiles to (after Elixir's inlining), with its arguments, if it is one */
  bifOf?(a: Ast): { module: string; name: string; args: Ast[] } | undefined;
}

/** operators folded when their operands are constants: the Elixir name/arity and the :erlang BIF */
const FOLDED: Record<string, string> = {
  "+/2": "+", "-/2": "-", "*/2": "*", "//2": "/", "+/1": "+", "-/1": "-", "div/2": "div", "rem/2": "rem",
};

/** `@name`: the attribute's value expression */
export function attrValue(a: Ast, env: ConstEnv): Ast | undefined {
  if (!isCall(a, "@") || a.args?.length !== 1) return undefined;
  const n = a.args[0];
  return isCall(n) && typeof n.name === "string" && (n.args === null || n.args.length === 0) ? env.attr(n.name) : undefined;
}

/** the value of a constant expression, or undefined (unknown, or an operation that fails) */
export function constantOf(a: Ast, env: ConstEnv): Term | undefined {
  switch (a.t) {
    case "int": return int(a.v);
    case "float": return new Float(a.v);
    case "atom": return atom(a.v);
    case "str": return bin(a.v);
    case "tuple": return allConstant(a.items, env, (xs) => tuple(...xs));
    case "list":
      if (a.items.some((x) => isCall(x, "|"))) return undefined;
      return allConstant(a.items, env, (xs) => list(xs));
  }
  const name = varName(a);
  if (name !== null) {
    const f = env.fact(name);
    return f?.k === "const" ? f.v : undefined;
  }
  const attr = attrValue(a, env);
  if (attr !== undefined) return constantOf(attr, env);
  if (a.args === null) return undefined;
  const op = typeof a.name === "string" ? FOLDED[a.name + "/" + a.args.length] : undefined;
  if (op !== undefined) return allConstant(a.args, env, (xs) => evaluate("erlang", op, xs));
  // a pure BIF on constants: `:erlang.atom_to_binary(String.to_integer("1"))` folds the inner call
  const bif = env.bifOf?.(a);
  if (bif === undefined || !isPureBif(bif.module, bif.name, bif.args.length)) return undefined;
  return allConstant(bif.args, env, (xs) => evaluate(bif.module, bif.name, xs));
}

function allConstant(items: Ast[], env: ConstEnv, make: (xs: Term[]) => Term | undefined): Term | undefined {
  const xs: Term[] = [];
  for (const x of items) {
    const c = constantOf(x, env);
    if (c === undefined) return undefined;
    xs.push(c);
  }
  return make(xs);
}

/** a pure BIF applied at compile time: its value, or its error reason ({failed}) */
export function evaluateOrFail(module: string, name: string, args: Term[]): { value: Term } | { failed: Term } | undefined {
  const bif = lookupBif(module, name, args.length);
  if (bif === undefined) return undefined;
  try {
    return { value: bif.fn(args, undefined as never) as Term }; // the pure BIFs asked never hand back a call
  } catch (e) {
    // anything else (a host limit on a huge constant) is left for run time
    if (e instanceof ErlangError && e.kind === "error") return { failed: e.reason };
    return undefined;
  }
}

function evaluate(module: string, name: string, args: Term[]): Term | undefined {
  const r = evaluateOrFail(module, name, args);
  return r !== undefined && "value" in r ? r.value : undefined;
}
