// A program's defmodule asks whether the module is one of Elixir's own (vm/node.ts installDefined)
// from the list of the exports table's modules (compiler/warnings/elixir_export_modules.ts), not
// by parsing the table: 240 KB of objects it made and kept alive, still in the young generation
// as the program's code started (fib27's measured part copied them in its scavenge).
import { it, expect } from "vitest";
import { Node } from "../../vm/node.ts";
import { runScriptOn } from "./exits.model.ts";
import { elixirExports } from "../../compiler/warnings/elixir_exports.ts";
import { hasElixirExports } from "../../compiler/warnings/elixir_export_modules.ts";

it("a script that defines and uses a module leaves the exports table unparsed", async () => {
  const parse = JSON.parse;
  let tables = 0;
  JSON.parse = function (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown) {
    if (typeof text === "string" && text.startsWith('{\n  "Access": [')) tables++;
    return parse.call(this, text, reviver);
  };
  try {
    const r = await runScriptOn((host) => new Node(host), `
defmodule Shapes.Square do
  def area(s), do: s * s
end
defmodule Kernel.Mine do
  def twice(x), do: 2 * x
end
IO.inspect({Shapes.Square.area(3), Kernel.Mine.twice(4)})
`, 60000);
    expect({ stdout: r.stdout, tables }).toEqual({ stdout: "{9, 8}\n", tables: 0 });
  } finally {
    JSON.parse = parse;
  }
});

it("lists the modules the table has, and only those", () => {
  const table = elixirExports();
  for (const m of Object.keys(table)) expect(hasElixirExports(m)).toBe(true);
  for (const m of ["Shapes.Square", "Kernel.Mine", "kernel", "Elixir.Kernel", "constructor", "toString", ""]) expect(hasElixirExports(m)).toBe(false);
});
