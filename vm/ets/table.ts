// ETS table storage. A set or bag keeps its keys in hash buckets (exact key equality, =:=) threaded
// on an insertion-ordered list for first/next and tab2list; an ordered_set keeps a sorted array in
// term order (key equality by ==, so 1 and 1.0 are the same key), as OTP's ordered_set does.
import { Atom, Ref, Term, Tuple } from "../terms.ts";
import { compare, exactEquals, hashTerm } from "../compare.ts";
import type { Process } from "../process.ts";

export type TableKind = "set" | "ordered_set" | "bag" | "duplicate_bag";
export type Protection = "public" | "protected" | "private";

/** one key and its objects (one for a set, any number for a bag); a node of the order list */
interface Entry {
  key: Term;
  objects: Tuple[];
  prev: Entry | null;
  next: Entry | null;
}

export interface TableOptions {
  kind: TableKind;
  protection: Protection;
  named: boolean;
  keypos: number;
  heir: { pid: Process; data: Term } | null;
  readConcurrency: boolean;
  writeConcurrency: boolean;
  compressed: boolean;
}

export class EtsTable {
  size = 0;
  private buckets = new Map<number, Entry[]>();
  private head: Entry | null = null;
  private tail: Entry | null = null;
  /** ordered_set only: entries sorted by key */
  private sorted: Entry[] = [];

  constructor(readonly id: Ref, public name: Atom, public owner: Process, readonly opts: TableOptions) {}

  get kind(): TableKind {
    return this.opts.kind;
  }

  keyOf(obj: Tuple): Term {
    return obj.items[this.opts.keypos - 1];
  }

  // ---- finding entries ------------------------------------------------------------------------

  private sortedIndex(key: Term): { index: number; found: boolean } {
    let lo = 0, hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compare(this.sorted[mid].key, key);
      if (c === 0) return { index: mid, found: true };
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return { index: lo, found: false };
  }

  private entry(key: Term): Entry | undefined {
    if (this.kind === "ordered_set") {
      const { index, found } = this.sortedIndex(key);
      return found ? this.sorted[index] : undefined;
    }
    const bucket = this.buckets.get(hashTerm(key));
    return bucket?.find((e) => exactEquals(e.key, key));
  }

  lookup(key: Term): Tuple[] {
    return this.entry(key)?.objects ?? [];
  }

  has(key: Term): boolean {
    return this.entry(key) !== undefined;
  }

  // ---- changing entries -----------------------------------------------------------------------

  private addEntry(key: Term, obj: Tuple): void {
    const e: Entry = { key, objects: [obj], prev: null, next: null };
    if (this.kind === "ordered_set") {
      this.sorted.splice(this.sortedIndex(key).index, 0, e);
    } else {
      const h = hashTerm(key);
      const bucket = this.buckets.get(h);
      if (bucket) bucket.push(e);
      else this.buckets.set(h, [e]);
      e.prev = this.tail;
      if (this.tail) this.tail.next = e;
      else this.head = e;
      this.tail = e;
    }
    this.size++;
  }

  private removeEntry(e: Entry): void {
    this.size -= e.objects.length;
    if (this.kind === "ordered_set") {
      const { index, found } = this.sortedIndex(e.key);
      if (found) this.sorted.splice(index, 1);
      return;
    }
    const h = hashTerm(e.key);
    const bucket = this.buckets.get(h)!;
    bucket.splice(bucket.indexOf(e), 1);
    if (bucket.length === 0) this.buckets.delete(h);
    if (e.prev) e.prev.next = e.next;
    else this.head = e.next;
    if (e.next) e.next.prev = e.prev;
    else this.tail = e.prev;
  }

  insert(obj: Tuple): void {
    const key = this.keyOf(obj);
    const e = this.entry(key);
    if (!e) return this.addEntry(key, obj);
    switch (this.kind) {
      case "set":
        e.objects[0] = obj;
        return;
      case "ordered_set":
        // the new object's key replaces an equal one (1.0 after 1)
        e.key = key;
        e.objects[0] = obj;
        return;
      case "bag":
        if (e.objects.some((o) => exactEquals(o, obj))) return;
        e.objects.push(obj);
        this.size++;
        return;
      case "duplicate_bag":
        e.objects.push(obj);
        this.size++;
    }
  }

  /** a set's object replaced in place (update_counter, update_element) */
  replace(obj: Tuple): void {
    const e = this.entry(this.keyOf(obj));
    if (e) e.objects[0] = obj;
  }

  deleteKey(key: Term): void {
    const e = this.entry(key);
    if (e) this.removeEntry(e);
  }

  deleteObject(obj: Tuple): void {
    const e = this.entry(this.keyOf(obj));
    if (!e) return;
    const kept = e.objects.filter((o) => !exactEquals(o, obj));
    if (kept.length === e.objects.length) return;
    if (kept.length === 0) return this.removeEntry(e);
    this.size -= e.objects.length - kept.length;
    e.objects = kept;
  }

  clear(): void {
    this.buckets.clear();
    this.head = this.tail = null;
    this.sorted = [];
    this.size = 0;
  }

  // ---- traversal ------------------------------------------------------------------------------

  /** every object, in table order */
  objects(): Tuple[] {
    const out: Tuple[] = [];
    if (this.kind === "ordered_set") {
      for (const e of this.sorted) out.push(e.objects[0]);
    } else {
      for (let e = this.head; e; e = e.next) out.push(...e.objects);
    }
    return out;
  }

  firstKey(): Term | undefined {
    return this.kind === "ordered_set" ? this.sorted[0]?.key : this.head?.key;
  }

  lastKey(): Term | undefined {
    return this.kind === "ordered_set" ? this.sorted[this.sorted.length - 1]?.key : this.tail?.key;
  }

  /** the key after `key`: undefined at the end; "missing" when a hashed table lacks the key */
  nextKey(key: Term): Term | undefined | "missing" {
    if (this.kind === "ordered_set") {
      const { index, found } = this.sortedIndex(key);
      return this.sorted[found ? index + 1 : index]?.key;
    }
    const e = this.entry(key);
    return e ? e.next?.key : "missing";
  }

  prevKey(key: Term): Term | undefined | "missing" {
    if (this.kind === "ordered_set") {
      const { index } = this.sortedIndex(key);
      return this.sorted[index - 1]?.key;
    }
    const e = this.entry(key);
    return e ? e.prev?.key : "missing";
  }
}
