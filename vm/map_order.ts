// The order in which the BEAM lists a map of more than 32 keys. Such a map is a hash array mapped
// trie on the 32-bit make_internal_hash of each key, four bits per level from the lowest, so its
// order is the order of the hashes read nibble by nibble from the lowest. OTP 25 walks it two
// ways, measured on elixir 1.14 / OTP 25:
// - maps:to_list, keys, values (and so inspect, Enum.to_list, Map.keys, MapSet) from the top
//   index down: `listOrder`;
// - maps:iterator/next, fold, map, filter (and so Enumerable.reduce: Enum.map, for, Enum.each;
//   io_lib's ~p/~w) from index 0 up: `iterationOrder`, the exact reverse.
// A key whose 32-bit hash collides with another's is placed, as erts does past level 8, by the
// hash of the improper list [1 | key]. Atom keys hash their atom-table index on the BEAM: beamlet
// uses the real index of the atoms every booted node has at the same place (cli/atom_indices.txt,
// vm/ets/internal_hash.ts) and a stand-in from the text for atoms a program makes, so only maps
// holding those order differently.
//
// Speed: each key's rank is computed once and kept on its trie leaf (leaves are shared between a
// map and the maps made from it by put/remove), and the ranks are radix-sorted, so listing a
// 200k-key map after one put hashes one key and sorts in linear time.
import { Cons, Term } from "./terms.ts";
import { makeInternalHash } from "./ets/internal_hash.ts";

/** the hash with its eight nibbles reversed: trie order as a plain number */
function trieRank(h: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) r = r * 16 + ((h >>> (4 * i)) & 15);
  return r;
}

/** How many keys have been hashed for ordering (process-wide): lets tests check the caching. */
export const orderWork = { hashes: 0 };

/** a trie entry whose order rank is filled in on first use (-1 until then) */
export interface Ranked {
  readonly key: Term;
  rank: number;
}

function rankOf(r: Ranked): number {
  if (r.rank < 0) {
    orderWork.hashes++;
    r.rank = trieRank(makeInternalHash(r.key));
  }
  return r.rank;
}

const deeper = (key: Term) => trieRank(makeInternalHash(new Cons(1, key)));

/** the items of a map of more than 32 keys in maps:to_list order (ranks descending; equal
 *  ranks, a 32-bit collision, by the deeper hash, descending) */
export function listOrder<T extends Ranked>(items: readonly T[]): T[] {
  const n = items.length;
  // stable LSD radix sort on the complemented rank (so ascending = ranks descending), 16 bits a pass
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) keys[i] = ~rankOf(items[i]) >>> 0;
  let idx = new Uint32Array(n), tmp = new Uint32Array(n);
  for (let i = 0; i < n; i++) idx[i] = i;
  const count = new Uint32Array(65536);
  for (let shift = 0; shift < 32; shift += 16) {
    count.fill(0);
    for (let i = 0; i < n; i++) count[(keys[idx[i]] >>> shift) & 0xffff]++;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) tmp[count[(keys[idx[i]] >>> shift) & 0xffff]++] = idx[i];
    const t = idx;
    idx = tmp;
    tmp = t;
  }
  const out: T[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = items[idx[i]];
  // runs of equal rank (rare): order by the deeper hash
  for (let i = 0; i < n; ) {
    let j = i + 1;
    while (j < n && keys[idx[j]] === keys[idx[i]]) j++;
    if (j - i > 1) {
      const run = out.slice(i, j).map((item) => ({ item, d: deeper(item.key) }));
      run.sort((a, b) => b.d - a.d);
      for (let k = 0; k < run.length; k++) out[i + k] = run[k].item;
    }
    i = j;
  }
  return out;
}
