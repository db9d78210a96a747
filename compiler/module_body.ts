// A module body's code that is not a declaration (IO.puts, `x = ...`, `for` around defs, defs with
// unquote fragments) runs at compile time, as in Elixir: it is compiled into a temporary module
// and run on the node with the body's variables so far. Inside it, a def (or @attr) does not run:
// it hands its quoted form (unquote fragments evaluated) to the module compiler, which defines it
// at once (so Module.get_attribute later in the same loop sees an @attr set before it).
import type { Ast, AstCall } from "../lang/ast.ts";
import { Atom, Term, Tuple, atom, list, listToArray, tuple, charlist } from "../vm/terms.ts";
import type { ModCtx } from "./context.ts";
import { isCall, call, atomA, remote } from "./ast_util.ts";
import { someNode } from "./ast_walk.ts";
import { compileQuoteWith } from "./quote.ts";
import { termToAstOrError, valueAst, opaqueValue, opaqueValueAst, computedValueAst } from "./quoted.ts";
import { literalTerm } from "./literal_term.ts";
import { compileScript, snapshotCtx } from "./compile.ts";
import { HostWaitNeeded } from "../vm/calls.ts";
import { compileTimeError } from "./macros.ts";
import { CompileError } from "../lang/compile_error.ts";
import { valueOfDeclaration } from "./body_value.ts";
import { linkSources } from "./macro_expansions.ts";
import { noteRewritten } from "./written_node.ts";
import { TYPESPEC_ATTRIBUTES } from "./body_expansion.ts";
import { EVAL_EXPRS } from "../vm/erl_eval_frames.ts";

export const DEF_FORMS = new Set(["def", "defp", "defmacro", "defmacrop", "defdelegate", "defstruct", "defexception", "defoverridable", "defguard", "defguardp"]);
/** the definitions the code's compiler hands back (compiler/special_forms.ts) */
const LAZY_DEF_FORMS = new Set(["def", "defp", "defmacro", "defmacrop"]);

export { writtenNode } from "./written_node.ts";

/** who takes the definitions of the running body (a stack: bodies may nest) */
const collectors: ((t: Term) => Term)[] = [];
export function collectDefinition(t: Term): Term {
  return collectors[collectors.length - 1]?.(t) ?? atom("ok");
}

/** does this AST hold an unquote fragment (outside any quote)? */
export function hasUnquote(a: Ast | undefined): boolean {
  return someNode(a, (n) => {
    if (n.t !== "call") return undefined;
    if (n.name === "quote") return false;
    if (n.name === "unquote" || n.name === "unquote_splicing") return true;
    return undefined;
  });
}

/**
 * the AST with each call named by `unquote(:atom)` (the library's functions named as Elixir's
 * compiler names its inlined ones, :"-map/2-lists^map/1-0-") named by the atom; null when it
 * holds any other unquote fragment (those run at compile time)
 */
export function literalFragmentsNamed(a: Ast): Ast | null {
  let other = false;
  const walk = (n: Ast): Ast => {
    switch (n.t) {
      case "list": return { ...n, items: n.items.map(walk) };
      case "tuple": return { ...n, items: n.items.map(walk) };
      case "call": {
        if (n.name === "quote") return n;
        if (n.name === "unquote" || n.name === "unquote_splicing") { other = true; return n; }
        let name = n.name;
        if (typeof name !== "string") {
          const inner = name;
          if (inner.t === "call" && inner.name === "unquote" && inner.args?.length === 1 && inner.args[0].t === "atom") name = inner.args[0].v;
          else name = walk(inner);
        }
        return { ...n, name, args: n.args && n.args.map(walk) };
      }
      default: return n;
    }
  };
  const out = walk(a);
  return other ? null : out;
}

/** does this AST read one of these variables? */
export function usesVars(a: Ast | undefined, names: Set<string>): boolean {
  if (names.size === 0) return false;
  return someNode(a, (n) => (n.t === "call" && n.args === null && typeof n.name === "string" ? names.has(n.name) : undefined));
}

let tempBodies = 0;
/** the entry of a call the compiler makes on the node (vm/run_nested.ts) */
const A_SYNC_CALL = atom("beamlet_sync_call");

/** the errors of module-body code that raised: their stack trace is the body's (bodyStack) */
const bodyFailures = new WeakSet<object>();

/** did a module body's code raise `e` (its stack trace in e.expansionStack, down to the body)? */
export function isModuleBodyFailure(e: object): boolean {
  return bodyFailures.has(e);
}

export class ModuleBody {
  /** the definitions in the body's code, as written (their quoted forms come back as terms) */
  private defSources: AstCall[] = [];
  /**
   * while the code a @before_compile macro gave runs: that hook. Elixir evaluates such code (erl_eval,
   * not a compiled body), and an error raised in it shows the evaluation's frames down to
   * :elixir.eval_forms/3, then in their place the hook's, {M, :__before_compile__, 1} at the
   * module's line of the module's (absolute) file; `later`: expressions of that code come after
   * the one running (erl_eval evaluates it in exprs/6)
   */
  hook: { frame: Term; later: boolean } | null = null;

  /** compilerIndex: the N of the :elixir_compiler_N Elixir runs this body as */
  constructor(readonly ctx: ModCtx, private bindings: [string, Term][] = [], private compilerIndex = 0) {}

  /** the frame of this body, where it is at `line`, as Elixir's stack traces show it: (module) */
  private frame(line: number): Term {
    return tuple(atom(`elixir_compiler_${this.compilerIndex}`), atom("__MODULE__"), 1, list([tuple(atom("file"), charlist(this.ctx.file)), tuple(atom("line"), line)]));
  }

  /** compile a module defined in this body (at `line`): when its body raises, the trace goes on
   *  with this body's frame, as Elixir's does */
  definingModule<T>(line: number, compile: () => T): T {
    try {
      const host = this.ctx.host;
      return host.definingInBody ? host.definingInBody(this.compilerIndex, this.ctx.file, line, compile) : compile();
    } catch (e) {
      if (e instanceof CompileError && bodyFailures.has(e)) {
        const frames = listToArray(e.expansionStack as Term) ?? [];
        if (frames.length < 8) e.expansionStack = list([...frames, this.frame(line)]);
      }
      throw e;
    }
  }

  /**
   * the stack trace of an error raised by the body's code: its frames
   * as Elixir's (the body as :elixir_compiler_N.__MODULE__/1, see CompiledModule.frameAs), down to
   * the body's own frame; what ran the body is not shown
   */
  private bodyStack(st: Term): Term {
    const frames = listToArray(st) ?? [];
    const own = frames.findIndex((f) => f instanceof Tuple && f.items[0] === atom(`elixir_compiler_${this.compilerIndex}`) && f.items[1] === atom("__MODULE__"));
    return list(own >= 0 ? frames.slice(0, own + 1) : frames);
  }

  /** the stack trace of an error raised by a hook's code: the evaluation's frames (the BEAM's 8 at
   *  most), the hook's below them */
  private hookStack(st: Term, hook: { frame: Term; later: boolean }): Term {
    const frames = listToArray(st) ?? [];
    const entry = frames.findIndex((f) => f instanceof Tuple && f.items[0] === A_SYNC_CALL);
    const evaluated = [...(entry >= 0 ? frames.slice(0, entry) : frames), ...(hook.later ? [EVAL_EXPRS] : [])];
    return list([...evaluated.slice(0, 8), hook.frame]);
  }

  /** the body's variables so far (a module defined in the body reads them too) */
  current(): [string, Term][] {
    return this.bindings;
  }

  names(): Set<string> {
    return new Set(this.bindings.map(([n]) => n));
  }

  /**
   * def/@attr inside the code -> calls that hand their quoted form to the compiler. A def (defp,
   * defmacro, defmacrop) is left for the compiler of the code, which hands it back (definition)
   * where it meets it: quoted there, it sees the aliases and imports in force around it (an
   * `import` in the `for` or `if` block holding it).
   */
  rewrite(a: Ast): Ast {
    const out = this.rewritten(a);
    noteRewritten(out, a);
    return out;
  }

  private rewritten(a: Ast): Ast {
    switch (a.t) {
      case "list": return { t: "list", items: a.items.map((x) => this.rewrite(x)) };
      case "tuple": return { ...a, items: a.items.map((x) => this.rewrite(x)) };
      case "call": break;
      default: return a;
    }
    const name = a.name;
    if (name === "quote" || name === "fn") return a;
    if (typeof name === "string" && LAZY_DEF_FORMS.has(name) && a.args) return a;
    if (typeof name === "string" && DEF_FORMS.has(name) && a.args) return this.definition(a, this.ctx);
    if (name === "@" && a.args?.length === 1 && isCall(a.args[0]) && typeof a.args[0].name === "string" && a.args[0].args?.length === 1) {
      const attr = a.args[0] as AstCall;
      // (a typespec is no value: Kernel.@ hands it quoted, its unquote fragments evaluated)
      if (TYPESPEC_ATTRIBUTES.has(attr.name as string)) return remote("beamlet", "module_body_attribute", [atomA(attr.name as string), compileQuoteWith(attr.args![0], this.ctx, "nil", true)]);
      return remote("beamlet", "module_body_attribute", [atomA(attr.name as string), this.rewrite(attr.args![0])]);
    }
    return { ...a, name: typeof name === "string" ? name : this.rewrite(name), args: a.args === null ? null : a.args.map((x) => this.rewrite(x)) };
  }

  /** the call handing definition `a` to the module compiler, quoted with the directives of `at` */
  definition(a: AstCall, at: ModCtx): Ast {
    if (LAZY_DEF_FORMS.has(a.name as string)) this.defSources.push(a);
    return remote("beamlet", "module_body_define", [compileQuoteWith(a, at, "nil", true)]);
  }

  /** raise `reason` (an exception) as the body's code would at `line`, called from `frames` (the
   *  library's, innermost first) */
  fail(reason: Term, frames: Term[], line: number): never {
    const err = compileTimeError(this.ctx, line, tuple(atom("error"), atom("error"), reason, list(frames)), "");
    err.expansionStack = list([...frames, this.frame(line)]);
    bodyFailures.add(err);
    throw err;
  }

  /**
   * Elixir expands a module's whole body before any of it runs: an expansion error in its code
   * (an undefined function, a struct not defined yet, a macro of this very module, a module the
   * body defines required) is raised before the body's earlier code has printed anything. The
   * body is run piece by piece here, so `code` (its code and the directives and defmodules among
   * it, in order) is compiled once first, quietly and without running, to raise such an error
   * in time. Only a CompileError comes out of it: anything else is left to the real run.
   */
  expandAhead(code: Ast[], line: number): void {
    const ctx = this.ctx;
    if (code.length === 0 || !ctx.host.callSync || !ctx.host.loadNow) return;
    // (its warnings are the real run's, printed when the code is compiled again; but when the
    // expansion fails, those before the error are Elixir's too)
    const warnings: string[] = [];
    const quiet: typeof ctx.host = Object.create(ctx.host, { warn: { value: (text: string) => void warnings.push(text) }, placeDefinitionWarnings: { value: false } });
    const from = snapshotCtx(ctx);
    (from as { host: typeof ctx.host }).host = quiet;
    // (the macros it expands are not run again by the real run: compiler/macros.ts)
    from.recordExpansions = true;
    try {
      compileScript(call("__block__", code.map((x) => this.rewrite(x)), { line }), ctx.file, quiet, this.bindings.map(([n]) => n), {
        returnBindings: true, from, bodyOf: `elixir_compiler_${this.compilerIndex}`, bodyDefinition: (a, at) => (LAZY_DEF_FORMS.has(a.name as string) ? this.definition(a, at) : this.rewrite(a)),
      });
    } catch (e) {
      if (e instanceof CompileError && !/internal compiler error|too deeply nested/.test(e.message)) {
        for (const w of warnings) ctx.host.warn?.(w);
        throw e;
      }
      if (e instanceof HostWaitNeeded) throw e;
    }
  }

  /** run `code` now, giving its value; each definition it makes goes to `define` as an AST, when it is made */
  run(code: Ast, line: number, define: (a: Ast) => void): Term {
    const ctx = this.ctx;
    if (!ctx.host.callSync || !ctx.host.loadNow) return atom("nil");
    const r = this.execute(code, line, this.bindings, define);
    if (r.items[0] !== atom("ok")) {
      const err = compileTimeError(ctx, line, r, "");
      err.expansionStack = this.hook ? this.hookStack(r.items[3], this.hook) : this.bodyStack(r.items[3]);
      bodyFailures.add(err);
      throw err;
    }
    const [value, kw] = (r.items[1] as Tuple).items;
    this.bindings = (listToArray(kw) ?? []).map((x) => [((x as Tuple).items[0] as Atom).name, (x as Tuple).items[1]]);
    return value;
  }

  /**
   * Module.eval_quoted's code, run now in this body (its definitions and attributes go to the
   * module) with its own binding, not the body's: {:ok, {value, binding}} or {:error, kind,
   * reason, stacktrace} as it failed
   */
  evalQuoted(code: Ast, line: number, binding: [string, Term][], define: (a: Ast) => void): Tuple {
    return this.execute(code, line, binding, define);
  }

  private execute(code: Ast, line: number, bindings: [string, Term][], define: (a: Ast) => void): Tuple {
    const ctx = this.ctx;
    const host = ctx.host;
    const names = bindings.map(([n]) => n);
    const compiled = compileScript(call("__block__", [this.rewrite(code)], { line }), ctx.file, host, names, {
      returnBindings: true, from: ctx, bodyOf: `elixir_compiler_${this.compilerIndex}`, bodyDefinition: (a, at) => (LAZY_DEF_FORMS.has(a.name as string) ? this.definition(a, at) : this.rewrite(a)),
      ...(this.hook ? { evaluated: true } : {}),
    });
    compiled.name = `beamlet_body_${++tempBodies}`;
    if (!this.hook) compiled.frameAs = { module: `elixir_compiler_${this.compilerIndex}`, fun: "__MODULE__", arity: 1 };
    // (Elixir's body module answers __RELATIVE__/0: its funs inspect naming the file)
    const relative = host.relativePath?.(ctx.file);
    if (relative !== undefined) compiled.relativeFile = relative;
    host.loadNow!(compiled);
    // a definition the compiler refuses ends the body once it has stopped running (a compile
    // error must not unwind through the VM)
    let refused: unknown = null;
    collectors.push((t) => {
      if (refused) return atom("ok");
      try {
        const a = this.definitionAst(t, line);
        define(a);
        // (defstruct gives the struct it stored as the module's @__struct__)
        const struct = isCall(a, "defstruct") ? ctx.attrs.get("__struct__") : undefined;
        if (struct !== undefined) return opaqueValue(struct) ?? literalTerm(struct) ?? atom("ok");
        return isCall(a) && typeof a.name === "string" ? valueOfDeclaration(a.name, a.args ?? [])() : atom("ok");
      } catch (e) {
        refused = e;
        return atom("ok");
      }
    });
    let r: Tuple;
    try {
      r = host.callSync!(compiled.name, "__script__", bindings.map(([, v]) => v)) as Tuple;
    } finally {
      collectors.pop();
    }
    if (refused) throw refused;
    return r;
  }

  private definitionAst(t: Term, line: number): Ast {
    const ctx = this.ctx;
    const [tag, a, b] = (t as Tuple).items;
    if (tag === atom("def")) {
      const made = termToAstOrError(a, ctx.file, line);
      // (the definition as written in the code, of its line and kind: the warnings' walk finds
      // what the macro calls in it expanded to through the calls written there)
      const source = this.defSources.find((d) => isCall(made, d.name as string) && d.meta.line === made.meta.line);
      if (source) linkSources(made, source);
      return made;
    }
    if (TYPESPEC_ATTRIBUTES.has((a as Atom).name)) return call("@", [call((a as Atom).name, [termToAstOrError(b, ctx.file, line)], { line })], { line });
    const spelled = valueAst(b);
    const value = spelled ? computedValueAst(spelled) : opaqueValueAst(b);
    return call("@", [call((a as Atom).name, [value], { line })], { line });
  }
}
