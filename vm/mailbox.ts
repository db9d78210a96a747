// A process's message queue. Selective receive removes messages anywhere, but almost always the
// first one: removing at the front only moves a head index (Array#splice at 0 would make a
// 100,000-message mailbox quadratic). Positions are relative to the oldest message.
import type { Term } from "./terms.ts";

export class Mailbox {
  private items: Term[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }
  at(i: number): Term {
    return this.items[this.head + i];
  }
  push(m: Term): void {
    this.items.push(m);
  }
  removeAt(i: number): void {
    if (i === 0) {
      this.items[this.head] = undefined as unknown as Term; // let the GC have it
      this.head++;
      if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
    } else {
      this.items.splice(this.head + i, 1);
    }
  }
  toArray(): Term[] {
    return this.items.slice(this.head);
  }
  /** keep only the messages for which keep() is true */
  retain(keep: (m: Term) => boolean): void {
    let i = this.head;
    while (i < this.items.length && keep(this.items[i])) i++;
    if (i === this.items.length) return; // nothing to drop: no copy
    this.items = this.toArray().filter(keep);
    this.head = 0;
  }
}
