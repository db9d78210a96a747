// Finding :binary patterns (match, matches, split, replace) in bytes: the earliest place one of
// the patterns starts, the longest of those that start there. A search looks at a bounded range
// of start positions per call, so the jobs built on it yield however far apart the matches are
// (a split of 40 MB without a separator was one uninterrupted scan). One pattern is found with
// the native indexOf of its first byte (several: a table of their first bytes); each byte a search
// passes costs 1/16 of a unit of work.

/** start positions a job's search looks at per call */
export const SEARCH_BYTES = 1 << 14;

export class ByteFinder {
  private readonly single: Uint8Array | null;
  private readonly first = new Uint8Array(256);
  /** where indexOf last found the single pattern's first byte from `hitFrom` (none: -1) */
  private hitFrom = -1;
  private hit = -1;
  /** the length of the last match found */
  len = 0;

  constructor(private readonly ps: Uint8Array[]) {
    this.single = ps.length === 1 ? ps[0] : null;
    for (const p of ps) this.first[p[0]] = 1;
  }

  /**
   * The earliest match starting in [from, limit) and ending by `to` (its length in `len`), or -1
   * when none starts there.
   */
  find(hay: Uint8Array, from: number, to: number, limit: number): number {
    const p = this.single;
    if (p !== null) {
      const L = p.length, f = p[0];
      const last = Math.min(limit, to - L + 1);
      for (let i = from; i < last; i++) {
        // (indexOf may look past `last`: where it found the byte is kept, so the next call does
        // not look through the same bytes again)
        if (!(this.hitFrom >= 0 && this.hitFrom <= i && (this.hit < 0 || this.hit >= i))) {
          this.hitFrom = i;
          this.hit = hay.indexOf(f, i);
        }
        if (this.hit < 0 || this.hit >= last) return -1;
        i = this.hit;
        let j = 1;
        while (j < L && hay[i + j] === p[j]) j++;
        if (j === L && i + L <= to) {
          this.len = L;
          return i;
        }
      }
      return -1;
    }
    const first = this.first, ps = this.ps;
    const last = Math.min(limit, to);
    for (let i = from; i < last; i++) {
      if (first[hay[i]] === 0) continue;
      let best = 0;
      for (let k = 0; k < ps.length; k++) {
        const q = ps[k];
        if (q.length <= best || i + q.length > to) continue;
        let j = 0;
        while (j < q.length && hay[i + j] === q[j]) j++;
        if (j === q.length) best = q.length;
      }
      if (best > 0) {
        this.len = best;
        return i;
      }
    }
    return -1;
  }

}

/**
 * A walk over a subject's matches, a bounded amount of work per call: `next` gives the next
 * match's start (its length in `len`), -1 when there is none, or -2 when the walk used up the
 * units it was given for now (call again).
 */
export class MatchWalk {
  private readonly f: ByteFinder;
  at: number;
  len = 0;
  /** units of work (16 bytes passed each) not yet reported */
  units = 0;
  private pending = 0;

  constructor(
    ps: Uint8Array[],
    private readonly hay: Uint8Array,
    from: number,
    private readonly to: number,
  ) {
    this.f = new ByteFinder(ps);
    this.at = from;
  }

  next(): number {
    if (this.at >= this.to) return -1;
    const limit = Math.min(this.to, this.at + SEARCH_BYTES);
    const i = this.f.find(this.hay, this.at, this.to, limit);
    this.pending += (i < 0 ? limit : i) - this.at;
    this.units += this.pending >> 4;
    this.pending &= 15;
    if (i >= 0) {
      this.len = this.f.len;
      this.at = i + this.f.len;
      return i;
    }
    this.at = limit;
    return limit >= this.to ? -1 : -2;
  }

  /** about `budget` units more of the walk (matches found, 16 bytes searched), each match handed to
   *  `found`; the first only unless `all`. Sets s.ended when the walk is over; the units done */
  some(s: { ended: boolean }, all: boolean, budget: number, found: (at: number, len: number) => void): number {
    let k = 0;
    while (!s.ended && k < budget) {
      const i = this.next();
      k += this.units;
      this.units = 0;
      if (i === -2) continue;
      if (i === -1) {
        s.ended = true;
        break;
      }
      found(i, this.len);
      k++;
      if (!all) s.ended = true;
    }
    return k;
  }
}
