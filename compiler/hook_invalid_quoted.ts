// A @before_compile hook whose code holds a term that is no quoted code (a map or a 4-tuple not
// escaped). Elixir expands the hook's result (elixir_dispatch:expand_quoted) before evaluating it:
// a term outside any definition is refused there, under `expanding macro` frames. Inside a def,
// Kernel.def escapes its head and body, so the term is met only when erl_eval runs that def's
// call and elixir_def:store_definition/10 expands it: the expander's frames down to there, erl_eval's,
// then (in place of :elixir.eval_forms/3 and below) the hook's own frame.
import type { Ast, AstCall } from "../lang/ast.ts";
import { CompileError, formatElixirFrames, type ElixirFrame } from "../lang/compile_error.ts";
import { list, type Term } from "../vm/terms.ts";
import { codeFrame } from "../vm/code_frame.ts";
import type { ModCtx } from "./context.ts";
import { isCall } from "./ast_util.ts";
import { pathTo, evalExpansionFrames } from "./expander_frames.ts";
import { invalidQuotedError, invalidQuotedTerm, termToAstMarkingInvalid } from "./quoted.ts";
import { isElixirModule } from "./macro_expansions.ts";

const DEFINITIONS = new Set(["def", "defp", "defmacro", "defmacrop"]);

/** where the hook runs: its module and function, the defmodule's line, its (absolute) file */
export interface HookSite { module: string; fun: string; line: number; file: string }

/** the error's frames must read as a macro's (compiler/macros.ts keeps that set); the terms of
 *  an expansion's frames (compiler/macros.ts expansionFrames) */
type NoteFailure = (e: CompileError) => void;
type ExpansionTerms = () => Term[];

/** the code a hook macro gave, as an AST; a term outside any definition raises as Elixir's
 *  expansion of it does, the ones inside a definition are left as placeholders (hookItemCheck) */
export function hookCodeAst(mod: ModCtx, expanded: Term, site: HookSite, note: NoteFailure, expansionTerms: ExpansionTerms): Ast {
  const { ast, invalid } = termToAstMarkingInvalid(expanded, site.line, true);
  const outside = invalid.find((x) => !inDefinition(pathTo(ast, x)));
  if (outside === undefined) return ast;
  const err = invalidQuotedError(invalidQuotedTerm(outside)!, mod.file, site.line);
  const frames: ElixirFrame[] = [[site.module, site.fun, 1, "expanding macro", 0, isElixirModule(site.module) ? undefined : ""], [mod.name, "__MODULE__", 0, mod.file, site.line]];
  err.banner = `** (CompileError) ${mod.file}: ${err.description}\n${formatElixirFrames(frames).trimEnd()}`;
  // (the expander's frames down to it, then the hook's expansion in place of dispatch's)
  const above = (evalExpansionFrames(ast, outside, [], isMacroOf(mod)) ?? []).slice(0, 7);
  err.expansionStack = list([...above.map(([m, f, a, file, line]) => codeFrame(m, f, a, file, line)), ...expansionTerms()].slice(0, 8));
  note(err);
  throw err;
}

const isMacroOf = (mod: ModCtx) => (m: string, f: string, a: number): boolean => !!mod.host.moduleMacros?.(m)?.includes(`${f}/${a}`);

/** is the last node of the path inside the head or body of a definition on it? */
function inDefinition(path: Ast[] | null): boolean {
  return !!path && path.slice(0, -1).some((p) => isCall(p) && typeof p.name === "string" && DEFINITIONS.has(p.name) && p.args !== null);
}

/**
 * An item of the hook's code (a def) about to be evaluated: when it holds a placeholder, the
 * CompileError elixir_def raises as it stores that definition. `later`: items follow it (erl_eval
 * evaluates it from exprs/6, a frame more).
 */
export function hookItemCheck(mod: ModCtx, item: Ast, site: HookSite, later: boolean, note: NoteFailure): void {
  const path = firstPlaceholder(item);
  if (!path) return;
  const target = path[path.length - 1];
  const err = invalidQuotedError(invalidQuotedTerm(target)!, mod.file, site.line);
  const def = path.find((p): p is AstCall => isCall(p) && typeof p.name === "string" && DEFINITIONS.has(p.name));
  const head = def?.args?.[0];
  const body = doBody(def?.args?.[1]);
  let above: ElixirFrame[] | null = null;
  let clauseLine = 37;
  if (body && path.includes(body)) above = evalExpansionFrames(body, target, [], isMacroOf(mod));
  else if (head && path.includes(head)) {
    // (an argument of the head: elixir_clauses:def/3 expands them with expand_args/3)
    const call = isCall(head, "when") ? head.args?.[0] : head;
    if (isCall(call) && call.args?.includes(target)) above = [["elixir_expand", "expand_args", 3, "src/elixir_expand.erl", 622]];
    clauseLine = 35;
  }
  const frames: ElixirFrame[] = [
    ...(above ?? []),
    ["elixir_clauses", "def", 3, "src/elixir_clauses.erl", clauseLine],
    ["elixir_def", "-store_definition/10-lc$^0/1-0-", 3, "src/elixir_def.erl", 197],
    ["elixir_def", "store_definition", 10, "src/elixir_def.erl", 198],
    ["erl_eval", "do_apply", 7, "erl_eval.erl", 744, "stdlib 4.2"],
    ...(later ? [["erl_eval", "exprs", 6, "erl_eval.erl", 136, "stdlib 4.2"] as ElixirFrame] : []),
  ];
  // (the BEAM's 8 frames, elixir_errors' own left out; the hook's in place of eval_forms')
  const shown: ElixirFrame[] = [...frames.slice(0, 7), [site.module, site.fun, 1, site.file, site.line, ""]];
  err.banner = `** (CompileError) ${mod.file}: ${err.description}\n${formatElixirFrames(shown).trimEnd()}`;
  err.expansionStack = list(shown.map(([m, f, a, file, line]) => codeFrame(m, f, a, file, line)));
  note(err);
  throw err;
}

/** the path (root first) to the first placeholder in the code, depth first as it is expanded */
function firstPlaceholder(root: Ast): Ast[] | null {
  const kidsOf = (n: Ast): Ast[] => n.t === "call" ? [...(typeof n.name === "string" ? [] : [n.name]), ...(n.args ?? [])]
    : n.t === "list" || n.t === "tuple" ? n.items : [];
  const stack: Ast[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (invalidQuotedTerm(n) !== undefined) return pathTo(root, n);
    const kids = kidsOf(n);
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]);
  }
  return null;
}

/** the body of a keyword list holding only `do:` */
function doBody(kw: Ast | undefined): Ast | null {
  if (kw?.t !== "list" || kw.items.length !== 1) return null;
  const pair = kw.items[0];
  if (pair.t !== "tuple" || pair.items.length !== 2 || pair.items[0].t !== "atom" || pair.items[0].v !== "do") return null;
  return pair.items[1];
}

