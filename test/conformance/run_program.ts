// Running one conformance program the way its goldens were made (test/conformance.test.ts).
import { spawn } from "node:child_process";
import { readFileSync, existsSync } from "node:fs";
import { dirname, basename } from "node:path";
import { cpuLimit } from "../cpu_limit.ts";
// @ts-ignore -- plain ESM shared with scripts/regen-goldens.mjs
import { mask, err1, trace, warnings, keepsPids, scriptFrames } from "./mask.mjs";

export interface Result {
  stdout: string;
  stderr: string;
  code: number;
  timedOut: boolean;
  error?: string;
}

/** run a conformance program as `node bin run NAME.exs` from its folder, with extra environment */
export function runProgram(bin: string, file: string, timeoutS: number, env: Record<string, string> = {}): Promise<Result> {
  return new Promise((res) => {
    if (!existsSync(bin)) {
      res({ stdout: "", stderr: "", code: -1, timedOut: false, error: `${bin} does not exist yet` });
      return;
    }
    const child = spawn(process.execPath, [bin, "run", basename(file)], {
      cwd: dirname(file),
      // a virtual clock: sleeps, timeouts and timers happen in the order the program asks for,
      // however busy the machine is (BEAMLET_CLOCK=real runs on the real clock)
      env: { ...process.env, BEAMLET_CLOCK: process.env.BEAMLET_CLOCK ?? "virtual", ...env },
      // NAME.in, when there is one, is the program's standard input
      stdio: [existsSync(file.slice(0, -4) + ".in") ? "pipe" : "ignore", "pipe", "pipe"],
    });
    if (child.stdin) child.stdin.end(readFileSync(file.slice(0, -4) + ".in"));
    let stdout = "";
    let stderr = "";
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    // a limit on CPU time, not wall-clock time (test/cpu_limit.ts)
    const limit = cpuLimit(child, timeoutS);
    child.on("error", (e) => {
      limit.stop();
      res({ stdout, stderr, code: -1, timedOut: limit.killed(), error: String(e) });
    });
    child.on("close", (code) => {
      limit.stop();
      res({ stdout, stderr, code: code ?? 128, timedOut: limit.killed() });
    });
  });
}


export interface Observed {
  exit: number | string;
  stdout: string;
  err1: string | null;
  trace: string | null;
  warn: string | null;
}

/** what real Elixir did with NAME.exs: the goldens next to it */
export function goldensOf(file: string): Observed {
  const stem = file.slice(0, -4);
  return {
    exit: Number(readFileSync(stem + ".exit", "utf8").trim()),
    stdout: readFileSync(stem + ".out", "utf8"),
    err1: existsSync(stem + ".err1") ? readFileSync(stem + ".err1", "utf8").replace(/\n$/, "") : null,
    trace: existsSync(stem + ".trace") ? readFileSync(stem + ".trace", "utf8").replace(/\n$/, "") : null,
    warn: existsSync(stem + ".warn") ? readFileSync(stem + ".warn", "utf8") : null,
  };
}

/** what beamlet did, in the goldens' terms (masked, the parts the goldens have) */
export function observed(r: Result, file: string, expected: Observed, timeoutS: number): Observed {
  return {
    exit: r.timedOut ? `killed: over ${timeoutS} s of CPU time (or stuck)` : r.code,
    stdout: mask(r.stdout, scriptFrames(basename(file)), keepsPids(file)),
    err1: expected.exit !== 0 ? err1(r.stderr, keepsPids(file)) : null,
    trace: expected.trace !== null ? trace(r.stderr, basename(file)) : null,
    warn: expected.warn !== null ? warnings(r.stderr) + "\n" : null,
  };
}
