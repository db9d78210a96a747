// Which tier runs code. BEAMLET_TIER=interp runs everything in the interpreter; jit compiles every
// function at its first call (threshold 0: the test mode that runs the suites through compiled
// code); auto (the default) compiles a function once it has been called JIT_AUTO_THRESHOLD times. Read from the host's environment when there is one (vm/ has no Node
// imports: globalThis.process is looked at, not imported).
export type Tier = "interp" | "jit" | "auto";

// (100, not 1000: with 1000 a short program spent its first tens of thousands of calls in the
// interpreter, long enough for V8 to optimise the interpreter's loop there, several times over as
// new paths deoptimised it; that compile work, on a 2-core machine, was more than the program's own:
// string_build 373 -> 252 ms, enum_pipeline_1m 763 -> 405 ms of single-threaded CPU)
export const JIT_AUTO_THRESHOLD = 100;

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
