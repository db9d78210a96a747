// The order in which the BEAM lists a map of more than 32 keys. Such a map is a hash array mapped
// trie on the 32-bit make_internal_hash of each key, four bits per level from the lowest, so its
// order is the order of the hashes read nibble by nibble from the lowest. OTP 25 walks it two
// ways, measured on elixir 1.14 / OTP 25:
// - maps:to_list, keys, values (and so inspect, Enum.to_list, Map.keys, MapSet) from the top
//   index down: `listOrder`;
// - maps:iterator/next, fold, map, filter (and so Enumerable.reduce: Enum.map, for, Enum.each;
//   io_lib's ~p/~w) from index 0 up: `iterationOrder`, the exact reverse.
// A key whose 32-bit hash collides with another's is placed, as erts does past level 8, by the
// hash of the improper list [1 | key]. Atom keys hash their atom-table index on the BEAM, which
// beamlet does not have (it hashes the atom's text), so maps with atom keys order differently.
import { Cons, Term } from "./terms.ts";
import { makeInternalHash } from "./ets/internal_hash.ts";

/** the hash with its eight nibbles reversed: trie order as a plain number */
function trieRank(h: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) r = r * 16 + ((h >>> (4 * i)) & 15);
  return r;
}

/** entries of a map of more than 32 keys in maps:to_list order */
export function listOrder(entries: readonly [Term, Term][]): [Term, Term][] {
  const n = entries.length;
  const rank = new Float64Array(n);
  for (let i = 0; i < n; i++) rank[i] = trieRank(makeInternalHash(entries[i][0]));
  const deeper = (i: number) => trieRank(makeInternalHash(new Cons(1, entries[i][0])));
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => rank[b] - rank[a] || deeper(b) - deeper(a));
  return order.map((i) => entries[i]);
}
