// Random and mutated programs through parse + compile: the only failure allowed is a
// CompileError (which the CLI prints in Elixir's format); never a raw JS exception.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "../../lang/parse.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { compileScript } from "../../compiler/compile.ts";
import type { CompilerHost } from "../../compiler/context.ts";
import type { Ast } from "../../lang/ast.ts";

const here = dirname(fileURLToPath(import.meta.url));
const corpusDir = join(here, "..", "conformance", "core");
const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".exs"))
  .sort()
  .slice(0, 80)
  .map((f) => readFileSync(join(corpusDir, f), "utf8"));

const host: CompilerHost = { moduleExports: () => undefined, useTemplate: () => undefined, lenient: true };

function compileOnly(src: string): "ok" | "compile_error" {
  try {
    const ast = parse(src, "fuzz.exs");
    const script = compileScript(ast, "fuzz.exs", host, [], { fileEntry: true });
    // a script's modules compile when execution reaches them: compile them here too
    for (const defineModule of script.lazyNested ?? []) defineModule();
    return "ok";
  } catch (e) {
    if (e instanceof CompileError) return "compile_error";
    throw new Error(`raw exception ${e instanceof Error ? e.stack : String(e)}\n--- program ---\n${src}`);
  }
}

const TOKENS = ["def", "do", "end", "fn", "->", "(", ")", "[", "]", "{", "}", "%{", "<<", ">>", "|>", "=", "^", "&", "&1", "x", "y", "Foo", ":a", "1", "2.0", "\"s\"", ",", "\n", "case", "when", "receive", "after", "try", "rescue", "catch", "for", "<-", "with", "else", "|", "::", "..", "@a", "defmodule", "__MODULE__", "raise", "quote", "unquote", "defstruct", "%", "x.y", "f.()", "::binary"];

// every subtree of the corpus's ASTs, to graft at random places (fuzzes the compiler, not the parser)
const asts: Ast[] = corpus.flatMap((src) => {
  try {
    return [parse(src, "c.exs")];
  } catch {
    return [];
  }
});
const subtrees: Ast[] = [];
const collect = (a: Ast): void => {
  subtrees.push(a);
  if (a.t === "list" || a.t === "tuple") a.items.forEach(collect);
  if (a.t === "call") {
    if (typeof a.name !== "string") collect(a.name);
    a.args?.forEach(collect);
  }
};
asts.forEach(collect);

/** replace the n-th node (pre-order) of a by `graft` */
function graftAt(a: Ast, n: { left: number }, graft: Ast): Ast {
  if (n.left-- === 0) return graft;
  switch (a.t) {
    case "list": return { ...a, items: a.items.map((x) => graftAt(x, n, graft)) };
    case "tuple": return { ...a, items: a.items.map((x) => graftAt(x, n, graft)) };
    case "call":
      return { ...a, name: typeof a.name === "string" ? a.name : graftAt(a.name, n, graft), args: a.args === null ? null : a.args.map((x) => graftAt(x, n, graft)) };
    default: return a;
  }
}

// -> clauses with the wrong number of patterns: once an internal compiler error (a catch clause
// with no pattern, found by seed 1425153544 of the graft property below), now Elixir's CompileError.
const BAD_CLAUSE_COUNTS: [string, string][] = [
  ["try do\n  1\ncatch\n  -> 2\nend\n", 'expected one or two args for :catch clauses (->) in "try"'],
  ["try do\n  1\ncatch\n  a, b, c -> 2\nend\n", 'expected one or two args for :catch clauses (->) in "try"'],
  ["try do\n  1\nrescue\n  -> 2\nend\n", 'expected one argument for :rescue clauses (->) in "try"'],
  ["case 1 do\n  -> 2\nend\n", 'expected one argument for :do clauses (->) in "case"'],
  ["receive do\n  -> 2\nend\n", 'expected one argument for :do clauses (->) in "receive"'],
  ["receive do\n  x -> x\nafter\n  -> 2\nend\n", 'expected one argument for :after clauses (->) in "receive"'],
  ["cond do\n  -> 2\nend\n", 'expected one argument for :do clauses (->) in "cond"'],
  ["with 1 <- 1 do\n  2\nelse\n  -> 3\nend\n", 'expected one argument for :else clauses (->) in "with"'],
];

function graftProperty() {
  return fc.property(
        fc.integer({ min: 0, max: asts.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }),
        (i, grafts) => {
          let ast = asts[i];
          for (const [where, what] of grafts) ast = graftAt(ast, { left: where % 400 }, subtrees[what % subtrees.length]);
          try {
            const script = compileScript(ast, "fuzz.exs", host, [], { fileEntry: true });
            for (const defineModule of script.lazyNested ?? []) defineModule();
          } catch (e) {
            if (!(e instanceof CompileError)) throw e;
            // the safety net in compiler/compile.ts must not be what catches it
            if (e.description.includes("internal compiler error")) throw new Error(e.description);
          }
        },
      );
}

describe("compiler robustness", () => {
  it("-> clauses with the wrong number of patterns are Elixir's CompileError", () => {
    for (const [src, message] of BAD_CLAUSE_COUNTS) {
      let err: unknown;
      try {
        compileScript(parse(src, "c.exs"), "c.exs", host, [], { fileEntry: true });
      } catch (e) {
        err = e;
      }
      expect(err, src).toBeInstanceOf(CompileError);
      expect((err as CompileError).description, src).toBe(message);
    }
  });

  it("seed 1425153544 of the graft property (it found the clause-count crash)", { timeout: 180_000 }, () => {
    fc.assert(graftProperty(), { numRuns: 2000, seed: 1425153544 });
  });

  it("ASTs with random subtrees grafted compile or fail with a CompileError", { timeout: 180_000 }, () => {
    fc.assert(graftProperty(), { numRuns: 2000 });
  });

  it("every corpus program compiles or fails with a CompileError", { timeout: 60_000 }, () => {
    for (const src of corpus) expect(["ok", "compile_error"]).toContain(compileOnly(src));
  });

  it("mutated corpus programs never raise raw JS exceptions", { timeout: 180_000 }, () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: corpus.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...TOKENS)), { minLength: 1, maxLength: 4 }),
        (i, edits) => {
          let src = corpus[i];
          for (const [pos, len, tok] of edits) {
            const p = pos % (src.length + 1);
            src = src.slice(0, p) + tok + src.slice(p + (len % 6));
          }
          compileOnly(src);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("random token soups never raise raw JS exceptions", { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }), (toks) => {
        compileOnly(toks.join(" "));
      }),
      { numRuns: 1500 },
    );
  });
});
