// A process's message queue. Selective receive removes messages anywhere, but almost always the
// first one: removing at the front only moves a head index (Array#splice at 0 would make a
// 100,000-message mailbox quadratic). Positions are relative to the oldest message.
//
// The messages are items[head .. tail). A mailbox that empties starts again at index 0 of the
// same array: a process that takes each message as it comes (ping-pong, a ring, GenServer.call)
// keeps writing slot 0, with no growth and no copy of the array.
import type { Term } from "./terms.ts";

export class Mailbox {
  private items: Term[] = [];
  private head = 0;
  private tail = 0;

  get length(): number {
    return this.tail - this.head;
  }
  at(i: number): Term {
    return this.items[this.head + i];
  }
  push(m: Term): void {
    // (a store at the array's length appends)
    this.items[this.tail++] = m;
  }
  /** put m back as the oldest message (a hibernating process gives back the one that woke it) */
  unshift(m: Term): void {
    if (this.head > 0) this.items[--this.head] = m;
    else { this.items.unshift(m); this.tail++; }
  }
  removeAt(i: number): void {
    if (i === 0) {
      this.items[this.head] = undefined as unknown as Term; // let the GC have it
      this.head++;
      if (this.head === this.tail) {
        // (an array a burst of messages made long is dropped, not kept for one message at a time)
        if (this.items.length > 1024) this.items = [];
        this.head = this.tail = 0;
      }
      else if (this.head > 1024 && this.head * 2 > this.tail) {
        this.items = this.items.slice(this.head, this.tail);
        this.tail -= this.head;
        this.head = 0;
      }
    } else {
      this.items.splice(this.head + i, 1);
      this.tail--;
    }
  }
  toArray(): Term[] {
    return this.items.slice(this.head, this.tail);
  }
  /** keep only the messages for which keep() is true */
  retain(keep: (m: Term) => boolean): void {
    let i = this.head;
    while (i < this.tail && keep(this.items[i])) i++;
    if (i === this.tail) return; // nothing to drop: no copy
    this.items = this.toArray().filter(keep);
    this.head = 0;
    this.tail = this.items.length;
  }
}
