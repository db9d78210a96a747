// The bundle every run loads (dist/beamlet.mjs, made by scripts/build.mjs) is ASCII: one other
// character in it (a comment esbuild keeps, a regex literal it does not escape) makes V8 keep the
// whole 2 MB source two bytes a character, 4 MB more memory in every run. It carries the digests
// of the compiler's sources and of the library's, so a run keys its caches without reading them.
import { describe, it, expect, beforeAll } from "vitest";
import { dirname, resolve, join } from "node:path";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
// @ts-expect-error: a plain .mjs script without types
import { bundleOptions } from "../../scripts/build.mjs";
import { FINGERPRINTED_DIRS, sourceDigests, libraryDigest } from "../../scripts/source_digests.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

let text = "";

beforeAll(async () => {
  const esbuild = await import("esbuild");
  const r = await esbuild.build({ ...bundleOptions(ROOT, join(tmpdir(), "beamlet-bundle-test.mjs")), write: false, sourcemap: false });
  text = r.outputFiles![0].text;
});

describe("the bundle", () => {
  it("is ASCII text", () => {
    const at = text.search(/[^\x00-\x7f]/);
    expect(at < 0 ? "ascii" : `not ASCII at ${at}: ${text.slice(Math.max(0, at - 60), at + 20)}`).toBe("ascii");
  });

  it("carries the SHA-1 of each compiler, lang and vm source it was built from", () => {
    // (esbuild writes the string in single quotes; the digests are plain ASCII JSON)
    const embedded = JSON.parse(text.match(/'(\{"compiler":.*?\]\]\})'/)![1]);
    for (const dir of FINGERPRINTED_DIRS) expect(embedded[dir]).toEqual(sourceDigests(ROOT, dir));
    expect(embedded.compiler.length).toBeGreaterThan(50);
  });

  it("carries the SHA-1 of the library's sources it was built with", () => {
    const digest = libraryDigest(ROOT);
    expect(digest).toMatch(/^[0-9a-f]{40}$/);
    expect(text).toContain(`"${digest}"`);
  });

  it("holds none of the library's clause table (vm/library_clauses_data.ts): it reads it from dist/library-clauses.json on first use", () => {
    // (its modules' external term format in base64 starts g2gC; 280 KB of source every start-up
    // scanned and held, for what only a library function's failure reads)
    expect(text).not.toContain('"g2gC');
    expect(text).toContain('"./library-clauses.json"');
  });

  it("holds none of the tables hello.exs does not read, nor fast-check: each is a file beside it, read at its first use", () => {
    // (every run holds the bundle's source: hello.exs's peak resident memory is to stay under
    // 60 MiB, issue 12; scripts/build.mjs JSON_TEXT_FILES, FAST_CHECK_FILE)
    for (const file of ["library-funs.json", "library-def-lines.json", "elixir-exports.json", "otp-modules.json", "otp-exports.json", "confusables.json"]) expect(text).toContain(`"./${file}"`);
    expect(text).not.toContain('"Elixir.Access": "73798650');
    expect(text).not.toContain('"Access": ["all/0"');
    expect(text).not.toContain("a0 20\\na2 63 338");
    expect(text).not.toContain("fast-check/lib");
    expect(text).not.toContain("function property(");
    expect(text).toContain('require("./fast-check.cjs")');
  });
});
