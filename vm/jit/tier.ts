// Which tier runs code. BEAMLET_TIER=interp runs everything in the interpreter; jit compiles every
// function at its first call (threshold 0: the test mode that runs the suites through compiled
// code); auto (the default) compiles a function once it has been called JIT_AUTO_THRESHOLD times. Read from the host's environment when there is one (vm/ has no Node
// imports: globalThis.process is looked at, not imported).
export type Tier = "interp" | "jit" | "auto";

export const JIT_AUTO_THRESHOLD = 1000;

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
