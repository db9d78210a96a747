// Booting a node: compile the standard library (lib/**/*.ex, given as sources by the host) and
// load it as preloaded modules; then scripts can run.
import { parse } from "../lang/parse.ts";
import { CompileError } from "../lang/compile_error.ts";
import { compileModules, compileScript, SCRIPT_MODULE } from "../compiler/compile.ts";
import type { CompiledModule } from "./module.ts";
import { Node, type LibraryPlacement } from "./node.ts";
import { atom } from "./terms.ts";
import { compilerHost } from "./compiler_host.ts";
import { installCompiled } from "./early_loads.ts";
import { declareSystemProcesses } from "./system_processes.ts";
import type { CompilerHost } from "../compiler/context.ts";
import "./bifs/index.ts";
import "./bifs/processes.ts";
import "./bifs/process_others.ts";
import "./bifs/beamlet_internal.ts";
import "./bifs/code_loading.ts";
import "./bifs/code_admin.ts";
import "./bifs/object_code_chunks.ts";
import "./bifs/elixir_code.ts";
import "./bifs/eval_map_update.ts";
import "./bifs/code_paths.ts";
import "./bifs/files.ts";
import "./bifs/files_links.ts";
import "./bifs/macro.ts";
import "./bifs/code_format.ts";
import "./bifs/nested_modules.ts";
import "./bifs/file_modules.ts";
import "./bifs/deprecated.ts";

export interface Source {
  path: string;
  text: string;
}

/** Elixir's own modules kept in lib/otp/ here: their frames name the file Elixir has them in */
const ELIXIR_LIB_FILES = new Set(["agent", "application", "dynamic_supervisor", "gen_server", "partition_supervisor", "process", "registry", "supervisor", "task"]);

/** library sources whose modules Elixir keeps in another file (the protocol and its impls) */
const ELIXIR_FILE_OF: Record<string, string> = { "lib/enumerable.ex": "lib/enum.ex", "lib/string_chars.ex": "lib/string/chars.ex", "lib/list_chars.ex": "lib/list/chars.ex" };

/** the file a library source's frames name: `lib/otp/process.ex` is Elixir's `lib/process.ex` */
function elixirSourcePath(path: string): string {
  if (ELIXIR_FILE_OF[path]) return ELIXIR_FILE_OF[path];
  const m = /^lib\/otp\/(\w+)\.ex$/.exec(path);
  return m && ELIXIR_LIB_FILES.has(m[1]) ? `lib/${m[1]}.ex` : path;
}

/** compile the library; returns the compiled modules (the caller may cache them). `placement`:
 *  where Elixir's own source has each module and definition (compiler/library_def_lines.ts; the
 *  node's compile passes it, so that the browser's build carries no such table) */
export function compileLibrary(node: Node, sources: Source[], placement?: LibraryPlacement): CompiledModule[] {
  const useSources = new Map<string, string>();
  for (const s of sources) {
    const m = /(?:^|\/)use\/([A-Za-z.]+)\.ex$/.exec(s.path);
    if (m) useSources.set(m[1], s.text);
  }
  // exports of every lib module, known before any is compiled (lib modules call each other)
  const pending = new Map<string, string[]>();
  const out: CompiledModule[] = [];
  const host = compilerHost(node, useSources, pending);
  host.lenient = true;
  placeLibrary(host, placement);
  for (const s of sources) {
    if (useSources.has(/([A-Za-z.]+)\.ex$/.exec(s.path)?.[1] ?? "") && s.path.includes("/use/")) continue;
    try {
      const ast = parse(s.text, s.path);
      out.push(...withLibraryFunUniq(compileModules(ast, elixirSourcePath(s.path), host), placement));
    } catch (e) {
      // a broken library file must not take every script down; say so on stderr
      if (e instanceof CompileError) node.host.write(2, `beamlet: skipping ${s.path}: ${e.header()}\n`);
      else throw e;
    }
  }
  return out;
}

/** compile the REPL's IEx.Helpers, IEx and IEx.Info (cli/repl/helpers.ex) as library modules: their
 *  frames name iex's files and lines where `placement` knows them (lib/iex/helpers.ex:752 for ls/1) */
export function compileReplHelpers(node: Node, src: { file: string; text: string; placement?: LibraryPlacement }): CompiledModule[] {
  const host = compilerHost(node, node.host.useSources?.() ?? new Map());
  host.lenient = true;
  placeLibrary(host, src.placement);
  return withLibraryFunUniq(compileModules(parse(src.text, src.file), src.file, host), src.placement);
}

/** the library's definitions and funs placed where Elixir's own stand (compiler/library_def_lines.ts, library_funs.ts) */
function placeLibrary(host: CompilerHost, placement: LibraryPlacement | undefined): void {
  host.libraryDefLine = placement?.libraryDefLine;
  host.libraryCallLines = placement?.libraryCallLines;
  host.libraryModuleFile = placement?.libraryModuleFile;
  host.libraryFunIndex = placement?.libraryFunIndex;
  host.libraryFunsEnd = placement?.libraryFunsEnd;
}

/** library modules' funs with the uniq of Elixir's module's funs */
function withLibraryFunUniq(modules: CompiledModule[], placement: LibraryPlacement | undefined): CompiledModule[] {
  for (const m of modules) {
    const uniq = placement?.libraryFunUniq?.(m.name);
    if (uniq !== undefined) m.funUniq = uniq;
  }
  return modules;
}

export function loadLibrary(node: Node, modules: CompiledModule[]): void {
  for (const m of modules) {
    // (one loaded while the library compiled, its macros needed, is from its file all the same)
    const v = installCompiled(node.code, m);
    v.loadedFrom = m.file;
    node.code.preloaded.add(atom(m.name));
  }
  declareSystemProcesses(node);
}

export { compileScript, SCRIPT_MODULE };
export { compilerHost } from "./compiler_host.ts";
export { loadLibraryLazily } from "./lazy_library.ts";
