// The compiler's host on a node: what the compiler asks of the node while it compiles (modules'
// exports and macros, compile-time code run in a process, modules loaded early, the lib/use
// templates, warnings held while an attempt may start again). Apart from vm/boot.ts (which
// compiles the library at boot) so that the browser build fetches it with the compiler.
import { nextCompilerModule } from "./held_compiler_modules.ts";
import { parse } from "../lang/parse.ts";
import type { Ast } from "../lang/ast.ts";
import type { CompilerHost } from "../compiler/context.ts";
import { blockItems, isCall, kwGet } from "../compiler/ast_util.ts";
import type { CompiledModule } from "./module.ts";
import type { Node } from "./node.ts";
import { atom, Bin, Term, Tuple } from "./terms.ts";
import { deprecatedOf } from "./deprecated_functions.ts";
import { HostWaitNeeded } from "./calls.ts";
import { lazyBifsPending } from "./bifs/registry.ts";
import { installCompileErrorHook } from "./bifs/elixir_code.ts";
import { loadEarly } from "./early_loads.ts";
import { codeState } from "./bifs/code_options.ts";
import { bifExports } from "./code_server.ts";


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
      // a module on the code path not loaded yet (a project's lib/ module a test file calls first)
      // is available, as Elixir's checker finds it from its .beam file
      const v = node.code.current(atom(module)) ?? (node.code.ensureLoaded(atom(module)) ? node.code.current(atom(module)) : undefined);
      if (!v) return undefined;
      // with the BIFs beside a library module's code (:global.register_name/2 beside its locks)
      return [
        ...v.functions.filter((f) => f.exported && !f.lambda && !f.name.startsWith("MACRO-")).map((f) => f.name + "/" + f.arity),
        ...bifExports(v).map(([n, a]) => n + "/" + a),
      ];
    },
    moduleDeprecation(module: string, fun: string, arity: number) {
      const v = node.code.current(atom(module));
      const hit = v && deprecatedOf(v.compiled).find(([n, a]) => n === fun && a === arity);
      return hit && hit[2] instanceof Bin ? `${module.replace(/^Elixir\./, "")}.${fun}/${arity} is deprecated. ${hit[2].toString()}` : undefined;
    },
    moduleMacros(module: string) {
      const v = node.code.current(atom(module)) ?? (node.code.ensureLoaded(atom(module)) ? node.code.current(atom(module)) : undefined);
      if (!v) return undefined;
      return v.functions.filter((f) => f.exported && f.name.startsWith("MACRO-")).map((f) => f.name.slice(6) + "/" + (f.arity - 1));
    },
    callSync(module: string, fun: string, args: Term[]) {
      return node.callSync(atom(module), atom(fun), args);
    },
    definingInBody<T>(index: number, file: string, line: number, compile: () => T): T {
      const p = node.compilingProcess();
      if (p === null) return compile();
      const before = p.definingBody;
      p.definingBody = { inBody: { index, file, line }, outer: before };
      try {
        return compile();
      } finally {
        p.definingBody = before;
      }
    },
    nextCompilerModule() {
      const p = node.compilingProcess();
      return p === null ? node.scriptNames.freeBodyIndex() : nextCompilerModule(node, p);
    },
    loadNow(compiled: CompiledModule) {
      loadEarly(node.code, compiled);
    },
    // (Path.relative_to_cwd: a file inside the current directory by its relative name, as Elixir's
    // caller frames and warnings name code evaluated with an absolute `file:`)
    relativePath(file: string) {
      const cwd = (node.host.cwd?.() ?? "").replace(/\/$/, "");
      return cwd && file.startsWith(cwd + "/") ? file.slice(cwd.length + 1) : file;
    },
    absPath(file: string) {
      const given = codeState(node).sourceEnvFiles.get(file);
      if (given !== undefined) return given;
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


