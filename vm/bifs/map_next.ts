// erts_internal:map_next/3 as maps:next/1 calls it on an iterator [path | map] (OTP 25). For a
// flatmap (up to 32 keys) the path is only checked, a small integer from 0 to the size, and every
// pair comes back at once, chained {k1, v1, {k2, v2, ... :none}}; any other path is a plain badarg
// headed by the erts_internal frame. A larger map's path points into the BEAM's hash trie, which
// beamlet's maps do not share: path 0 starts at the first pair, another skips that many pairs.
import { defineBifs } from "./registry.ts";
import { ErlangError, BADARG } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { SmallMap, iterationEntries } from "../map.ts";
import { MapLike, Term, atom, isInt, tuple } from "../terms.ts";

const NONE = atom("none");

function badPath(path: Term, map: Term): never {
  const e = new ErlangError("error", BADARG);
  e.callee = bifErrorFrame("erts_internal", "map_next", [path, map, atom("iterator")], undefined);
  throw e;
}

defineBifs("beamlet", {
  // (path, map): the chained pairs from the path on (lib/erlang/maps.ex next/1)
  "map_next/2": ([path, map]: Term[]) => {
    const entries = iterationEntries(map as MapLike);
    if (!isInt(path) || path < 0 || (map instanceof SmallMap && path > entries.length)) return badPath(path, map);
    const from = map instanceof SmallMap ? 0 : Math.min(Number(path), entries.length);
    let out: Term = NONE;
    for (let i = entries.length - 1; i >= from; i--) out = tuple(entries[i][0], entries[i][1], out);
    return out;
  },
});
