// The library loaded lazily (vm/boot.ts loadLibraryLazily, what the browser build does so a page
// starts without decoding all of lib/): a module's bytecode is decoded on its first use, yet the
// node answers every question about loaded code as a node that loaded the library at boot does.
import { describe, it, expect, beforeAll } from "vitest";
import { Node } from "../../vm/node.ts";
import { loadLibrary, loadLibraryLazily, compilerHost } from "../../vm/boot.ts";
import { compileScript } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { atom } from "../../vm/terms.ts";
import type { CompiledModule } from "../../vm/module.ts";
import { nodeHost, useSources } from "../../cli/host.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";

let lib: CompiledModule[] = [];

beforeAll(() => {
  const probe = new Node(nodeHost());
  loadLibraryCached(probe);
  lib = [...probe.code.preloaded].map((m) => probe.code.current(m)!.compiled);
});

/** a node with the library loaded eagerly or lazily; `decoded` lists the lazy modules decoded */
function newNode(lazy: boolean) {
  let out = "";
  const host = { ...nodeHost(), write: (_fd: 1 | 2, t: string) => void (out += t) };
  const node = new Node(host, { deterministic: { seed: 1 } });
  const decoded: string[] = [];
  if (lazy) {
    loadLibraryLazily(node, lib.map((m) => ({ name: m.name, file: m.file, decode: () => (decoded.push(m.name), m) })));
  } else loadLibrary(node, lib);
  const run = async (text: string) => {
    out = "";
    const s = compileScript(parse(text, "lazy.exs"), "lazy.exs", compilerHost(node, useSources()), [], { fileEntry: true });
    node.code.loadCompiled(s);
    const [main] = node.spawn(null, atom("beamlet_boot"), [atom(s.name)], atom("run_script"));
    node.main = main;
    const code = await node.runLoop();
    return { out, code };
  };
  return { node, decoded, run };
}

const QUESTIONS = `
IO.inspect(:code.is_loaded(Enum))
IO.inspect(:code.is_loaded(NoSuchModule))
IO.inspect(:erlang.module_loaded(String))
all = :code.all_loaded()
IO.inspect(Enum.filter(all, fn {m, _} -> m in [Enum, Map, GenServer, :supervisor] end) |> Enum.sort())
IO.inspect(length(all) > 150)
IO.inspect(:code.which(Stream))
IO.inspect(Code.ensure_loaded(Stream))
IO.inspect(Code.ensure_loaded?(Keyword))
IO.inspect(function_exported?(Enum, :map, 2))
IO.inspect(:code.module_status(Regex))
IO.inspect(Enum.member?(:erlang.loaded(), URI))
IO.inspect(Enum.member?(:erlang.pre_loaded(), URI))
IO.inspect(URI.__info__(:module))
`;

describe("the library loaded lazily", () => {
  it("answers is_loaded, all_loaded, which, ensure_loaded, module_status as the eagerly loaded library does", async () => {
    const eager = await newNode(false).run(QUESTIONS);
    const lazy = newNode(true);
    const r = await lazy.run(QUESTIONS);
    expect(r).toEqual(eager);
    expect(r.out).toContain(`{:file, '/beamlet/lib/elixir/ebin/Elixir.Enum.beam'}`);
    // the questions about loaded code decoded nothing: only what the script ran
    expect(lazy.decoded).not.toContain("Elixir.Map");
    expect(lazy.decoded).not.toContain("Elixir.GenServer");
    expect(lazy.decoded).not.toContain("Elixir.Regex");
  });

  it("decodes nothing at start and only what a script uses, each module once", async () => {
    const lazy = newNode(true);
    expect(lazy.decoded).toEqual([]);
    expect([...lazy.node.code.modules.values()].every((s) => s.isLazy)).toBe(true);
    const r = await lazy.run(`IO.puts(Enum.sum([1, 2, 3]))\nIO.puts(Enum.count([1]))`);
    expect(r.out).toBe("6\n1\n");
    expect(lazy.decoded).toContain("Elixir.Enum");
    expect(lazy.decoded.filter((m) => m === "Elixir.Enum")).toHaveLength(1);
    expect(lazy.decoded.length).toBeLessThan(lib.length / 4);
  });

  it("keeps the two-version rules: a library module replaced, purged or deleted before its first use", async () => {
    const script = `
defmodule Version do
  def v, do: :replaced
end
{:module, _, bin, _} = defmodule URI do
  def parse(_), do: :mine
end
IO.inspect(URI.parse("x"))
IO.inspect(:erlang.check_old_code(URI))
IO.inspect(:code.purge(URI))
IO.inspect(:erlang.check_old_code(URI))
IO.inspect(:code.delete(OptionParser))
IO.inspect(:code.is_loaded(OptionParser))
IO.inspect(:erlang.check_old_code(OptionParser))
IO.inspect(byte_size(bin) > 0)
`;
    const eager = await newNode(false).run(script);
    const lazy = await newNode(true).run(script);
    expect(lazy).toEqual(eager);
    expect(lazy.out).toContain(":mine\ntrue\nfalse\nfalse\ntrue\nfalse\ntrue\n");
  });
});
