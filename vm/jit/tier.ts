// Which tier runs code. BEAMLET_TIER=interp runs everything in the interpreter; jit compiles every
// function at its first call (threshold 0: the test mode that runs the suites through compiled
// code); auto (the default) compiles a function once it has been called JIT_AUTO_THRESHOLD times. Read from the host's environment when there is one (vm/ has no Node
// imports: globalThis.process is looked at, not imported).
export type Tier = "interp" | "jit" | "auto";

// (100, not 1000: with 1000 a short program spent its first tens of thousands of calls in the
// interpreter, long enough for V8 to optimise the interpreter's loop there, several times over as
// new paths deoptimised it; that compile work, on a 2-core machine, was more than the program's own:
// string_build 373 -> 252 ms, enum_pipeline_1m 763 -> 405 ms of single-threaded CPU. Then 40, not
// 100, for the same reason: in the benchmarks' measured parts, compiled code runs as fast as the
// BEAM or faster once V8 has optimised it, and what is left is warming up, of which the
// interpreter's share, and V8's background work optimising it, went down again: CPU time of the
// measured part, 6-16 runs on a loaded machine, logger_debug_discarded_100k 62 -> 29 ms,
// map_updates_200k 228 -> 158, map_tuple_keys_200k 346 -> 265, string_build 228 -> 180,
// factorial_5000 49 -> 34; fib27, first_raise, float_loop, tail_loop alike; genserver_first_crash
// 60 -> 63 (more of its report's functions compiled); whole-command CPU lower or alike. 30 and
// 20 measured alike but genserver_first_crash 10% slower)
export const JIT_AUTO_THRESHOLD = 40;

function tierFromEnvironment(): Tier {
  const g = globalThis as { process?: { env?: Record<string, string | undefined> } };
  const t = g.process?.env?.BEAMLET_TIER;
  return t === "interp" || t === "jit" || t === "auto" ? t : "auto";
}

/** calls into a function before it is compiled (Infinity: never) */
export let jitThreshold = thresholdOf(tierFromEnvironment());

function thresholdOf(t: Tier): number {
  return t === "interp" ? Infinity : t === "jit" ? 0 : JIT_AUTO_THRESHOLD;
}

/** choose the tier for versions loaded from now on */
export function setTier(t: Tier): void {
  jitThreshold = thresholdOf(t);
}
