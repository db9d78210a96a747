// A list expression's constant last cells are one literal (compiler/constant_tail.ts), as the
// BEAM's compiler makes them: `[x, ?,]` builds one cell onto the literal [?,] at each call, not
// two. Checked on the code: the cells built (make_list's count) and the literal pushed as their tail.
import { describe, it, expect } from "vitest";
import { parse } from "../../lang/parse.ts";
import { compileModules } from "../../compiler/compile.ts";
import { disassemble } from "../../compiler/disasm.ts";
import type { CompilerHost } from "../../compiler/context.ts";

const host: CompilerHost = { moduleExports: () => undefined, useTemplate: () => undefined };

/** the disassembled code of each function of a module of `defs` */
function code(defs: string): Map<string, string> {
  const [m] = compileModules(parse(`defmodule L do\n${defs}\nend\n`, "l.ex"), "l.ex", host);
  const out = new Map<string, string>();
  for (const part of disassemble(m).split(/^def /m).slice(1)) out.set(part.slice(0, part.indexOf(" ")), part);
  return out;
}

describe("a list's constant tail is one literal", () => {
  const c = code(`  def comma(x), do: [x, ?,]
  def wrap(b), do: ["{", b, "}"]
  def bar(x), do: [x, 1 | [2]]
  def improper(x), do: [x, :a | :b]
  def none(x), do: [1, x]
  def attr(x), do: [x, @a]
  @a 5`);
  it("the literal elements after the last one computed", () => {
    expect(c.get("comma/1")).toMatch(/push_local x0\n.*push_lit ','\n.*make_list 1\n/);
    expect(c.get("wrap/1")).toMatch(/push_lit "\{"\n.*push_local x0\n.*push_lit \["\}"\]\n.*make_list 2\n/);
  });
  it("with a literal tail after |, proper or not", () => {
    expect(c.get("bar/1")).toMatch(/push_local x0\n.*push_lit \[1, 2\]\n.*make_list 1\n/);
    expect(c.get("improper/1")).toMatch(/push_local x0\n.*push_lit \[:a \| :b\]\n.*make_list 1\n/);
  });
  it("not when the last element is computed, nor for a module attribute", () => {
    expect(c.get("none/1")).toMatch(/push_local x0\n.*push_lit \[\]\n.*make_list 2\n/);
    expect(c.get("attr/1")).toMatch(/make_list 2\n/);
  });
});
