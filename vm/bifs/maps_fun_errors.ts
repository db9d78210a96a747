// OTP 25's maps.erl functions that take a fun and a map (fold/3, map/2, filter/2, filtermap/2,
// foreach/2), given bad arguments: a fun that is not one of the arity they call is a badarg from
// maps.erl:578 whose error_info names it (and the map too, when that is no map or iterator); with a
// good fun, a bad map is {:badmap, map} from maps.erl:581. beamlet's :maps (lib/erlang/maps.ex)
// calls this from its last clause: the frame is maps.erl's, with the arguments.
import { defineBifs } from "./registry.ts";
import { ErlangError, BADARG } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { Atom, Cons, Term, Tuple, atom, isFunction, isMap, listToArray, tuple } from "../terms.ts";

const ARITY_WORDS = ["zero", "one", "two", "three"];

/** an iterator maps:next/1 takes: [path | map], {k, v, next} or :none */
function mapOrIterator(t: Term): boolean {
  return isMap(t) || (t instanceof Cons && typeof t.head === "number" && isMap(t.tail)) || (t instanceof Tuple && t.items.length === 3) || t === atom("none");
}

defineBifs("beamlet", {
  // (name, args): the fun is the first argument and the map the last, as in all five
  "maps_fun_error/2": ([name, argList]: Term[]) => {
    const args = listToArray(argList) ?? [];
    const fun = args[0], map = args[args.length - 1];
    const arity = (name as Atom).name === "fold" ? 3 : 2;
    const goodFun = isFunction(fun) && fun.arity === arity;
    const e = goodFun ? new ErlangError("error", tuple(atom("badmap"), map)) : new ErlangError("error", BADARG);
    const why: [number, string][] = goodFun ? [] : [[1, `not a fun that takes ${ARITY_WORDS[arity]} arguments`]];
    if (!goodFun && !mapOrIterator(map)) why.push([args.length, "not a map or an iterator"]);
    e.callee = bifErrorFrame("maps", (name as Atom).name, args, goodFun ? undefined : { args: why }, ["maps.erl", goodFun ? 581 : 578]);
    throw e;
  },
});
