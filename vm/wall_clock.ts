// The host's wall clock to a fraction of a millisecond, as the BEAM's (System.os_time(:microsecond),
// :os.system_time(:nanosecond), DateTime.utc_now's microseconds): the monotonic clock since a time
// origin, which Date.now() alone (whole milliseconds) cannot give. The origin follows Date.now():
// once the two are more than a millisecond apart (the system clock set, or the monotonic clock
// drifting from it over a long-running node) the origin moves to the wall clock's.

/** what a host's performance object offers (Node's and browsers' alike) */
interface Perf {
  now(): number;
  timeOrigin?: number;
}

/** a Host.wallClock: milliseconds since the Unix epoch, with their fraction */
export function subMillisecondClock(perf: Perf = globalThis.performance): () => number {
  let origin = perf.timeOrigin ?? Date.now() - perf.now();
  return () => {
    const mono = perf.now();
    const wall = Date.now();
    const t = origin + mono;
    // (Date.now() is the whole millisecond the true time is in: [wall, wall + 1))
    if (t >= wall - 1 && t < wall + 2) return t;
    origin = wall - mono;
    return wall;
  };
}
