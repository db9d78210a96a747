// The node's timers (receive ... after, send_after, sleep): a binary min-heap by deadline, then
// by creation order. The host is asked for one timer only, for the earliest deadline, so a
// GenServer.call (a receive with a timeout, nearly always cancelled) costs a heap insertion and a
// flag instead of arming and clearing a host timer. Cancelled entries are dropped when they reach
// the top, or all at once when they outnumber the live ones.

/** a timer in the heap; cancel() is its handle's (no closure per timer: one per GenServer.call) */
export class VmTimer {
  cancelled = false;
  constructor(
    readonly at: number,
    readonly seq: number,
    /** called with `arg` when it fires */
    readonly fire: (arg: unknown) => void,
    readonly arg: unknown,
    private readonly heap: TimerHeap,
  ) {}
  cancel(): void {
    this.heap.cancel(this);
  }
}

export class TimerHeap {
  private heap: VmTimer[] = [];
  private seq = 0;
  private cancelledCount = 0;

  get size(): number {
    return this.heap.length - this.cancelledCount;
  }

  add(at: number, fire: (arg: unknown) => void, arg: unknown = undefined): VmTimer {
    const t = new VmTimer(at, this.seq++, fire, arg, this);
    this.heap.push(t);
    this.up(this.heap.length - 1);
    return t;
  }

  cancel(t: VmTimer): void {
    if (t.cancelled) return;
    t.cancelled = true;
    this.cancelledCount++;
    if (this.cancelledCount > 64 && this.cancelledCount * 2 > this.heap.length) this.compact();
  }

  /** the earliest live timer, or undefined */
  peek(): VmTimer | undefined {
    this.dropCancelled();
    return this.heap[0];
  }

  /** remove and return the earliest live timer */
  pop(): VmTimer | undefined {
    this.dropCancelled();
    return this.removeTop();
  }

  /** remove every live timer due at `now`, earliest first (fired by the caller) */
  takeDue(now: number): VmTimer[] {
    const due: VmTimer[] = [];
    for (let t = this.peek(); t !== undefined && t.at <= now; t = this.peek()) due.push(this.removeTop()!);
    return due;
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0].cancelled) {
      this.removeTop();
      this.cancelledCount--;
    }
  }

  private removeTop(): VmTimer | undefined {
    const h = this.heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      this.down(0);
    }
    return top;
  }

  private compact(): void {
    this.heap = this.heap.filter((t) => !t.cancelled);
    this.cancelledCount = 0;
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  private less(a: VmTimer, b: VmTimer): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private up(i: number): void {
    const h = this.heap;
    const t = h[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(t, h[parent])) break;
      h[i] = h[parent];
      i = parent;
    }
    h[i] = t;
  }

  private down(i: number): void {
    const h = this.heap;
    const n = h.length;
    const t = h[i];
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this.less(h[c + 1], h[c])) c++;
      if (!this.less(h[c], t)) break;
      h[i] = h[c];
      i = c;
    }
    h[i] = t;
  }
}
