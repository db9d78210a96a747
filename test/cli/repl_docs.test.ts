// h/1 and Code.fetch_docs/1: the docs of modules compiled to object files, printed as iex 1.14
// prints them. test/cli/repl_fixtures/record_docs.sh played docs.in and docs_colors.in into real
// iex (modules of docs.ex compiled with c/2) and kept docs.out / docs_colors.out.
import { describe, it, expect } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { newEvalState } from "../../cli/repl/session.ts";
import { expand } from "../../cli/repl/complete.ts";
// @ts-expect-error plain JS shared with record_lib_docs.sh
import { frame } from "./repl_fixtures/lib_docs_frame.mjs";
import { FIX, freshReplSessions } from "./fresh_repl_sessions.ts";

// (each session compiles docs.ex afresh, as a new iex would)
const { state, newNode, session } = freshReplSessions("docs.ex", "DOCS_DIR");

describe("h/1 as iex prints it", () => {
  it("module docs, each arity, metadata, hidden and missing docs, and the Markdown re-wrapped", async () => {
    const expected = fs.readFileSync(path.join(FIX, "docs.out"), "utf8");
    expect(await session(fs.readFileSync(path.join(FIX, "docs.in"), "utf8"))).toBe(expected);
  });

  it("with iex's colours on a terminal", async () => {
    const expected = fs.readFileSync(path.join(FIX, "docs_colors.out"), "utf8");
    const out = await session(fs.readFileSync(path.join(FIX, "docs_colors.in"), "utf8"), true);
    expect(out).toBe(expected);
  });

  it("a module compiled in memory (at the prompt, or c/1 without a path) was not compiled with docs", async () => {
    fs.copyFileSync(path.join(FIX, "m.ex"), path.join(state.dir, "m.ex"));
    const out = await session(`defmodule InMemory do\n@moduledoc "m"\n@doc "f"\ndef f, do: 1\nend\nh InMemory\nh InMemory.f\nCode.fetch_docs(InMemory)\nc(Path.join(System.get_env("DOCS_DIR"), "m.ex"))\nh Greeter.hello\n`);
    // printf '...' | iex
    expect(out).toContain("iex(2)> InMemory was not compiled with docs\niex(3)> InMemory was not compiled with docs\niex(4)> {:error, :module_not_found}\n");
    expect(out).toContain("iex(5)> [Greeter]\niex(6)> Greeter was not compiled with docs\n");
  });
});

describe("h/1 on the standard library", () => {
  it("an Erlang function: each arity's @spec as iex formats it, 'compiled without docs' otherwise (OTP's modules have no docs chunk)", async () => {
    const expected = fs.readFileSync(path.join(FIX, "erlang_docs.out"), "utf8");
    expect(await session(fs.readFileSync(path.join(FIX, "erlang_docs.in"), "utf8"))).toBe(expected);
  });

  // lib/'s docs are beamlet's own words; record_lib_docs.sh kept of real iex's answers only what
  // is not Elixir's text: headings (Elixir's signatures, centered), @spec lines, metadata, messages
  it("Enum, Map, String, List, Keyword, Kernel and the OTP modules: what iex prints around the text, and a text", async () => {
    const expected = fs.readFileSync(path.join(FIX, "lib_docs.frame"), "utf8");
    const out = await session(fs.readFileSync(path.join(FIX, "lib_docs.in"), "utf8"));
    expect(frame(out)).toBe(expected);
    // the text is beamlet's, not Elixir's
    expect(out).toContain("Returns a list with `fun` applied to each element of `enumerable`, in order.");
    expect(out).toContain("Writes `item` and then a newline to `device`.");
  });
});

describe("Code.fetch_docs/1", () => {
  it("gives the docs chunk of a module loaded from its object file as Elixir builds it", async () => {
    const out = await session(`c(Path.join(System.get_env("DOCS_DIR"), "docs.ex"), System.get_env("DOCS_DIR"))\n{:docs_v1, anno, :elixir, "text/markdown", %{"en" => _}, %{}, entries} = Code.fetch_docs(Docs); anno\nfor {{k, n, a}, line, [sig], doc, meta} <- entries, do: {k, n, a, line, sig, if(is_map(doc), do: :text, else: doc), meta}\nCode.fetch_docs(Docs.Hidden) |> elem(4)\nCode.fetch_docs(Docs.NoModuledoc) |> elem(4)\n`);
    // the same expressions in real Elixir (elixir -pa DIR) on docs.ex compiled by elixirc
    expect(out).toContain(`iex(2)> 2\n`);
    expect(out).toContain(`iex(3)> [
  {:function, :hidden, 1, 72, "hidden(x)", :hidden, %{}},
  {:function, :nodoc, 3, 75, "nodoc(map, list, ignored)", :none, %{}},
  {:function, :old, 1, 69, "old(x)", :text, %{deprecated: "Use one/1 instead"}},
  {:function, :one, 1, 56, "one(x)", :text, %{since: "1.2.0"}},
  {:function, :size, 1, 83, "size(list)", :none,
   %{delegate_to: {Kernel, :length, 1}}},
  {:function, :two, 1, 62, "two(a)", :text, %{}},
  {:function, :two, 3, 64, "two(a, b, c \\\\\\\\ 5000)", :text, %{defaults: 1}},
  {:macro, :is_small, 1, 77, "is_small(x)", :text, %{guard: true}},
  {:macro, :twice, 1, 80, "twice(expr)", :text, %{}}
]
iex(4)> :hidden
iex(5)> :none
`);
  });
});

describe("Tab completion", () => {
  // what real iex answers (IEx.Autocomplete.expand(Enum.reverse(~c"Comp.")) typed at its prompt)
  // for comp.ex compiled to an object file (iex -pa DIR) and compiled in memory (Code.compile_file)
  it("hides @doc false functions, the arities their defaults give and undocumented _names, as iex does", async () => {
    fs.copyFileSync(path.join(FIX, "comp.ex"), path.join(state.dir, "comp.ex"));
    const node = newNode();
    await session(`c(Path.join(System.get_env("DOCS_DIR"), "comp.ex"), System.get_env("DOCS_DIR"))\n`, false, node);
    const st = newEvalState();
    expect(expand(node, st, "Comp.")).toEqual({ insert: "", entries: ["mac/1", "shown/1", "shown_defaults/1", "shown_defaults/2", "uses_pmac/0"] });
    expect(expand(node, st, "Comp.h")).toEqual({ insert: "", entries: [] });
    expect(expand(node, st, "Comp.m")).toEqual({ insert: "ac", entries: [] });
  });

  it("lists every exported function of a module without docs", async () => {
    const node = newNode();
    await session(`Code.compile_file(Path.join(System.get_env("DOCS_DIR"), "comp.ex"))\n`, false, node);
    const st = newEvalState();
    expect(expand(node, st, "Comp.").entries).toEqual([
      "__dunder__/1", "__struct__/0", "__struct__/1", "_under/1", "hidden/1", "hidden_defaults/1", "hidden_defaults/2",
      "hidden_defaults/3", "mac/1", "shown/1", "shown_defaults/1", "shown_defaults/2", "uses_pmac/0",
    ]);
    expect(expand(node, st, "Comp.__").entries).toEqual(["__dunder__/1", "__struct__/0", "__struct__/1"]);
  });
});
