// ETS table storage. A set or bag keeps OTP's hash layout (hash_layout.ts), so iteration and
// select order are the BEAM's; an ordered_set keeps a sorted array in term order (key equality by
// ==, so 1 and 1.0 are the same key), as OTP's ordered_set does.
import { Atom, Ref, Term, Tuple } from "../terms.ts";
import { compare, exactEquals } from "../compare.ts";
import type { Process } from "../process.ts";
import { HashLayout } from "./hash_layout.ts";

export type TableKind = "set" | "ordered_set" | "bag" | "duplicate_bag";
export type Protection = "public" | "protected" | "private";

export interface TableOptions {
  kind: TableKind;
  protection: Protection;
  named: boolean;
  keypos: number;
  heir: { pid: Process; data: Term } | null;
  readConcurrency: boolean;
  writeConcurrency: boolean;
  /** {write_concurrency, auto} */
  writeConcurrencyAuto: boolean;
  /** the decentralized_counters option when given */
  decentralizedCounters: boolean | undefined;
  compressed: boolean;
}

/** an ordered_set's key and its object */
interface Entry {
  key: Term;
  objects: Tuple[];
}

export class EtsTable {
  /** ordered_set only: entries sorted by key */
  private sorted: Entry[] = [];
  private sortedSize = 0;
  /** the other kinds */
  private readonly hashed: HashLayout | null;

  /** write_concurrency on a table others may write: erts locks it bucket group by bucket group */
  readonly fineLocked: boolean;
  /** the item count kept per lock (decentralized_counters): a :auto table's default */
  readonly decentralized: boolean;

  constructor(readonly id: Ref, public name: Atom, public owner: Process, readonly opts: TableOptions) {
    this.fineLocked = opts.writeConcurrency && opts.protection !== "private";
    this.decentralized = this.fineLocked && (opts.decentralizedCounters ?? (opts.writeConcurrencyAuto || opts.kind === "ordered_set"));
    this.hashed = opts.kind === "ordered_set" ? null : new HashLayout(opts.kind, opts.keypos, this.fineLocked, this.decentralized);
  }

  get kind(): TableKind {
    return this.opts.kind;
  }

  get size(): number {
    return this.hashed ? this.hashed.size : this.sortedSize;
  }

  keyOf(obj: Tuple): Term {
    return obj.items[this.opts.keypos - 1];
  }

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

  lookup(key: Term): Tuple[] {
    if (this.hashed) return this.hashed.lookup(key);
    const { index, found } = this.sortedIndex(key);
    return found ? this.sorted[index].objects : [];
  }

  has(key: Term): boolean {
    return this.hashed ? this.hashed.has(key) : this.sortedIndex(key).found;
  }

  insert(obj: Tuple): void {
    if (this.hashed) return this.hashed.insert(obj);
    const key = this.keyOf(obj);
    const { index, found } = this.sortedIndex(key);
    if (found) {
      // the new object's key replaces an equal one (1.0 after 1)
      this.sorted[index] = { key, objects: [obj] };
    } else {
      this.sorted.splice(index, 0, { key, objects: [obj] });
      this.sortedSize++;
    }
  }

  /** a set's object replaced in place (update_counter, update_element) */
  replace(obj: Tuple): void {
    if (this.hashed) return this.hashed.replace(obj);
    const { index, found } = this.sortedIndex(this.keyOf(obj));
    if (found) this.sorted[index].objects[0] = obj;
  }

  deleteKey(key: Term): void {
    if (this.hashed) return this.hashed.deleteKey(key);
    const { index, found } = this.sortedIndex(key);
    if (found) {
      this.sorted.splice(index, 1);
      this.sortedSize--;
    }
  }

  deleteObject(obj: Tuple): void {
    if (this.hashed) return this.hashed.deleteObject(obj);
    const { index, found } = this.sortedIndex(this.keyOf(obj));
    if (found && exactEquals(this.sorted[index].objects[0], obj)) {
      this.sorted.splice(index, 1);
      this.sortedSize--;
    }
  }

  /** ets:safe_fixtable/2: a fixed unordered table does not grow (erts splits no bucket then) */
  fix(on: boolean): void {
    this.hashed?.fix(on);
  }

  clear(): void {
    this.hashed?.clear();
    this.sorted = [];
    this.sortedSize = 0;
  }

  // ---- traversal ------------------------------------------------------------------------------

  /** every object in first/next order (ascending keys for an ordered_set) */
  objects(): Tuple[] {
    return this.hashed ? this.hashed.objects() : this.sorted.map((e) => e.objects[0]);
  }

  /**
   * every object in the order select, match, match_object and tab2list return them: an unordered
   * table's matches are consed up while walking it, so they come out reversed
   */
  selectOrder(): Tuple[] {
    return this.hashed ? this.hashed.objects().reverse() : this.objects();
  }

  /** ets:slot/2: an unordered table's bucket i, an ordered_set's i-th object; "end" just past them */
  slot(i: number): Tuple[] | "end" | undefined {
    if (this.hashed) return this.hashed.slot(i);
    if (i === this.sorted.length) return "end";
    return i < this.sorted.length ? [this.sorted[i].objects[0]] : undefined;
  }

  firstKey(): Term | undefined {
    return this.hashed ? this.hashed.firstKey() : this.sorted[0]?.key;
  }

  lastKey(): Term | undefined {
    return this.hashed ? this.hashed.firstKey() : this.sorted[this.sorted.length - 1]?.key;
  }

  /** the key after `key`: undefined at the end; "missing" when a hashed table lacks the key */
  nextKey(key: Term): Term | undefined | "missing" {
    if (this.hashed) return this.hashed.nextKey(key);
    const { index, found } = this.sortedIndex(key);
    return this.sorted[found ? index + 1 : index]?.key;
  }

  prevKey(key: Term): Term | undefined | "missing" {
    if (this.hashed) return this.hashed.nextKey(key);
    const { index } = this.sortedIndex(key);
    return this.sorted[index - 1]?.key;
  }
}
