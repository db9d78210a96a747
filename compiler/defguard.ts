// defguard / defguardp: a guard macro defined in the module. A call to it (in a guard or in a
// body) is replaced by its expression with the arguments put in place of the parameters; in a
// body, arguments that are not plain variables or literals are bound once first, so each is
// evaluated exactly once as Elixir's generated macro does.
import type { Ast, AstCall } from "../lang/ast.ts";
import { isCall, isVar, call, v } from "./ast_util.ts";
import { boundOnceGuard, substitutedGuard } from "./guard_expansion.ts";
import { type Term, atom, list, tuple } from "../vm/terms.ts";

export interface GuardMacro {
  params: string[];
  body: Ast;
  exported: boolean;
}

/** parse `defguard name(params) when expr`; returns [name/arity, macro] or an error text */
export function defineGuard(kind: "defguard" | "defguardp", args: Ast[]): [string, GuardMacro] | string {
  const spec = args[0];
  if (!isCall(spec, "when") || spec.args?.length !== 2) return `${kind} expects a function head with a when guard, e.g. ${kind} is_even(x) when rem(x, 2) == 0`;
  const [head, body] = spec.args;
  if (!isCall(head) || typeof head.name !== "string" || head.args === null) return `invalid ${kind} head`;
  const params: string[] = [];
  for (const p of head.args) {
    if (!isVar(p)) return `only variables are allowed as ${kind} arguments`;
    params.push(p.name);
  }
  return [`${head.name}/${params.length}`, { params, body, exported: kind === "defguard" }];
}

let counter = 0;

/** the expression a call to the guard macro stands for */
export function expandGuard(g: GuardMacro, args: Ast[], inGuard: boolean): Ast {
  const bindings: Ast[] = [];
  const actual = args.map((a) => {
    if (inGuard || isVar(a) || a.t !== "call") return a;
    const tmp = v(`$guard_arg${counter++}`);
    bindings.push(call("=", [tmp, a]));
    return tmp;
  });
  const env = new Map(g.params.map((p, i) => [p, actual[i]]));
  const body = substitute(g.body, env);
  return bindings.length === 0 ? body : call("__block__", [...bindings, body]);
}

function substitute(a: Ast, env: Map<string, Ast>): Ast {
  if (isVar(a) && env.has(a.name)) return env.get(a.name)!;
  switch (a.t) {
    case "call": {
      const c = a as AstCall;
      const name = typeof c.name === "string" ? c.name : substitute(c.name, env);
      return { ...c, name: name as any, args: c.args === null ? null : c.args.map((x) => substitute(x, env)) };
    }
    case "list": return { ...a, items: a.items.map((x) => substitute(x, env)) };
    case "tuple": return { ...a, items: a.items.map((x) => substitute(x, env)) };
    default: return a;
  }
}

/** the guard's body with the module's own guards (defined before it) expanded, as Elixir does at definition */
function expandOwnGuards(a: Ast, guards: Map<string, GuardMacro>): Ast {
  if (a.t === "list") return { ...a, items: a.items.map((x) => expandOwnGuards(x, guards)) };
  if (a.t === "tuple") return { ...a, items: a.items.map((x) => expandOwnGuards(x, guards)) };
  if (a.t !== "call" || a.args === null) return a;
  const args = a.args.map((x) => expandOwnGuards(x, guards));
  if (typeof a.name === "string") {
    const g = guards.get(`${a.name}/${args.length}`);
    if (g) return expandOwnGuards(expandGuard(g, args, true), guards);
    return { ...a, args };
  }
  return { ...a, name: expandOwnGuards(a.name, guards) as any, args };
}

/**
 * A public defguard is also a macro other modules import or require:
 *   defmacro name(params) do
 *     case __CALLER__.context do
 *       nil -> quote do p1 = unquote(p1); ...; body end     # each argument evaluated once
 *       _ -> quote do body[p := unquote(p)] end              # in a guard: substituted
 *     end
 *   end
 * Returns the macro's head and its do-block for the module's macro definitions.
 */
export function guardMacroDefinition(name: string, g: GuardMacro, guards: Map<string, GuardMacro>): [Ast, Ast] {
  const body = expandOwnGuards(g.body, guards);
  const unquoted = new Map(g.params.map((p) => [p, call("unquote", [v(p)])] as [string, Ast]));
  const quote = (x: Ast): Ast => call("quote", [{ t: "list", items: [{ t: "tuple", items: [{ t: "atom", v: "do" }, x] }] }]);
  const bindOnce = call("__block__", [...g.params.map((p) => call("=", [v(p), call("unquote", [v(p)])])), body]);
  const context = call(call(".", [v("__CALLER__"), { t: "atom", v: "context" }]), [], { no_parens: true });
  const clauses: Ast = {
    t: "list",
    items: [
      call("->", [{ t: "list", items: [{ t: "atom", v: "nil" }] }, boundOnceGuard(body, g.params) ?? quote(bindOnce)]),
      call("->", [{ t: "list", items: [v("_")] }, substitutedGuard(body, g.params) ?? quote(substitute(body, unquoted))]),
    ],
  };
  const caseAst = call("case", [context, { t: "list", items: [{ t: "tuple", items: [{ t: "atom", v: "do" }, clauses] }] }]);
  return [call(name, g.params.map((p) => v(p))), { t: "list", items: [{ t: "tuple", items: [{ t: "atom", v: "do" }, caseAst] }] }];
}

/** the body of the defmacro Elixir's defguard defines, quoted (as @on_definition hooks get it):
 *  [do: (require Kernel.Utils; Kernel.Utils.defguard(params, guard))] */
export function guardMacroBody(params: Term[], guard: Term): Term {
  const utils = tuple(atom("__aliases__"), list([tuple(atom("alias"), atom("false"))]), list([atom("Kernel"), atom("Utils")]));
  const req = tuple(atom("require"), list([tuple(atom("context"), atom("Elixir.Kernel"))]), list([utils]));
  const def = tuple(tuple(atom("."), list([]), list([utils, atom("defguard")])), list([]), list([list(params), guard]));
  return list([tuple(atom("do"), tuple(atom("__block__"), list([]), list([req, def])))]);
}
