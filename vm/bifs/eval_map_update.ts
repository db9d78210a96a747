// A map update in evaluated code (`%{m | k: v}` run by Code.eval_string, `elixir -e`, iex): erl_eval
// makes it with maps:put/3 and maps:update/3 rather than the BEAM's put_map_exact instruction, so
// its failures show those functions (KeyError's term comes from the maps:update/3 frame):
//   erl_eval.erl (OTP 25, stdlib 4.2) expr/6 of {map, _, Map, Es}: the values are evaluated, then
//   `_ = maps:put(k, v, Map0)` (line 305) checks the map, and a lists:foldl (306) of a fun (309)
//   does maps:update(K, V, Mi) for each key in order.
import { defineBifs } from "./registry.ts";
import { Term, atom, listToArray, tuple, isMap, type MapLike } from "../terms.ts";
import { ErlangError } from "../errors.ts";
import { codeFrame } from "../code_frame.ts";
import { bifErrorFrame } from "../error_info.ts";
import { replaceExisting } from "../map.ts";

const expr = (line: number) => codeFrame("erl_eval", "expr", 6, "erl_eval.erl", line);

function evaluatorError(reason: Term, callee: Term, below: Term[]): never {
  const e = new ErlangError("error", reason);
  e.callee = callee;
  e.calleeBelow = below;
  e.raisedByEvaluator = true;
  throw e;
}

defineBifs("beamlet", {
  // (the map, then its keys and values in turn, as a list)
  "eval_map_update/2": ([m, pairs]) => {
    const kv = listToArray(pairs) ?? [];
    if (!isMap(m)) evaluatorError(tuple(atom("badmap"), m), bifErrorFrame("maps", "put", [atom("k"), atom("v"), m], undefined), [expr(305)]);
    let out = m as MapLike;
    for (let i = 0; i < kv.length; i += 2) {
      const next = replaceExisting(out, kv[i], kv[i + 1]);
      if (next === undefined) {
        // lists:foldl/3 calls the fun for the first key itself, foldl_1/3 for each later one
        const fold = i === 0 ? codeFrame("lists", "foldl", 3, "lists.erl", 1350) : codeFrame("lists", "foldl_1", 3, "lists.erl", 1355);
        evaluatorError(tuple(atom("badkey"), kv[i]), bifErrorFrame("maps", "update", [kv[i], kv[i + 1], out], undefined),
          [codeFrame("erl_eval", "-expr/6-fun-0-", 2, "erl_eval.erl", 309), fold, expr(306)]);
      }
      out = next;
    }
    return out;
  },
});
