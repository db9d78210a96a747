#!/usr/bin/env node
// Lists the public functions and macros of Elixir 1.14 (and of the Erlang modules programs call
// most) that beamlet does not define: the names come from compiler/warnings/elixir_exports.ts
// (regenerated from real Elixir by scripts/regen-elixir-exports.exs); each is checked inside
// beamlet with function_exported?/macro_exported? after Code.ensure_loaded/1.
// Usage: node scripts/library-gaps.mjs [MODULE_PREFIX...]   (e.g. Keyword List :binary)
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = readFileSync(join(root, "compiler/warnings/elixir_exports.ts"), "utf8");
const entries = [...src.matchAll(/^ {2}"([^"]+)": \[(.*)\],?$/gm)].map(([, mod, list]) => [mod, JSON.parse(`[${list}]`)]);
const filters = process.argv.slice(2);
const wanted = entries.filter(([mod]) => filters.length === 0 || filters.some((f) => mod === f.replace(/^:/, "") || mod.startsWith(f.replace(/^:/, "") + ".")));

// The compiler's own modules and the implementation details of Elixir's tooling are not library.
const internal = /^(elixir|Kernel\.(CLI|ErrorHandler|LexicalTracker|ParallelCompiler|ParallelRequire|Typespec|Utils|SpecialForms)|Module\.(Types|LocalsTracker|ParallelChecker)|String\.(Tokenizer|Unicode|Break)|Code\.(Formatter|Identifier|Normalizer|Typespec)|Stream\.Reducers|Logger\.|Registry\.(Partition|Supervisor)|Task\.Supervised|IO\.ANSI\.(Docs|Sequence)|Version\.Parser|Record\.Extractor|Path\.Wildcard)/;
const wantedLibrary = filters.length > 0 ? wanted : wanted.filter(([mod]) => !internal.test(mod));
const lines = wantedLibrary.map(([mod, fas]) => `{${JSON.stringify(/^[a-z]/.test(mod) ? mod : "Elixir." + mod)}, ${JSON.stringify(mod)}, ${JSON.stringify(fas)}}`);
const program = `
for {m, name, fas} <- [${lines.join(",\n")}] do
  m = String.to_atom(m)
  loaded = match?({:module, _}, Code.ensure_loaded(m))
  arity = fn fa -> [f, a] = String.split(fa, ~r{/(?=\\d+$)}); {String.to_atom(f), String.to_integer(a)} end
  missing = for fa <- fas, {f, a} = arity.(fa), not (loaded and (function_exported?(m, f, a) or macro_exported?(m, f, a))), do: fa
  cond do
    not loaded -> IO.puts("#{name}: module missing (#{length(fas)})")
    missing == [] -> :ok
    true -> IO.puts("#{name}: " <> Enum.join(missing, " "))
  end
end
`;
const dir = mkdtempSync(join(tmpdir(), "gaps-"));
writeFileSync(join(dir, "gaps.exs"), program);
process.stdout.write(execFileSync(process.execPath, [join(root, "cli/bin.js"), "run", join(dir, "gaps.exs")], { encoding: "utf8", maxBuffer: 1 << 26 }));
