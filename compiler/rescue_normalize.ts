// Which stack trace a `rescue e in [...]` clause normalizes its Erlang error with, as Elixir 1.14's
// elixir_erl_try decides at compile time. The stack trace only matters to errors whose message is
// read from the failing call's error_info (badarg, a 2-tuple badkey, function_clause, undef,
// system_limit): without it, `rescue e in [ArgumentError, MatchError]` says just "argument error".
// 1.14 lists the clause's Erlang-mapped modules in reverse and takes the longest prefix of those
// that need the stack trace (lists:splitwith), so the order of the names matters.

/** modules whose Erlang errors a rescue clause names and matches by guard (elixir_erl_try) */
const ERLANG_MAPPED = new Set([
  "UndefinedFunctionError", "FunctionClauseError", "SystemLimitError", "ArithmeticError", "CondClauseError",
  "BadArityError", "BadFunctionError", "MatchError", "CaseClauseError", "WithClauseError", "TryClauseError",
  "BadStructError", "BadMapError", "BadBooleanError", "KeyError", "ArgumentError", "ErlangError",
].map((m) => `Elixir.${m}`));

/** the ones normalized with the stack trace (a bare variable or ErlangError: any of them) */
export const NEEDS_STACKTRACE = ["FunctionClauseError", "UndefinedFunctionError", "KeyError", "ArgumentError", "SystemLimitError"].map((m) => `Elixir.${m}`);

/** "always": normalize with the stack trace where any of NEEDS_STACKTRACE needs it (a bare variable, ErlangError, or only such modules,
 *  or no Erlang-mapped module at all: the exception is already a struct); "never": with [];
 *  else the modules whose Erlang errors get the stack trace, the others []. */
export function rescueStacktrace(mods: string[] | null): "always" | "never" | string[] {
  if (mods === null || mods.includes("Elixir.ErlangError")) return "always";
  const erlang = mods.filter((m) => ERLANG_MAPPED.has(m)).reverse();
  if (erlang.length === 0) return "always";
  let i = 0;
  while (i < erlang.length && NEEDS_STACKTRACE.includes(erlang[i])) i++;
  if (i === 0) return "never";
  if (i === erlang.length) return "always";
  return erlang.slice(0, i);
}
