// The uniq of a module's funs (vm/module.ts funUniqOf, computed when the module is compiled): of
// its name, code and literals, as the BEAM's is of the whole module's code. The same source
// compiled again gives the same uniq (even with a nested defmodule, whose key is random per
// process: compiler/nested_modules.ts), a literal changed gives another, a literal nested 10,000
// deep is hashed without recursion, and an object file keeps the uniq its compiler made.
import { describe, it, expect } from "vitest";
import { parse } from "../../lang/parse.ts";
import { compileModules } from "../../compiler/compile.ts";
import type { CompilerHost } from "../../compiler/context.ts";
import { readModule, writeModule } from "../../vm/bytecode_file.ts";
import { ModuleVersion, type CompiledModule } from "../../vm/module.ts";

const host: CompilerHost = { moduleExports: () => undefined, useTemplate: () => undefined };

function compiled(body: string): CompiledModule {
  const [m] = compileModules(parse(`defmodule U do\n${body}\nend\n`, "u.ex"), "u.ex", host);
  return m;
}
const uniq = (body: string) => compiled(body).funUniq;
const deep = (inner: string) => "[".repeat(10_000) + inner + "]".repeat(10_000);

describe("the uniq of a module's funs", () => {
  it("is computed when compiled, the same for the same source compiled again", () => {
    const src = `  def f, do: fn -> {:a, "b", 1.5, [1 | 2], %{k: 3}} end`;
    expect(uniq(src)).toBeTypeOf("number");
    expect(uniq(src)).toBe(uniq(src));
  });

  it("leaves out the keys of nested definitions, which differ in each compilation", () => {
    const src = `  def f do\n    defmodule Inner, do: def(g, do: 1)\n    fn -> 1 end\n  end`;
    expect(uniq(src)).toBe(uniq(src));
  });

  it("differs when only a literal differs", () => {
    const of = (v: string) => uniq(`  def f, do: fn -> ${v} end`);
    const all = ["1", "2", `"2"`, ":two", "2.0", "[2]", "{2}", "%{2 => 2}", "[1 | 2]", "<<2::3>>"].map(of);
    expect(new Set(all).size).toBe(all.length);
  });

  it("hashes a literal nested 10,000 deep on a bounded stack", () => {
    const a = uniq(`  def f, do: fn -> ${deep("1")} end`);
    expect(a).toBe(uniq(`  def f, do: fn -> ${deep("1")} end`));
    expect(a).not.toBe(uniq(`  def f, do: fn -> ${deep("2")} end`));
  });

  it("is kept by the object file, and a version computes the same when it has none", () => {
    const m = compiled(`  def f do\n    defmodule Inner, do: def(g, do: 1)\n    fn -> "x" end\n  end\n  def g, do: fn -> ${deep(":x")} end`);
    const read = readModule(writeModule(m))!;
    expect(read.funUniq).toBe(m.funUniq);
    expect(new ModuleVersion(read).funUniq).toBe(m.funUniq);
    const plain = compiled(`  def f, do: fn -> {"x", 2.5} end`);
    expect(new ModuleVersion({ ...plain, funUniq: undefined }).funUniq).toBe(plain.funUniq);
  });
});
