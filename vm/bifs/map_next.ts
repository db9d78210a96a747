// erts_internal:map_next/3 as maps:next/1 calls it on an iterator [path | map] (OTP 25). For a
// flatmap (up to 32 keys) the path is only checked, a small integer from 0 to the size, and every
// pair comes back at once, chained {k1, v1, {k2, v2, ... :none}}; any other path is a plain badarg
// headed by the erts_internal frame.
//
// A larger map is the BEAM's hash trie (vm/map_order.ts): a node's slots are the distinct hash
// nibbles of its keys at its level, ascending, and a slot holding one key is a leaf. The path is
// the slot index taken at each level, four bits a level from the lowest; past its nibbles the walk
// takes slot 0 down to a leaf. Path 0 answers at most 32 pairs (erl_map.c limits the first call);
// a later call answers as many as the process's reductions allow, which for beamlet is the rest.
// When pairs remain, the chain ends in [path | map], the path leading to the slot of the next
// pair at the level where its trie path leaves the last answered one's.
import { defineBifs } from "./registry.ts";
import { ErlangError, BADARG } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";
import { SmallMap, iterationEntries } from "../map.ts";
import { makeInternalHash } from "../ets/internal_hash.ts";
import { Cons, MapLike, Term, atom, int, isInt, toBig, tuple } from "../terms.ts";

const NONE = atom("none");
const FIRST_CALL_MAX = 32;

function badPath(path: Term, map: Term): never {
  const e = new ErlangError("error", BADARG);
  e.callee = bifErrorFrame("erts_internal", "map_next", [path, map, atom("iterator")], undefined);
  throw e;
}

/** the hash nibble each key of `keys` (in iteration order) is placed by at a trie level: the
 *  32-bit hash for levels 0-7, then the hash of [level div 8 | key] */
function trieNibbles(keys: readonly Term[]): (i: number, level: number) => number {
  const hashes = new Map<number, number[]>();
  return (i, level) => {
    const word = level >> 3;
    let hs = hashes.get(i);
    if (!hs) hashes.set(i, (hs = []));
    if (hs[word] === undefined) hs[word] = makeInternalHash(word === 0 ? keys[i] : new Cons(word, keys[i]));
    return (hs[word] >>> (4 * (level & 7))) & 15;
  };
}

/** the slots of the node holding keys [lo, hi) at `level`: each slot's [lo, hi) */
function slotsOf(nibble: (i: number, level: number) => number, lo: number, hi: number, level: number): [number, number][] {
  const slots: [number, number][] = [];
  for (let i = lo; i < hi; ) {
    const n = nibble(i, level);
    let j = i + 1;
    while (j < hi && nibble(j, level) === n) j++;
    slots.push([i, j]);
    i = j;
  }
  return slots;
}

/** the place in iteration order of the leaf the path leads to, or -1 for a path past a node */
function leafAt(nibble: (i: number, level: number) => number, n: number, path: bigint): number {
  let lo = 0, hi = n;
  for (let level = 0; ; level++) {
    const slots = slotsOf(nibble, lo, hi, level);
    const at = Number(path & 15n);
    path >>= 4n;
    if (at >= slots.length) return -1;
    [lo, hi] = slots[at];
    if (hi - lo === 1) return lo;
  }
}

/** the path to the slot holding pair `next`, down to the level where it parts from pair next - 1 */
function pathTo(nibble: (i: number, level: number) => number, n: number, next: number): bigint {
  let lo = 0, hi = n, path = 0n;
  for (let level = 0; ; level++) {
    const slots = slotsOf(nibble, lo, hi, level);
    const at = slots.findIndex(([, h]) => next < h);
    path |= BigInt(at) << BigInt(4 * level);
    [lo, hi] = slots[at];
    if (lo === next) return path;
  }
}

defineBifs("beamlet", {
  // (path, map): the chained pairs from the path on (lib/erlang/maps.ex next/1)
  "map_next/2": ([path, map]: Term[]) => {
    const entries = iterationEntries(map as MapLike);
    const n = entries.length;
    if (!isInt(path) || path < 0 || (map instanceof SmallMap && path > n)) return badPath(path, map);
    let from = 0, to = n;
    let rest: Term = NONE;
    if (!(map instanceof SmallMap)) {
      const nibble = trieNibbles(entries.map((e) => e[0]));
      from = leafAt(nibble, n, toBig(path));
      if (from < 0) return badPath(path, map);
      if (toBig(path) === 0n) to = Math.min(n, FIRST_CALL_MAX);
      if (to < n) rest = new Cons(int(pathTo(nibble, n, to)), map);
    }
    let out: Term = rest;
    for (let i = to - 1; i >= from; i--) out = tuple(entries[i][0], entries[i][1], out);
    return out;
  },
});
