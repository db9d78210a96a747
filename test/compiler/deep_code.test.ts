// Code nested 10,000 deep (Elixir 1.14 compiles every shape here) compiles and runs on a bounded
// JS stack: patterns, `a = b = ...` chains, blocks, case, if, quote and interpolation. Before,
// beamlet's compiler stopped near 2,000-3,000 levels ("expression too deeply nested") and its
// parser stopped case/if and match chains. Conformance reliability/deep_* compares shallower
// versions with real Elixir (which takes minutes on some of these at 10,000).
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { runElixir } from "../vm/exits.model.ts";

const D = 10_000;
const nest = (open: string, inner: string, close: string, n = D) => open.repeat(n) + inner + close.repeat(n);

const shapes: [string, string, string][] = [
  ["a list pattern", `${nest("[", "y", "]")} = ${nest("[", "x", "]")}; y`, "1"],
  ["a tuple pattern", `${nest("{", "y", "}")} = ${nest("{", "x", "}")}; y`, "1"],
  ["a map pattern", `${nest("%{a: ", "y", "}")} = ${nest("%{a: ", "x", "}")}; y`, "1"],
  ["a pattern binding deep and comparing outside", `match?({${nest("[", "y", "]")}, y}, {${nest("[", "x", "]")}, 2})`, "false"],
  ["a function head pattern", `(fn ${nest("{", "y", "}")} -> y + 1 end).(${nest("{", "x", "}")})`, "2"],
  ["a case on a deep literal", `case ${nest("[", "x", "]")} do ${nest("[", "2", "]")} -> :no; ${nest("[", "y", "]")} -> y end`, "1"],
  ["a match chain", Array.from({ length: D }, (_, i) => `a${i}`).join(" = ") + " = x + 1; {a0, a9999}", "{2, 2}"],
  ["blocks", nest("(x; ", "x + 1", ")"), "2"],
  ["blocks binding", nest("(y = x; ", "y", ")"), "1"],
  ["case", nest("case x do 2 -> :no; _ -> ", "x + 1", " end"), "2"],
  ["if/else", nest("if x > 0 do ", "x + 2", " else :no end"), "3"],
  ["quote", `Deep.depth(quote do: ${nest("[", "x", "]")})`, String(D)],
  ["quote of calls", `elem(quote(do: ${nest("f(", "x", ")")}), 0)`, ":f"],
  ["interpolation", `String.length(${nest('"<#{', "x", '}>"')})`, String(2 * D + 1)],
  ["a <> chain", `byte_size(${Array(D).fill("to_string(x)").join(" <> ")})`, String(D)],
  ["a prefix operator chain", "- ".repeat(D + 1) + "x", "-1"],
  ["a not chain", "not ".repeat(D) + "(x == 1)", "true"],
  ["an access chain", `(a = %{1 => 1}; ${nest("a[", "x", "]")})`, "1"],
  ["a no-parens call chain", "abs ".repeat(D) + "x", "1"],
  ["a remote no-parens call chain", "Deep.id ".repeat(D) + "x", "1"],
  ["sigil interpolation", `String.length(${nest('~s"<#{', "x", '}>"')})`, String(2 * D + 1)],
  ["charlist sigil interpolation", `${nest("~c(#{", "x", "})")}`, "'1'"],
];

describe("code nested 10,000 deep compiles and runs", () => {
  for (const [name, code, want] of shapes) {
    it(name, async () => {
      const r = await runElixir(`defmodule Deep do\n  def depth([x]), do: 1 + depth(x)\n  def depth(_), do: 0\n  def id(x), do: x\nend\nx = 1\nvalue = (${code})\nIO.inspect(value)\n`, 1, 120_000);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(want + "\n");
    }, 150_000);
  }
});

// Inside a def the module compiler's own passes (unquote fragments, float types, fun numbering,
// warnings) walk the body too: each walks on an explicit stack. Elixir 1.14 compiles all of
// these at 5,000 (conformance reliability/deep_code_in_def compares 1,500 with real Elixir).
const DD = 5_000;
const inDef: [string, string, string][] = [
  ["if/else", nest("if x > 0 do ", "x + 1", " else :no end", DD), "2"],
  ["calls", nest("id(", "x", ")", DD), "1"],
  ["a list literal", `length(List.flatten(${nest("[", "x", "]", DD)}))`, "1"],
  ["a tuple literal", `elem(${nest("{", "x", "}", DD)}, 0) |> elem(0) |> is_tuple()`, "true"],
  ["an operator chain", Array(DD).fill("x").join(" + "), String(DD)],
  ["a float operator chain", Array(DD).fill("x").join(" + ") + " + 0.5", `${DD}.5`],
  ["case", nest("case x do 2 -> :no; _ -> ", "x + 1", " end", DD), "2"],
  ["cond", nest("cond do x > 5 -> :no; true -> ", "x + 1", " end", DD), "2"],
  ["with", nest("with {:ok, x} <- {:ok, x + 1} do ", "x", " end", DD), String(DD + 1)],
  ["try/rescue/after", nest("try do ", "x + 1", " rescue _ -> :no after :ok end", DD), "2"],
  // (each level binds the x the next reads: an unused one is warned of, as Elixir does)
  ["try/catch/else", nest("try do x catch _ -> :no else x -> ", "x + 1", " end", DD), "2"],
  ["receive/after", "send(self(), :m); " + nest("receive do :z -> :no after 0 -> ", "x + 1", " end", DD), "2"],
  ["receive clauses", "for _ <- 1..5000, do: send(self(), :m); " + nest("receive do :m -> ", "x + 1", " end", DD), "2"],
  ["for", `List.flatten(${nest("for x <- [x] do ", "x + 1", " end", DD)})`, "[2]"],
  ["and", Array.from({ length: DD }, (_, i) => `x < ${i + 2}`).join(" and "), "true"],
  ["&& and !", Array.from({ length: DD }, () => "!!x").join(" && "), "true"],
  ["a pipe chain", "x" + " |> id()".repeat(DD), "1"],
  ["a <> chain", `byte_size(${Array(DD).fill("to_string(x)").join(" <> ")})`, String(DD)],
  ["fns", nest("(fn -> ", "x", " end).()", DD), "1"],
  ["a map literal", `map_size(${nest("%{a: ", "x", "}", DD)})`, "1"],
  ["interpolation", `String.length(${nest('"<#{', "x", '}>"', DD)})`, String(2 * DD + 1)],
  ["a no-parens call chain", "id ".repeat(DD) + "x", "1"],
  ["an access chain", `m = %{1 => 1}; ${nest("m[", "x", "]", DD)}`, "1"],
  ["a keyword no-parens call chain", "k a: ".repeat(DD) + "x", "1"],
];

describe("code nested 5,000 deep inside a def compiles and runs", () => {
  for (const [name, code, want] of inDef) {
    it(name, async () => {
      const r = await runElixir(`defmodule Deep do\n  def id(x), do: x\n  def k(a: x), do: x\n  def run(x) do\n    ${code}\n  end\nend\nIO.inspect(Deep.run(1))\n`, 1, 120_000);
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(want + "\n");
    }, 150_000);
  }
});

// A compile error deep inside such code is reported as Elixir reports it: the expander's trace
// is found by a walk down to the failing node, which overflowed the host's stack below a chain of
// 10,000 remote calls (`y.a.a...` with y undefined: "internal error: Maximum call stack size").
describe("a compile error in code nested 10,000 deep", () => {
  it("an undefined function under a chain of field accesses", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-deep-error-"));
    const file = path.join(dir, "deep_error.exs");
    fs.writeFileSync(file, `x = y${".a".repeat(D)}\nIO.inspect(x)\n`);
    try {
      const r = spawnSync(process.execPath, [path.resolve(__dirname, "../../cli/bin.js"), "run", file], { encoding: "utf8", timeout: 300_000 });
      expect(r.stderr).toContain(`** (CompileError) ${file}:1: undefined function y/0 (there is no such import)`);
      expect(r.stderr).not.toContain("internal error");
      expect(r.stdout).toBe("");
      expect(r.status).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
