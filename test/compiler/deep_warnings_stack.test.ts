// The compiler warnings of deeply nested code never depend on how much JS stack is left: every
// walk of the warning passes runs on an explicit stack (a RangeError in one dropped all of its
// module's warnings, so test/warnings/deep_code_in_def lost its 999 unused variables under load).
// The CLI runs the programs on a small stack (one the compiler itself still fits in) and its
// stderr must equal the golden from real elixir, as test/warnings.test.ts compares it.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run, BIN, ROOT } from "../e2e/helpers.ts";

const DIR = join(ROOT, "test", "warnings");
/** KB of stack: the default is 984 */
const STACK_KB = 250;

describe.concurrent("warnings of deep code on a small JS stack", () => {
  for (const name of ["deep_code_in_def", "deep_patterns_in_def"]) {
    it(name, async () => {
      const r = await run(process.execPath, [`--stack-size=${STACK_KB}`, BIN, "run", `${name}.exs`], { cwd: DIR });
      expect(r.stderr).toBe(readFileSync(join(DIR, `${name}.err`), "utf8"));
      expect(r.code).toBe(0);
    }, 240_000);
  }
});
