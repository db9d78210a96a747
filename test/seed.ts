// Every fast-check property in the suite runs from a known seed, so a run is repeatable and a
// failure replays. fast-check prints `{ seed: N, path: ... }` when a property fails; rerun with
// BEAMLET_SEED=N (and the same files) to replay it, or BEAMLET_SEED=random to explore new cases.
// Loaded by vitest before every test file (vitest.config.ts: setupFiles).
import fc from "fast-check";

const DEFAULT_SEED = 20261201;

export function suiteSeed(): number {
  const env = process.env.BEAMLET_SEED;
  if (env === "random") return (Math.random() * 2 ** 31) | 0;
  if (env !== undefined && /^-?\d+$/.test(env)) return Number(env);
  return DEFAULT_SEED;
}

const seed = suiteSeed();
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
