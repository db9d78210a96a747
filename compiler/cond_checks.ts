// What Elixir 1.14's expander checks of a cond's clauses before expanding them
// (elixir_expand's assert_no_underscore_clause_in_cond): it takes the last of the do-list with
// :lists.last/1, so an empty list fails there (FunctionClauseError), and a last clause `_ ->` is
// refused with a hint to write `true ->`.
import type { AstCall } from "../lang/ast.ts";
import { CompileError } from "../lang/compile_error.ts";
import { atom, charlist, list, tuple, Bin, Tuple, NIL, NIL_ATOM, type Term } from "../vm/terms.ts";
import { isCall, isVar, kwGet } from "./ast_util.ts";
import type { ExprCompiler } from "./expressions.ts";
import type { ModCtx } from "./context.ts";
import type { RawFrame } from "./expander_frames.ts";

const LISTS_LAST: RawFrame = ["lists", "last", 1, "lists.erl", 256, "stdlib 4.2"];

export function checkCondClauses(ec: ExprCompiler, a: AstCall, trace: "none" | undefined): void {
  const clauses = kwGet(a.args?.[0], "do");
  if (clauses?.t !== "list") return;
  const mod = ec.mod;
  if (clauses.items.length === 0) {
    const st = list([tuple(atom("lists"), atom("last"), list([NIL]), list([tuple(atom("file"), charlist("lists.erl")), tuple(atom("line"), 256)]))]);
    const banner = blamedBanner(mod.host, st);
    const err = new CompileError("CompileError", mod.codeFile(), a.meta.line ?? 0, null, banner);
    err.banner = banner;
    err.raised = [atom("error"), atom("function_clause"), st];
    err.expanderRaised = true;
    if (trace) err.trace = trace;
    err.at = a;
    // (the BEAM keeps 8 frames of a raise: one more than of a form_error, whose own elixir_errors
    // frame is dropped; the check's frame, pruned, stands for that one in the 7 the traces take)
    err.siteFrames = [LISTS_LAST];
    throw err;
  }
  const last = clauses.items[clauses.items.length - 1];
  if (!isCall(last, "->") || last.args?.length !== 2) return;
  const lhs = last.args[0];
  if (lhs.t === "list" && lhs.items.length === 1 && isVar(lhs.items[0]) && lhs.items[0].name === "_") {
    mod.error(`invalid use of _ inside "cond". If you want the last clause to always match, you probably meant to use: true ->`, last.meta.line ?? a.meta.line, trace, a, []);
  }
}

/** the uncaught function_clause error as Elixir's CLI prints it (blamed: the argument given
 *  listed), without its stack trace (its one frame, the last line), the expander's frames
 *  standing for it */
function blamedBanner(host: ModCtx["host"], st: Term): string {
  const r = host.callSync?.("beamlet_boot", "format_uncaught", [atom("error"), atom("function_clause"), st]);
  const text = r instanceof Tuple && r.items[0] === atom("ok") && r.items[1] instanceof Bin ? r.items[1].toString() : null;
  if (text === null) return "** (FunctionClauseError) no function clause matching in :lists.last/1";
  return text.slice(0, text.lastIndexOf("\n", text.length - 2));
}
