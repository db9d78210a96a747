// Preloaded by `bench/ab.mjs --cpu` (node --import): performance.now, beamlet's clock, counts the
// process's CPU time (user + system, all threads) instead of wall-clock time, so that the measured
// part (`:timer.tc`) leaves out the time a busy machine does not run the process at all. For
// comparing builds only: timers (`receive ... after`) then fire by CPU time.
//
// BEAMLET_CPU_CLOCK=main (`ab.mjs --cpu-main`): the main thread's CPU time only (Linux: its
// /proc/thread-self/schedstat, about as cheap to read as process.cpuUsage()). V8's helper threads
// (concurrent marking and sweeping, parallel scavenges, background compiles) are left out: when
// their work falls inside a short measured part is an accident of the heap's state at the time,
// so a 20 ms benchmark can read 1.6x slower after a change that runs no code in it (fib27 after
// d68787d, which only added crypto BIFs: the difference was gone with --single-threaded).
import { openSync, readSync } from "node:fs";

const { cpuUsage } = process;
let now = () => {
  const u = cpuUsage();
  return (u.user + u.system) / 1000;
};
if (process.env.BEAMLET_CPU_CLOCK === "main") {
  const fd = openSync("/proc/thread-self/schedstat", "r");
  const buf = Buffer.alloc(64);
  // its first field: nanoseconds this thread has run on a CPU
  now = () => {
    const n = readSync(fd, buf, 0, 64, 0);
    let ns = 0;
    for (let i = 0; i < n && buf[i] !== 32; i++) ns = ns * 10 + (buf[i] - 48);
    return ns / 1e6;
  };
}
performance.now = now;
