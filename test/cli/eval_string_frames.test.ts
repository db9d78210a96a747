// `beamlet -e CODE`: an uncaught error's stack trace shows erl_eval's frames for the evaluated
// code and Code.validated_eval_string/3 below it, as `elixir -e` does (expected outputs: real
// elixir's, scripts/regen-eval-string-frames.mjs).
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, ROOT } from "../e2e/helpers.ts";

const cases: { code: string; stderr: string; status: number }[] = JSON.parse(readFileSync(join(ROOT, "test/cli/eval_string_frames/expected.json"), "utf8"));

describe("beamlet -e stack traces", () => {
  for (const c of cases) {
    it(c.code.trim().split("\n").join(" \\n "), async () => {
      const r = await beamlet(["-e", c.code], { cwd: join(ROOT, "test/cli/eval_string_frames") });
      expect(r.stderr).toBe(c.stderr);
      expect(r.code).toBe(c.status);
    });
  }
});
