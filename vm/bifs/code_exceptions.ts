// The exceptions Code and File raise that lib/ does not define (CompileError, File.CopyError, ...):
// their source, compiled into a node on first use by the compiler's side (vm/bifs/elixir_code.ts
// registers how), or precompiled into the library (the browser build, web/build/precompile_library.ts,
// where the compiler is fetched on first use and a File error must not wait for it).
import { Term, atom } from "../terms.ts";
import { raise, exception } from "../errors.ts";
import type { Node } from "../node.ts";
import { codeState } from "./code_options.ts";

// Elixir defines these in lib/exception.ex: a message/1 that fails (a SyntaxError without a file)
// names its line there in the stack trace, so each module's message/1 stands on Elixir's line.
export const EXCEPTIONS_FILE = "lib/exception.ex";
const PLACED: [line: number, text: string][] = [
  [915, `defmodule SyntaxError do
  defexception [:file, :line, :column, :snippet, description: "syntax error"]
  # (as in Elixir 1.14, a SyntaxError without a file fails in Path.relative_to_cwd/1)
  def message(e), do: :beamlet_code.error_message(%{e | file: Path.relative_to_cwd(e.file)})
end`],
  [944, `defmodule TokenMissingError do
  defexception [:file, :line, :snippet, :column, description: "expression is incomplete"]
  def message(e), do: :beamlet_code.error_message(%{e | file: e.file && Path.relative_to_cwd(e.file)})
end`],
  [954, `defmodule CompileError do
  defexception [:file, :line, description: "compile error"]
  def message(e), do: :beamlet_code.error_message(%{e | file: e.file && Path.relative_to_cwd(e.file)})
end
defmodule Code.LoadError do
  defexception [:file, :message, :reason]
end
defmodule File.CopyError do
  defexception [:reason, :source, :destination, on: "", action: ""]
  def message(e), do: :beamlet_code.error_message(%{e | reason: IO.iodata_to_binary(:file.format_error(e.reason))})
end
defmodule File.RenameError do
  defexception [:reason, :source, :destination, on: "", action: ""]
  def message(e), do: :beamlet_code.error_message(%{e | reason: IO.iodata_to_binary(:file.format_error(e.reason))})
end`],
];
export const EXCEPTIONS_SRC = PLACED.reduce((src, [line, text]) => src + "\n".repeat(line - 1 - (src.match(/\n/g)?.length ?? 0)) + text + "\n", "");
export const EXCEPTION_MODULES = [...EXCEPTIONS_SRC.matchAll(/^defmodule ([\w.]+) do$/gm)].map((m) => "Elixir." + m[1]);

let compileExceptions: ((n: Node) => void) | null = null;

/** how the exception modules are compiled (vm/bifs/elixir_code.ts, with the compiler) */
export function setExceptionCompiler(f: (n: Node) => void): void {
  compileExceptions = f;
}

/** the exception modules Code and File raise (not in lib/): compiled into the node on first use */
export function ensureExceptionModules(n: Node): void {
  const st = codeState(n);
  if (st.exceptionsLoaded) return;
  // (the library holds them: nothing to compile)
  if (EXCEPTION_MODULES.every((m) => n.code.modules.get(atom(m))?.hasCurrent)) {
    st.exceptionsLoaded = true;
    return;
  }
  if (compileExceptions === null) return;
  st.exceptionsLoaded = true;
  try {
    compileExceptions(n);
  } catch {
    /* the structs still work without their module; only inspect's field order differs */
  }
}

export function raiseException(n: Node, name: string, fields: Record<string, Term>): never {
  ensureExceptionModules(n);
  raise(exception(name, fields));
}
