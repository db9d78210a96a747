// The frames under a CompileError for what a guard may not hold (`=`, a remote or local call) in a fn's,
// a case's, a receive's or a with's clause. Elixir 1.14 raises it deep in its expander, and of
// the BEAM's 8 frames only the construct's own can show once Kernel.CLI prunes the expander's:
// a fn's elixir_fn transformer, then lists:mapfoldl_1 over a case's or fn's clauses, or over
// a with's steps (a later step shows its recursion too). `=` is refused one frame deeper than a
// call, so one frame fewer shows; in match?'s pattern, Kernel.match?/2's expansion shows, under
// the mapfoldl over its clauses when the guard is the call itself. Read from elixir 1.14 (a def's own head is defGuardError's).
import type { Ast } from "../lang/ast.ts";
import { CompileError, type ElixirFrame } from "../lang/compile_error.ts";
import { MATCH_IN_GUARD } from "./guard_calls.ts";
import { enclosingGuardMacros } from "./guard_macro_frames.ts";
import { LISTS_MAPFOLDL } from "./expander_frames.ts";

export type GuardSite = "fn" | "case" | { match: number } | { with: number };

/** the guard of match?(pattern when guard, expr)'s pattern -> the match?'s line: Kernel.match?/2's
 *  expansion shows */
export const matchGuards = new WeakMap<object, number>();

const MATCH_MACRO: ElixirFrame = ["Elixir.Kernel", "match?", 2, "expanding macro", 0];

/** a with's `pattern when guard <- expr` step: its guard, and the step's index among the with's */
export const withStepGuards = new WeakMap<object, number>();

/** a comprehension generator's guard, run as a filter (comprehensions.ts): the filter's code ->
 *  the guard, checked first as a clause's guard is (Elixir expands it as one) */
export const generatorGuards = new WeakMap<object, Ast>();

const FN_TRANSFORMER: ElixirFrame = ["elixir_fn", "-expand/4-fun-0-", 4, "src/elixir_fn.erl", 17, "elixir 1.14.0"];

/** (null: none of them shows; `below`: how deep in calls the failing form is) */
function siteFrames(site: GuardSite, match: boolean, below: number): ElixirFrame[] | null {
  if (site === "fn") return match ? [FN_TRANSFORMER] : [FN_TRANSFORMER, LISTS_MAPFOLDL(1462)];
  if (site === "case") return match ? null : [LISTS_MAPFOLDL(1462)];
  // (its case's clauses are expanded inside the macro's expansion, whose frame is the last shown;
  // the mapfoldl over them shows above it when the guard itself is the failing call)
  if ("match" in site) return match || below > 0 ? [MATCH_MACRO] : [LISTS_MAPFOLDL(1462), MATCH_MACRO];
  return match || site.with === 0 ? [LISTS_MAPFOLDL(1462)] : [LISTS_MAPFOLDL(1462), LISTS_MAPFOLDL(1463)];
}

/** e with the frames of the guard's site, when it is such an error, the guard itself (not a call
 *  around it) is the failing form, and no guard macro (and/2, or/2...) is around it (those show
 *  their own expansion) */
export function guardSiteError(e: unknown, guard: Ast, site: GuardSite): unknown {
  if (!(e instanceof CompileError) || e.kind !== "CompileError" || e.trace !== "none" || e.banner !== undefined) return e;
  const match = e.description === MATCH_IN_GUARD;
  if (!match && !/^cannot invoke remote function .* inside guards$|^cannot find or invoke local .* inside guards\. |^cannot use map\/struct update syntax in guard/.test(e.description)) return e;
  const found = enclosingGuardMacros(guard, e.description);
  // (nested in a call's arguments, the expander's own frames for them push the site's out)
  // (match?'s own frame is the last of the 8: it shows however deep the call is)
  if (found === null || found.macros.length > 0 || (found.below > 0 && !(typeof site === "object" && "match" in site))) return e;
  e.trace = siteFrames(site, match, found.below) ?? e.trace;
  return e;
}

/** the frames that follow the guard macros' own (defGuardError's) at a site: match?'s expansion
 *  and its caller, when the BEAM's 8 frames reach them; a case's or a fn's are pruned */
export function siteMacroFrames(site: GuardSite, own: (line: number) => ElixirFrame): ElixirFrame[] {
  return typeof site === "object" && "match" in site ? [MATCH_MACRO, own(site.match)] : [];
}
