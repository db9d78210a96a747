// A limit on the CPU time a child process uses, for tests that run programs: the suite must hold
// on a busy machine, where ten other jobs on two cores make a program that needs 20 s of CPU take
// minutes of wall-clock time without being any slower. A program that waits without using any
// CPU for 30 s (a lost message) is stopped once it is past the limit in wall-clock time, and
// nothing runs longer than 20 times the limit. Without /proc (not Linux) the limit is wall-clock.
import { readFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";

const CLOCK_TICKS = 100; // USER_HZ, 100 on every Linux architecture Node runs on

/** CPU seconds (user + system) the process has used, from /proc, or null */
export function cpuSeconds(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the fields after the command name, which is in parentheses and may contain spaces
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS; // utime, stime
  } catch {
    return null;
  }
}

/** kill `child` (SIGKILL) once it is over `limitS` as described above; stop() when it has ended */
export function cpuLimit(child: ChildProcess, limitS: number): { killed: () => boolean; stop: () => void } {
  const started = Date.now();
  let lastCpu = 0;
  let lastBusy = started;
  let killed = false;
  const timer = setInterval(() => {
    const now = Date.now();
    const cpu = cpuSeconds(child.pid);
    const wall = (now - started) / 1000;
    if (cpu === null || cpu > lastCpu) lastBusy = now;
    lastCpu = cpu ?? lastCpu;
    const idle = (now - lastBusy) / 1000;
    const over =
      cpu === null ? wall > limitS : cpu > limitS || (wall > limitS && idle > 30) || wall > limitS * 20;
    if (over) {
      killed = true;
      child.kill("SIGKILL");
    }
  }, 2000);
  return { killed: () => killed, stop: () => clearInterval(timer) };
}
