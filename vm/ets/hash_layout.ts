// The layout of an unordered ETS table (set, bag, duplicate_bag) as OTP 25's erl_db_hash.c keeps
// it, so that iteration (first/next, foldl) and select/match/tab2list return objects in the
// BEAM's order. A linear hash table: `nactive` buckets (256 at first), a key's bucket is its hash
// masked by the next power of two, folded back when beyond `nactive`. Each bucket is a chain:
// a new key goes to the end, another object of a bag's key goes in front of that key's objects.
// When the object count exceeds the bucket count the table grows one bucket at a time, splitting
// bucket `nactive & (mask >> 1)` with the chains' order kept. Buckets come in segments (256, then
// 2048 each); measured on OTP 25, a table shrinks only while it has at least two extra segments and
// its objects fall under half of all but the top segment's buckets: then it joins the top bucket
// into its partner (the top chain in front), and frees the top segment once it is empty.
import { Term, Tuple } from "../terms.ts";
import { exactEquals } from "../compare.ts";
import { etsKeyHash } from "./internal_hash.ts";

const FIRST_SEGSZ = 256;
const EXT_SEGSZ = 2048;
/** the bucket locks of a write_concurrency table */
const LOCK_COUNT = 64;
/** erts tries at most this many grow or shrink steps after one insert or delete */
const RESIZE_STEPS = 5;

interface HashNode {
  hvalue: number;
  key: Term;
  obj: Tuple;
  /** deleted while the table was fixed: kept in place (so next/2 still finds the key) until unfixed */
  dead?: boolean;
}

export type BagKind = "set" | "bag" | "duplicate_bag";

export class HashLayout {
  /** objects, not keys (a bag's key may hold several) */
  size = 0;
  private buckets: HashNode[][] = [];
  private nactive = FIRST_SEGSZ;
  private szm = FIRST_SEGSZ - 1;
  /** buckets allocated (whole segments) */
  private nslots = FIRST_SEGSZ;
  /** safe_fixtable count */
  private fixed = 0;
  /** decentralized tables: objects per lock (hash & 63) */
  private lockCounts = new Array<number>(LOCK_COUNT).fill(0);

  /**
   * `fineLocked` (write_concurrency): erts keeps 64 bucket locks and walks the buckets lock by lock
   * (0, 64, 128.., then 1, 65..), so iteration visits them in that order. `decentralized`: each
   * lock counts the objects under it, and an insert grows the table when 64 times its lock's count
   * exceeds the buckets (the estimate erts uses instead of the exact total)
   */
  constructor(
    private readonly kind: BagKind,
    private readonly keypos: number,
    private readonly fineLocked = false,
    private readonly decentralized = false,
  ) {
    this.clear();
  }

  /**
   * safe_fixtable: while fixed, inserts split no bucket (the next insert after grows) and a deleted
   * object stays in its chain marked dead; unfixing drops the dead ones
   */
  fix(on: boolean): void {
    this.fixed = Math.max(0, this.fixed + (on ? 1 : -1));
    if (this.fixed === 0) for (let i = 0; i < this.nactive; i++) this.buckets[i] = this.buckets[i].filter((n) => !n.dead);
  }

  clear(): void {
    this.buckets = Array.from({ length: FIRST_SEGSZ }, () => []);
    this.nactive = FIRST_SEGSZ;
    this.szm = FIRST_SEGSZ - 1;
    this.nslots = FIRST_SEGSZ;
    this.lockCounts.fill(0);
    this.size = 0;
  }

  private ix(hval: number): number {
    let ix = hval & this.szm;
    if (ix >= this.nactive) ix &= this.szm >>> 1;
    return ix;
  }

  /** the bucket and the position of the key's first node in it (-1 when absent) */
  private find(key: Term): { hval: number; chain: HashNode[]; at: number } {
    const hval = etsKeyHash(key);
    const chain = this.buckets[this.ix(hval)];
    const at = chain.findIndex((n) => n.hvalue === hval && exactEquals(n.key, key));
    return { hval, chain, at };
  }

  /** the end of the run of nodes with the key starting at `at` */
  private runEnd(chain: HashNode[], at: number): number {
    const { hvalue, key } = chain[at];
    let end = at + 1;
    while (end < chain.length && chain[end].hvalue === hvalue && exactEquals(chain[end].key, key)) end++;
    return end;
  }

  /** the key's objects as lookup returns them: oldest first (the chain holds them newest first) */
  lookup(key: Term): Tuple[] {
    const { chain, at } = this.find(key);
    if (at < 0) return [];
    const out: Tuple[] = [];
    for (let i = this.runEnd(chain, at) - 1; i >= at; i--) if (!chain[i].dead) out.push(chain[i].obj);
    return out;
  }

  has(key: Term): boolean {
    return this.lookup(key).length > 0;
  }

  insert(obj: Tuple): void {
    const key = obj.items[this.keypos - 1];
    const { hval, chain, at } = this.find(key);
    const node: HashNode = { hvalue: hval, key, obj };
    if (at < 0) chain.push(node);
    else if (this.kind === "set") {
      const revived = chain[at].dead;
      chain[at] = node;
      // a key deleted while fixed comes back where it was, without a chance to grow
      if (revived) this.counted(hval, 1);
      return;
    } else {
      if (this.kind === "bag") {
        const end = this.runEnd(chain, at);
        for (let i = at; i < end; i++) {
          if (!exactEquals(chain[i].obj, obj)) continue;
          if (chain[i].dead) {
            // revived in front of its key's objects, as erts moves it
            chain.splice(i, 1);
            chain.splice(at, 0, node);
            this.counted(hval, 1);
          }
          return;
        }
      }
      chain.splice(at, 0, node);
    }
    this.size++;
    const estimate = this.decentralized ? LOCK_COUNT * ++this.lockCounts[hval & (LOCK_COUNT - 1)] : this.size;
    if (estimate > this.nactive && this.fixed === 0) this.grow(estimate);
  }

  /** a set's object replaced where it stands (update_counter, update_element) */
  replace(obj: Tuple): void {
    const { chain, at } = this.find(obj.items[this.keypos - 1]);
    if (at >= 0) chain[at] = { ...chain[at], obj };
  }

  deleteKey(key: Term): void {
    const { hval, chain, at } = this.find(key);
    if (at < 0) return;
    const end = this.runEnd(chain, at);
    const run = chain.slice(at, end);
    const removed = run.filter((n) => !n.dead).length;
    if (removed === 0) return;
    // a fixed table keeps the key's first live object, dead, so iteration can go on from the key
    let kept = this.fixed === 0;
    const rest = run.flatMap((n) => {
      if (n.dead) return [n];
      if (kept) return [];
      kept = true;
      return [{ ...n, dead: true }];
    });
    chain.splice(at, end - at, ...rest);
    this.counted(hval, -removed);
  }

  /** a bag drops the one equal object, a duplicate_bag every equal one */
  deleteObject(obj: Tuple): void {
    const { hval, chain, at } = this.find(obj.items[this.keypos - 1]);
    if (at < 0) return;
    let removed = 0, live = 0;
    for (let i = at; i < chain.length && chain[i].hvalue === hval && exactEquals(chain[i].key, chain[at].key); ) {
      const n = chain[i];
      if (n.dead) {
        i++;
        continue;
      }
      live++;
      if (exactEquals(n.obj, obj)) {
        // a fixed table keeps the key's first live object, dead
        const kept = this.fixed > 0 && live === 1;
        if (kept) chain[i++] = { ...n, dead: true };
        else chain.splice(i, 1);
        removed++;
        if (this.kind !== "duplicate_bag") break;
      } else i++;
    }
    if (removed > 0) this.counted(hval, -removed);
  }

  /** objects added (revived) or removed; removing may shrink the table */
  private counted(hval: number, n: number): void {
    this.size += n;
    this.lockCounts[hval & (LOCK_COUNT - 1)] += n;
    if (n < 0 && this.fixed === 0) this.shrink();
  }

  // ---- traversal ------------------------------------------------------------------------------

  /** the bucket iteration visits after `ix`, -1 after the last */
  private nextBucket(ix: number): number {
    if (!this.fineLocked) return ix + 1 < this.nactive ? ix + 1 : -1;
    ix += LOCK_COUNT;
    if (ix < this.nactive) return ix;
    ix = (ix + 1) & (LOCK_COUNT - 1);
    return ix === 0 ? -1 : ix;
  }

  /** every object in first/next order: bucket by bucket, each chain from its head */
  objects(): Tuple[] {
    const out: Tuple[] = [];
    for (let i = 0; i >= 0; i = this.nextBucket(i)) for (const n of this.buckets[i]) if (!n.dead) out.push(n.obj);
    return out;
  }

  /** ets:slot/2: bucket i's objects (consed up, so last first), "end" just past the last bucket */
  slot(i: number): Tuple[] | "end" | undefined {
    if (i === this.nactive) return "end";
    if (i > this.nactive) return undefined;
    return this.buckets[i].filter((n) => !n.dead).map((n) => n.obj).reverse();
  }

  /** the key of the first node from bucket `ix`, position `pos` on */
  private nodeAfter(ix: number, pos: number): Term | undefined {
    for (let i = ix; i >= 0; i = this.nextBucket(i)) {
      const chain = this.buckets[i];
      for (let j = i === ix ? pos : 0; j < chain.length; j++) if (!chain[j].dead) return chain[j].key;
    }
    return undefined;
  }

  firstKey(): Term | undefined {
    return this.nodeAfter(0, 0);
  }

  /** the key after `key`: undefined at the end, "missing" when the table lacks the key */
  nextKey(key: Term): Term | undefined | "missing" {
    const { hval, chain, at } = this.find(key);
    if (at < 0) return "missing";
    return this.nodeAfter(this.ix(hval), this.runEnd(chain, at));
  }

  // ---- resizing -------------------------------------------------------------------------------

  private grow(estimate: number): void {
    for (let step = 0; step < RESIZE_STEPS && estimate > this.nactive; step++) {
      let from: number;
      if (this.nactive <= this.szm) from = this.nactive & (this.szm >>> 1);
      else {
        from = 0;
        this.szm = (this.szm << 1) | 1;
      }
      if (this.nactive === this.nslots) this.nslots += EXT_SEGSZ;
      const to = this.nactive++;
      const stay: HashNode[] = [], move: HashNode[] = [];
      for (const n of this.buckets[from]) ((n.hvalue & this.szm) === from ? stay : move).push(n);
      this.buckets[from] = stay;
      this.buckets[to] = move;
    }
  }

  private shrinkLimit(): number {
    return this.nslots >= FIRST_SEGSZ + 2 * EXT_SEGSZ ? (this.nslots - EXT_SEGSZ) >>> 1 : 0;
  }

  private shrink(): void {
    for (let step = 0; step < RESIZE_STEPS && this.nactive > FIRST_SEGSZ && this.size < this.shrinkLimit(); step++) {
      const src = this.nactive - 1;
      const low = this.szm >>> 1;
      const dst = src & low;
      this.buckets[dst] = [...this.buckets[src], ...this.buckets[dst]];
      this.buckets.length = src;
      this.nactive = src;
      if (dst === 0) this.szm = low;
      if (this.nslots - src >= EXT_SEGSZ) this.nslots -= EXT_SEGSZ;
    }
  }
}
