// Identifiers in NFC and NFKC form, against real Elixir 1.14 (lang/identifier_form.ts). Each
// program in identifier_form/ fails as Elixir's tokenizer fails it: a compatibility character
// (`ʰ`, `ﬁ`, `²`) is refused at its column with the NFKC spelling as the hint (goldens made by
// scripts/regen-parser-goldens.sh; the source snippet Elixir prints after it is left out). An
// identifier written with combining marks is its NFC form.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "identifier_form");

describe("identifiers not in NFKC form fail as in Elixir", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".exs")).sort();
  it("has a corpus", () => expect(files.length).toBeGreaterThanOrEqual(5));
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(dir, f), "utf8");
      const want = readFileSync(join(dir, f.replace(/\.exs$/, ".err")), "utf8").split("\n    |")[0].trimEnd();
      let err: unknown;
      try { parse(src, f); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(CompileError);
      const ce = err as CompileError;
      expect(`** (${ce.kind}) ${f}:${ce.line}:${ce.column}: ${ce.description}`).toBe(want);
    });
  }
});

describe("identifiers with combining marks are their NFC form", () => {
  it("café typed as e + U+0301 is the variable café", () => {
    const ast = JSON.stringify(parse("caf\u00e9 = 1\ncafe\u0301 + :cafe\u0301", "nfc.exs"), (_k, v) => (typeof v === "bigint" ? String(v) : v));
    expect(ast).not.toContain("e\u0301");
    expect(ast.split("caf\u00e9").length - 1).toBe(3);
  });
});
