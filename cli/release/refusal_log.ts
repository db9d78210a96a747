// What refused connection attempts write to the node's log, rate-limited: the first refusal of a
// window is logged in full, the rest of the window are only counted and summed up in the next
// line, so a peer guessing cookies cannot fill the disk (100,000 guesses write a few lines).

/** at most one line per window */
export const REFUSAL_LOG_WINDOW_MS = 10_000;

export class RefusalLog {
  private windowStart = -Infinity;
  private suppressed = 0;
  /** lines written and refusals counted, for tests and `:beamlet` introspection */
  lines = 0;
  refusals = 0;

  constructor(
    private app: string,
    private write: (text: string) => void,
    private now: () => number = Date.now,
  ) {}

  refused(): void {
    this.refusals++;
    const t = this.now();
    if (t - this.windowStart < REFUSAL_LOG_WINDOW_MS) {
      this.suppressed++;
      return;
    }
    const more = this.suppressed > 0 ? ` (${this.suppressed} more refused since the previous report, not logged)` : "";
    this.windowStart = t;
    this.suppressed = 0;
    this.lines++;
    this.write(`** Connection attempt to ${this.app} rejected: the peer did not prove the cookie **${more}`);
  }
}
