// Compiler warnings: each test/warnings/NAME.exs is run with `beamlet run` and its whole stderr
// must equal NAME.err, the stderr of real `elixir NAME.exs` (scripts/regen-warning-goldens.mjs).
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, ROOT } from "./e2e/helpers.ts";

const DIR = join(ROOT, "test", "warnings");
const programs = readdirSync(DIR).filter((f) => f.endsWith(".exs")).sort();
// where a library module's .beam lies is the installation's (elixir's ebin, beamlet's lib/)
const installed = (text: string) => text.replace(/\(current version loaded from [^)\n]*\)/g, "(current version loaded from <file>)");

describe.concurrent("compiler warnings as Elixir 1.14 prints them", () => {
  it("has at least 40 programs", () => expect(programs.length).toBeGreaterThanOrEqual(40));
  for (const f of programs) {
    it(f, async () => {
      const r = await beamlet(["run", f], { cwd: DIR });
      expect(installed(r.stderr)).toBe(installed(readFileSync(join(DIR, f.replace(/\.exs$/, ".err")), "utf8")));
    }, 240000);
  }
});
