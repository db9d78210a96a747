// put_in/2, update_in/2, get_and_update_in/2 and pop_in/1 on a path (`data.a[:b]`) compiled as Elixir 1.14's
// Kernel macros expand them (lib/kernel_expansions_paths.ex gives the same shape to
// Macro.expand/2): `.field` steps through Map.update!/3 or Map.get_and_update!/3, `[key]` steps
// through Access.get_and_update/3, each nested in the previous step's fn. So an error in one is
// raised where Elixir raises it (a BadMapError from Map's functions, with no Kernel.put_in/3
// frame), and the fns take their OTP names: the expansion is made once per call node, and
// compiler/fun_numbering.ts walks the very nodes the compiler compiles.
import type { Ast, AstCall } from "../lang/ast.ts";
import { isCall, call, remote, atomA, tupleA, listA } from "./ast_util.ts";
import { hygienicName } from "./quoted.ts";

type Step = { map: boolean; key: Ast };

const expansions = new WeakMap<AstCall, Ast | null>();

/** the expansion of a put_in/update_in/get_and_update_in call with a path, or null */
export function expandPathForm(a: AstCall): Ast | null {
  let e = expansions.get(a);
  if (e === undefined) expansions.set(a, (e = build(a)));
  return e;
}

function build(a: AstCall): Ast | null {
  const name = a.name;
  const args = a.args;
  if (name === "pop_in" && args?.length === 1) return buildPop(a);
  if (args === null || args.length !== 2 || (name !== "put_in" && name !== "update_in" && name !== "get_and_update_in")) return null;
  const path = unnest(args[0]);
  if (path === null) return null;
  const [root, steps] = path;
  const m = { line: a.meta.line };
  const x = call(hygienicName("x", "Elixir.Kernel", null), null, m);
  const fn = (param: Ast, body: Ast): Ast => call("fn", [call("->", [listA([param]), body], m)], m);
  const updateChain = (data: Ast, ss: Step[], fun: Ast): Ast =>
    ss.length === 1
      ? remote("Elixir.Map", "update!", [data, ss[0].key, fun], m)
      : remote("Elixir.Map", "update!", [data, ss[0].key, fn(x, updateChain(x, ss.slice(1), fun))], m);
  const gau = (s: Step, data: Ast, fun: Ast): Ast =>
    s.map ? remote("Elixir.Map", "get_and_update!", [data, s.key, fun], m) : remote("Elixir.Access", "get_and_update", [data, s.key, fun], m);
  const gauChain = (data: Ast, ss: Step[], fun: Ast): Ast =>
    ss.length === 1 ? gau(ss[0], data, fun) : gau(ss[0], data, fn(x, gauChain(x, ss.slice(1), fun)));
  const element2 = (e: Ast): Ast => remote("erlang", "element", [{ t: "int", v: 2n }, e], m);
  const allMap = steps.every((s) => s.map);
  const underscore = call("_", null, m);
  if (name === "put_in") {
    return allMap
      ? updateChain(root, steps, fn(underscore, args[1]))
      : element2(gauChain(root, steps, fn(underscore, tupleA([atomA("nil"), args[1]]))));
  }
  if (name === "update_in") {
    const applied = call(call(".", [args[1]], m), [x], m);
    return allMap ? updateChain(root, steps, args[1]) : element2(gauChain(root, steps, fn(x, tupleA([atomA("nil"), applied]))));
  }
  return gauChain(root, steps, args[1]);
}

/** pop_in/1 of a path whose last step is `[key]`: `case data do nil -> NIL; h -> Access.pop(h, key) end`
 *  inside the previous steps' get_and_update fns, NIL being :pop under an Access step and {nil, nil}
 *  under a field step or at the top (a last `.field` step: popFieldStep, Elixir's ArgumentError) */
function buildPop(a: AstCall): Ast | null {
  const path = unnest(a.args![0]);
  if (path === null || path[1][path[1].length - 1].map) return null;
  const [root, steps] = path;
  const m = { line: a.meta.line };
  const x = call(hygienicName("x", "Elixir.Kernel", null), null, m);
  const h = call(hygienicName("h", "Elixir.Kernel", null), null, m);
  const fn = (param: Ast, body: Ast): Ast => call("fn", [call("->", [listA([param]), body], m)], m);
  const last = steps[steps.length - 1];
  const popNil = (data: Ast, nilResult: Ast): Ast => call("case", [data, listA([tupleA([atomA("do"), listA([
    call("->", [listA([atomA("nil")]), nilResult], m),
    call("->", [listA([h]), remote("Elixir.Access", "pop", [h, last.key], m)], m),
  ])])])], m);
  const gau = (s: Step, data: Ast, fun: Ast): Ast =>
    s.map ? remote("Elixir.Map", "get_and_update!", [data, s.key, fun], m) : remote("Elixir.Access", "get_and_update", [data, s.key, fun], m);
  const nilPair = tupleA([atomA("nil"), atomA("nil")]);
  if (steps.length === 1) return popNil(root, nilPair);
  const chain = (data: Ast, i: number): Ast => i === steps.length - 2
    ? gau(steps[i], data, fn(x, popNil(x, steps[i].map ? nilPair : atomA("pop"))))
    : gau(steps[i], data, fn(x, chain(x, i + 1)));
  return chain(root, 0);
}

/** pop_in/1 of a path whose last step is `.field`: the steps' kinds (true: a field), Elixir's
 *  macro raises ArgumentError naming the field as it expands (null: no such call) */
export function popFieldStep(a: AstCall): { field: Ast; kinds: boolean[] } | null {
  if (a.name !== "pop_in" || a.args?.length !== 1) return null;
  const path = unnest(a.args[0]);
  if (path === null || !path[1][path[1].length - 1].map) return null;
  return { field: path[1][path[1].length - 1].key, kinds: path[1].map((s) => s.map) };
}

/** `a.b[:c]` as [a, [.b, [:c]]] (null: not a path) */
function unnest(a: Ast): [Ast, Step[]] | null {
  const steps: Step[] = [];
  let cur = a;
  for (;;) {
    if (isCall(cur) && isCall(cur.name as Ast, ".") && cur.meta.no_parens && (cur.args ?? []).length === 0) {
      const [recv, key] = (cur.name as AstCall).args!;
      if (isCall(recv, "__aliases__") || recv.t === "atom") return null;
      steps.unshift({ map: true, key });
      cur = recv;
      continue;
    }
    if (isCall(cur) && isCall(cur.name as Ast, ".") && (cur.name as AstCall).args?.length === 2 && cur.args?.length === 2) {
      const [mod, f] = (cur.name as AstCall).args!;
      if (mod.t === "atom" && mod.v === "Elixir.Access" && f.t === "atom" && f.v === "get") {
        steps.unshift({ map: false, key: cur.args[1] });
        cur = cur.args[0];
        continue;
      }
    }
    break;
  }
  return steps.length > 0 ? [cur, steps] : null;
}
