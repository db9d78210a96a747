// OTP 25's maps.erl functions (the ones beamlet writes in lib/erlang/maps.ex) given bad arguments
// fail through error_with_info/2 (maps.erl:581) or badarg_with_info/1 (maps.erl:578), whose frame
// names the function with its arguments and whose error_info (erl_stdlib_errors) says which
// arguments are wrong. beamlet's :maps calls this from each function's last clause:
// - fold/3, map/2, filter/2, filtermap/2, foreach/2: a fun of another arity is a badarg (578) naming
//   it (and the map too, when that is no map or iterator); with a good fun, {:badmap, map} (581);
// - iterator/1: {:badmap, map} (581); next/1: a badarg, "not a valid iterator" (578);
// - groups_from_list/2,3: a badarg naming the funs not of one argument and a list not (properly) one (578);
// - update_with/3,4: {:badmap, map}, else a badarg naming the fun (581);
// - intersect/2: {:badmap, m} of the first non-map; intersect_with/3, merge_with/3: the same with a
//   good combiner, else a badarg naming it and the non-maps (581).
import { defineBifs } from "./registry.ts";
import { ErlangError, BADARG } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { Atom, Cons, NIL, Term, Tuple, atom, isFunction, isMap, listToArray, tuple } from "../terms.ts";

const ARITY_WORDS = ["zero", "one", "two", "three"];

type Why = [number, string][];

/** an iterator maps:next/1 takes: [path | map], {k, v, next} or :none */
function mapOrIterator(t: Term): boolean {
  return isMap(t) || (t instanceof Cons && typeof t.head === "number" && isMap(t.tail)) || (t instanceof Tuple && t.items.length === 3) || t === atom("none");
}

const notFun = (arity: number) => `not a fun that takes ${ARITY_WORDS[arity]} argument${arity === 1 ? "" : "s"}`;

function listProblem(t: Term): string | undefined {
  if (!(t instanceof Cons) && t !== NIL) return "not a list";
  let l: Term = t;
  while (l instanceof Cons) l = l.tail;
  return l === NIL ? undefined : "not a proper list";
}

/** the reason, why (badarg's argument notes) and line of name(args)'s failure */
function failure(name: string, args: Term[]): [Term, Why, number] {
  const badmap = (m: Term): [Term, Why, number] => [tuple(atom("badmap"), m), [], 581];
  const whyOf = (checks: [boolean, string][]): Why =>
    checks.flatMap(([bad, text], i) => (bad ? [[i + 1, text] as [number, string]] : []));
  switch (name) {
    case "iterator":
      return badmap(args[0]);
    case "next":
      return [BADARG, [[1, "not a valid iterator"]], 578];
    case "groups_from_list": {
      const funs = args.slice(0, -1), list = args[args.length - 1];
      const problem = listProblem(list);
      return [BADARG, whyOf([...funs.map((f): [boolean, string] => [!isFunction(f) || f.arity !== 1, notFun(1)]), [problem !== undefined, problem ?? ""]]), 578];
    }
    case "update_with": {
      const map = args[args.length - 1];
      if (!isMap(map)) return badmap(map);
      return [BADARG, [[2, notFun(1)]], 581];
    }
    case "intersect":
      return badmap(isMap(args[0]) ? args[1] : args[0]);
    case "intersect_with":
    case "merge_with": {
      const [combiner, m1, m2] = args;
      if (isFunction(combiner) && combiner.arity === 3) return badmap(isMap(m1) ? m2 : m1);
      return [BADARG, whyOf([[true, notFun(3)], [!isMap(m1), "not a map"], [!isMap(m2), "not a map"]]), 581];
    }
    default: {
      // fold/3, map/2, filter/2, filtermap/2, foreach/2: the fun is the first argument, the map the last
      const fun = args[0], map = args[args.length - 1];
      const arity = name === "fold" ? 3 : 2;
      if (isFunction(fun) && fun.arity === arity) return badmap(map);
      const why: Why = [[1, notFun(arity)]];
      if (!mapOrIterator(map)) why.push([args.length, "not a map or an iterator"]);
      return [BADARG, why, 578];
    }
  }
}

defineBifs("beamlet", {
  // (name, args)
  "maps_fun_error/2": ([name, argList]: Term[]) => {
    const args = listToArray(argList) ?? [];
    const [reason, why, line] = failure((name as Atom).name, args);
    const e = new ErlangError("error", reason);
    e.callee = bifErrorFrame("maps", (name as Atom).name, args, reason === BADARG ? { args: why } : undefined, ["maps.erl", line]);
    throw e;
  },
});
