// defguard / defguardp: a guard macro defined in the module. A call to it (in a guard or in a
// body) is replaced by its expression with the arguments put in place of the parameters; in a
// body, arguments that are not plain variables or literals are bound once first, so each is
// evaluated exactly once as Elixir's generated macro does.
import type { Ast, AstCall } from "../lang/ast.ts";
import { isCall, isVar, call, v } from "./ast_util.ts";

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
