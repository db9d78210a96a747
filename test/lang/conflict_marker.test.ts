// Version-control conflict markers against real Elixir 1.14: `<<<<<<<` at the start of a line is
// the tokenizer's own error, whole as Elixir prints it (message, position, the line drawn as
// written, a CR kept); goldens in conflict_marker/ made by scripts/regen-parser-goldens.sh.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";

const dir = join(dirname(fileURLToPath(import.meta.url)), "conflict_marker");

describe("conflict markers fail as in Elixir", () => {
  const files = readdirSync(dir).filter((f) => f.endsWith(".exs")).sort();
  it("has a corpus", () => expect(files.length).toBeGreaterThanOrEqual(8));
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(dir, f), "utf8");
      const want = readFileSync(join(dir, f.replace(/\.exs$/, ".err")), "utf8").trimEnd();
      let err: unknown;
      try { parse(src, f); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(CompileError);
      expect((err as CompileError).format(src)).toBe(want);
    });
  }
});

describe("marker-like text Elixir accepts", () => {
  for (const src of ['x = """\n<<<<<<< HEAD\n"""', "x = '\n<<<<<<< HEAD\n'", "# <<<<<<< HEAD\nx = 1", "x = ~S(\n<<<<<<< a\n)"]) {
    it(JSON.stringify(src), () => expect(() => parse(src, "ok.exs")).not.toThrow());
  }
});

describe("Code.string_to_quoted's parts", () => {
  it("splits the message from the marker's line", () => {
    let err: unknown;
    try { parse("x = 1\n<<<<<<< HEAD\r\n1", "nofile"); } catch (e) { err = e; }
    const ce = err as CompileError;
    expect([ce.line, ce.column, ce.quoted]).toEqual([2, 1, { prefix: "found an unexpected version control marker, please resolve the conflicts: ", token: "<<<<<<< HEAD" }]);
  });
});
