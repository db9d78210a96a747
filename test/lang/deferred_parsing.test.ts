// Deep constructs are parsed later from a fresh JS stack (lang/parser.ts, Deferred). That must
// never change the result: with the depth limit lowered to 1, 2 and 3 (so nearly every bracket,
// call and interpolation is deferred, most of them inside other deferred ones), every fixture
// gives the AST it gives without deferral, and every bad program the same first error.
import { describe, it, expect } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { Parser } from "../../lang/parser.ts";
import { CompileError } from "../../lang/compile_error.ts";
import { astToJson, type Ast } from "../../lang/ast.ts";

const here = dirname(fileURLToPath(import.meta.url));

function outcome(p: Parser, src: string, file: string): unknown {
  try {
    return astToJson(p.parse(src, file) as Ast);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    return { error: e.format(src).split("\n")[0] };
  }
}

const corpus = (dir: string) => readdirSync(join(here, dir)).filter((f) => f.endsWith(".exs")).sort()
  .map((f) => [f, readFileSync(join(here, dir, f), "utf8")] as const);

describe("deferring deep constructs never changes what is parsed", () => {
  const normal = new Parser();
  for (const depth of [1, 2, 3]) {
    const deferring = new Parser();
    deferring.deferDepth = depth;
    it(`fixtures and bad programs, deferring from depth ${depth}`, () => {
      let deferred = 0;
      for (const [f, src] of [...corpus("fixtures"), ...corpus("errors")]) {
        const before = deferring.work.deferred;
        expect(outcome(deferring, src, f), f).toEqual(outcome(normal, src, f));
        deferred += deferring.work.deferred - before;
      }
      // the corpus exercised the deferral (not a vacuous comparison)
      expect(deferred).toBeGreaterThan(250);
    });
  }

  it("the earliest of several errors is reported, as a one-pass parser reports it", () => {
    const deferring = new Parser();
    deferring.deferDepth = 1;
    const normal = new Parser();
    const srcs = [
      "x = [[1, (2 +)], 3]\ny = {4 5}",
      "x = f([1, [2, [3, )]]])\n",
      'x = "#{[1, (2 *)]}" <> [3 4]',
      "x = fn -> [1, {2, 3 4}] end\n[5 6]",
    ];
    for (const src of srcs) expect(outcome(deferring, src, "t.exs")).toEqual(outcome(normal, src, "t.exs"));
  });
});
