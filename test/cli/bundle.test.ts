// The bundle every run loads (dist/beamlet.mjs, made by scripts/build.mjs) is ASCII: one other
// character in it (a comment esbuild keeps, a regex literal it does not escape) makes V8 keep the
// whole 2 MB source two bytes a character, 4 MB more memory in every run.
import { describe, it, expect } from "vitest";
import { dirname, resolve, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
// @ts-expect-error: a plain .mjs script without types
import { bundleOptions } from "../../scripts/build.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

describe("the bundle", () => {
  it("is ASCII text", async () => {
    const esbuild = await import("esbuild");
    const r = await esbuild.build({ ...bundleOptions(ROOT, join(tmpdir(), "beamlet-bundle-test.mjs")), write: false, sourcemap: false });
    const text = r.outputFiles![0].text;
    const at = text.search(/[^\x00-\x7f]/);
    expect(at < 0 ? "ascii" : `not ASCII at ${at}: ${text.slice(Math.max(0, at - 60), at + 20)}`).toBe("ascii");
  }, 120_000);
});
