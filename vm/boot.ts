// Booting a node: compile the standard library (lib/**/*.ex, given as sources by the host) and
// load it as preloaded modules; then scripts can run.
import { parse } from "../lang/parse.ts";
import { CompileError } from "../lang/compile_error.ts";
import type { Ast } from "../lang/ast.ts";
import { compileModules, compileScript, SCRIPT_MODULE } from "../compiler/compile.ts";
import type { CompilerHost } from "../compiler/context.ts";
import { blockItems, isCall, kwGet } from "../compiler/ast_util.ts";
import type { CompiledModule } from "./module.ts";
import type { LazyModule } from "./code_server.ts";
import { Node } from "./node.ts";
import { atom, Term, Tuple } from "./terms.ts";
import { HostWaitNeeded } from "./calls.ts";
import { lazyBifsPending } from "./bifs/registry.ts";
import "./bifs/index.ts";
import "./bifs/processes.ts";
import "./bifs/process_others.ts";
import "./bifs/beamlet_internal.ts";
import "./bifs/code_loading.ts";
import { installCompileErrorHook } from "./bifs/elixir_code.ts";
import "./bifs/files.ts";
import "./bifs/files_links.ts";
import "./bifs/macro.ts";
import "./bifs/nested_modules.ts";
import "./bifs/deprecated.ts";

export interface Source {
  path: string;
  text: string;
}

/** modules loaded while compiling (they define macros): loading them again later is a no-op */
export const aheadOfTime = new WeakSet<CompiledModule>();

/**
 * What a node's compilation in progress printed, not printed yet (its warnings, and the output of
 * lib/'s macros it ran): an attempt that has to wait for the host (a macro of lib/ called a BIF
 * the page fetches on first use) starts again and prints it again, so it is held until the
 * program's own code runs at compile time (from then on nothing waits: Node.callSync), or the
 * attempt ends.
 */
const compiling = new WeakMap<Node, { held: [1 | 2, string][] | null }>();

/** a compiler host backed by a node's loaded modules and the lib/use templates */
export function compilerHost(node: Node, useSources: Map<string, string>, extra?: Map<string, string[]>): CompilerHost {
  installCompileErrorHook(node);
  const templates = new Map<string, Ast | undefined>();
  return {
    warn(text: string) {
      const held = compiling.get(node)?.held;
      if (held) held.push([2, text]);
      else node.host.write(2, text);
    },
    compileAttempt<T>(f: () => T): T {
      // (a compilation inside another, by code run at compile time, is part of its attempt)
      if (compiling.has(node)) return f();
      // only while the host has code to load on first use (never in Node, which loads it all)
      const state: { held: [1 | 2, string][] | null } = { held: lazyBifsPending() ? [] : null };
      // from the first run of the program's own code on, nothing waits: output goes out at once
      const flush = () => {
        const held = state.held ?? [];
        state.held = null;
        node.heldCompileOutput = null;
        for (const [fd, text] of held) node.host.write(fd, text);
      };
      compiling.set(node, state);
      if (state.held) {
        const held = state.held;
        node.heldCompileOutput = (fd, text) => void held.push([fd, text]);
        node.beforeCompileTimeCode = flush;
      }
      try {
        const r = f();
        flush();
        return r;
      } catch (e) {
        // what it printed is printed again by the attempt after the wait
        if (!(e instanceof HostWaitNeeded)) flush();
        throw e;
      } finally {
        compiling.delete(node);
        node.beforeCompileTimeCode = null;
        node.heldCompileOutput = null;
      }
    },
    moduleExports(module: string) {
      const pending = extra?.get(module);
      if (pending) return pending;
      const v = node.code.current(atom(module));
      if (!v) return undefined;
      return v.functions.filter((f) => f.exported && !f.lambda && !f.name.startsWith("MACRO-")).map((f) => f.name + "/" + f.arity);
    },
    moduleMacros(module: string) {
      const v = node.code.current(atom(module)) ?? (node.code.ensureLoaded(atom(module)) ? node.code.current(atom(module)) : undefined);
      if (!v) return undefined;
      return v.functions.filter((f) => f.exported && f.name.startsWith("MACRO-")).map((f) => f.name.slice(6) + "/" + (f.arity - 1));
    },
    callSync(module: string, fun: string, args: Term[]) {
      return node.callSync(atom(module), atom(fun), args);
    },
    loadNow(compiled: CompiledModule) {
      const before = node.code.current(atom(compiled.name));
      if (before) replacedEarly.set(compiled, { loadedFrom: before.loadedFrom, preloaded: node.code.preloaded.has(atom(compiled.name)) });
      node.code.loadCompiled(compiled);
      if (compiled.name.startsWith("beamlet_")) return;
      aheadOfTime.add(compiled);
    },
    absPath(file: string) {
      if (file.startsWith("/") || file === "nofile" || file === "iex") return file;
      const cwd = node.host.cwd?.() ?? "";
      return cwd ? cwd.replace(/\/$/, "") + "/" + file.replace(/^\.\//, "") : file;
    },
    formatBanner(kind: Term, reason: Term, stacktrace: Term) {
      const r = node.callSync(atom("Elixir.Exception"), atom("format_banner"), [kind, reason, stacktrace]) as Tuple;
      return r.items[0] === atom("ok") ? String(r.items[1]) : "** (CompileError) a macro raised";
    },
    useTemplate(name: string) {
      if (templates.has(name)) return templates.get(name);
      const src = useSources.get(name);
      let body: Ast | undefined;
      if (src !== undefined) {
        const ast = parse(src, `lib/use/${name}.ex`);
        const mod = blockItems(ast).find((x) => isCall(x, "defmodule"));
        body = mod && isCall(mod) ? kwGet(mod.args![1], "do") : undefined;
      }
      templates.set(name, body);
      return body;
    },
  };
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

/** compile the library; returns the compiled modules (the caller may cache them) */
export function compileLibrary(node: Node, sources: Source[]): CompiledModule[] {
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
  for (const s of sources) {
    if (useSources.has(/([A-Za-z.]+)\.ex$/.exec(s.path)?.[1] ?? "") && s.path.includes("/use/")) continue;
    try {
      const ast = parse(s.text, s.path);
      out.push(...compileModules(ast, elixirSourcePath(s.path), host));
    } catch (e) {
      // a broken library file must not take every script down; say so on stderr
      if (e instanceof CompileError) node.host.write(2, `beamlet: skipping ${s.path}: ${e.header()}\n`);
      else throw e;
    }
  }
  return out;
}

/**
 * the version a module replaced when its compilation loaded it early (its macros are used by the
 * rest of the file): the redefinition warning, given once the module is loaded for good, names it
 */
export const replacedEarly = new WeakMap<CompiledModule, { loadedFrom: string | null; preloaded: boolean }>();

export function loadLibrary(node: Node, modules: CompiledModule[]): void {
  for (const m of modules) {
    const early = node.code.current(atom(m.name));
    if (aheadOfTime.has(m) && early?.compiled === m) {
      // loaded while the library compiled (its macros were needed): from its file all the same
      early.loadedFrom = m.file;
      node.code.preloaded.add(atom(m.name));
      continue;
    }
    const v = node.code.loadCompiled(m);
    v.loadedFrom = m.file;
    node.code.preloaded.add(atom(m.name));
  }
}

/** the library as modules decoded on first use (the browser build): each is loaded and preloaded
 *  from the start, but its bytecode is decoded when something first looks at it */
export function loadLibraryLazily(node: Node, modules: ({ name: string } & LazyModule)[]): void {
  for (const m of modules) {
    const a = atom(m.name);
    node.code.installLazy(a, { file: m.file, decode: m.decode, pending: m.pending, reaching: m.reaching });
    node.code.preloaded.add(a);
  }
}

export { compileScript, SCRIPT_MODULE };
