// Identifiers mixing scripts (UTS 39) against real Elixir 1.14: each program in mixed_script/
// must fail with Elixir's whole message, the per-character script breakdown included (goldens
// made by scripts/regen-parser-goldens.sh); identifiers of one script, or of a highly restrictive
// set (Latin with Han and Japanese kana, Bopomofo or Hangul), stay accepted.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { inspectAtom } from "../../vm/inspect.ts";
import { atom } from "../../vm/terms.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "mixed_script");

describe("mixed-script identifiers fail as in Elixir", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".exs")).sort();
  it("has a corpus", () => expect(files.length).toBeGreaterThanOrEqual(9));
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(dir, f), "utf8");
      const want = readFileSync(join(dir, f.replace(/\.exs$/, ".err")), "utf8").trimEnd();
      let err: unknown;
      try { parse(src, f); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(CompileError);
      const ce = err as CompileError;
      expect(ce.header().split("\n")[0]).toBe(want.split("\n")[0]);
      expect(`** (${ce.kind}) ${f}:${ce.line}:${ce.column}: ${ce.description}`).toBe(want);
    });
  }
});

describe("identifiers Elixir accepts", () => {
  for (const src of ["αβγ = 1", "привет_1 = 2", "a漢字カナひら = 3", "a한 = 4", "aㄅ漢 = 5", "ひら = 6", "abc = :λ", "x = :\"λx\""]) {
    it(src, () => expect(() => parse(src, "ok.exs")).not.toThrow());
  }
});

describe("inspect quotes atoms Elixir's tokenizer refuses", () => {
  it.each([["λx", ':"λx"'], ["λx?", ':"λx?"'], ["aб@h", ':"aб@h"'], ["αβγ", ":αβγ"], ["a漢字ひら", ":a漢字ひら"]])("%s", (name, want) =>
    expect(inspectAtom(atom(name))).toBe(want));
});
