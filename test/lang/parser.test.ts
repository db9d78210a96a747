// The parser against real Elixir 1.14: every fixture's AST (all meta included) must equal the
// quoted form Elixir prints (goldens made by scripts/regen-parser-goldens.sh), and every bad
// program must fail with the CompileError whose first line Elixir prints.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { astFromJson, astToJson } from "../../lang/ast.ts";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "fixtures");
const errors = join(here, "errors");

describe("fixtures match Elixir's quoted form", () => {
  const files = readdirSync(fixtures).filter((f) => f.endsWith(".exs")).sort();
  it("has a corpus", () => expect(files.length).toBeGreaterThanOrEqual(60));
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(fixtures, f), "utf8");
      const golden = astFromJson(JSON.parse(readFileSync(join(fixtures, f.replace(/\.exs$/, ".json")), "utf8")));
      expect(astToJson(parse(src, f))).toEqual(astToJson(golden));
    });
  }
});

describe("syntax errors match Elixir's first stderr line", () => {
  const files = readdirSync(errors).filter((f) => f.endsWith(".exs")).sort();
  for (const f of files) {
    it(f, () => {
      const src = readFileSync(join(errors, f), "utf8");
      const want = readFileSync(join(errors, f.replace(/\.exs$/, ".err")), "utf8").trimEnd();
      let err: unknown;
      try { parse(src, f); } catch (e) { err = e; }
      expect(err).toBeInstanceOf(CompileError);
      const ce = err as CompileError;
      expect(ce.format(src).split("\n")[0]).toBe(want);
      // some errors Elixir's parser gives a line only (the ambiguous no-parens calls)
      const m = /^\*\* \((\w+)\) [^:]+:(\d+)(?::(\d+))?:/.exec(want)!;
      expect([ce.kind, ce.line, ce.column]).toEqual([m[1], Number(m[2]), m[3] === undefined ? null : Number(m[3])]);
    });
  }
});

describe("CompileError", () => {
  it("renders a snippet with a caret", () => {
    const src = "x = 1\nfoo(1,\n)\n";
    let err: any;
    try { parse(src, "bad.exs"); } catch (e) { err = e; }
    expect(err.format(src)).toBe("** (SyntaxError) bad.exs:3:1: syntax error before: ')'\n    |\n  3 | )\n    | ^");
  });
  it("renders semantic errors without a column", () => {
    const e = new CompileError("CompileError", "f.exs", 3, null, "undefined function foo/0");
    expect(e.format()).toBe("** (CompileError) f.exs:3: undefined function foo/0");
  });
});

describe("speed", () => {
  it("parses a 3000-line file quickly", () => {
    // measured on the dev machine for 3257 lines (78 KB): first (cold, JIT warm-up) parse ~0.8-1.2 s
    // inside vitest, later parses ~150-400 ms. The parser and lexer are built once (lang/parse.ts).
    const src = readdirSync(fixtures).filter((f) => /^(37|41|43|44|51|52|53|54)_.*\.exs$/.test(f))
      .map((f) => readFileSync(join(fixtures, f), "utf8")).join("\n");
    let big = "";
    while (big.split("\n").length < 3000) big += src + "\n";
    const t0 = performance.now();
    const ast = parse(big, "big.exs");
    const ms = performance.now() - t0;
    expect(ast.t).toBe("call");
    const t1 = performance.now();
    parse(big, "big.exs");
    console.log(`parsed ${big.split("\n").length} lines in ${ms.toFixed(0)} ms cold, ${(performance.now() - t1).toFixed(0)} ms warm`);
    expect(ms).toBeLessThan(5000); // generous: tests never assert on tight timings
  });
});
