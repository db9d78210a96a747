// Compiling an operator chain inside a def does work linear in its length, counted (not timed):
// the float-type question (compiler/float_types.ts) is asked at every operator of a chain about
// its left operand, the rest of the chain; unremembered, that walked 12.5M nodes for 5,000 steps.
import { describe, it, expect } from "vitest";
import { parse } from "../../lang/parse.ts";
import { compileModules } from "../../compiler/compile.ts";
import { floatTypeWork } from "../../compiler/float_types.ts";
import type { CompilerHost } from "../../compiler/context.ts";

const host: CompilerHost = { moduleExports: () => undefined, useTemplate: () => undefined };

function stepsFor(n: number, operand: string, op: string): number {
  const src = `defmodule Chain do\n  def run(x) do\n    ${Array(n).fill(operand).join(` ${op} `)}\n  end\nend\n`;
  const before = floatTypeWork.steps;
  compileModules(parse(src, "chain.ex"), "chain.ex", host);
  return floatTypeWork.steps - before;
}

describe("an operator chain in a def compiles in linear work", () => {
  for (const [operand, op] of [["x", "+"], ["x", "*"], ["x", "-"], ["1.5", "+"]]) {
    it(`${operand} ${op} ... 5,000 steps`, () => {
      const small = stepsFor(500, operand, op), big = stepsFor(5_000, operand, op);
      expect(big).toBeLessThan(small * 10 * 1.5);
      expect(big).toBeLessThan(10 * 5_000);
    });
  }
});
