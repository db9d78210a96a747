// "warning: the call to +/2 will fail with ArithmeticError": OTP's compiler evaluates a pure BIF
// whose arguments are all constants (after folding and propagation, compiler/constants.ts) and
// reports the ones that fail; Elixir 1.14 words it with the Elixir name of the call and the
// exception the error becomes. The line is the call's, with no function named after it.
import type { Term } from "../vm/terms.ts";
import { Atom, Tuple } from "../vm/terms.ts";
import { evaluateOrFail } from "./constants.ts";
import { elixirNameOf } from "../vm/elixir_inlines.ts";
import { KERNEL_NAME, OTHER_PURE_ERLANG } from "./pure_bifs.ts";

/** the :lists functions OTP's compiler treats as the :erlang operators they are */
export const LISTS_AS_ERLANG: Record<string, string> = { "append/2": "++", "subtract/2": "--" };

const EXCEPTION: Record<string, string> = { badarith: "ArithmeticError", badarg: "ArgumentError", system_limit: "SystemLimitError" };

// `{:badkey, k}` and `{:badmap, t}` from map_get/2 and is_map_key/2
function tupleException(reason: Term): string | undefined {
  if (!(reason instanceof Tuple) || reason.items.length !== 2 || !(reason.items[0] instanceof Atom)) return undefined;
  return ({ badkey: "KeyError", badmap: "BadMapError" } as Record<string, string>)[reason.items[0].name];
}

/** the warning text for module:name applied to constant arguments, when the call will fail */
export function failingCallWarning(module: string, name: string, args: Term[]): string | undefined {
  const key = name + "/" + args.length;
  let shown: string;
  if (module === "erlang" && KERNEL_NAME[key]) shown = KERNEL_NAME[key];
  else if ((module === "erlang" && OTHER_PURE_ERLANG.has(key)) || module === "math") shown = elixirNameOf(module, name, args.length) ?? `:${module}.${key}`;
  else if (module === "lists" && LISTS_AS_ERLANG[key]) shown = `:lists.${key}`;
  else return undefined;
  // (OTP's compiler knows lists:append/2 and lists:subtract/2 as ++ and --, and folds them so)
  const r = module === "lists" ? evaluateOrFail("erlang", LISTS_AS_ERLANG[key], args) : evaluateOrFail(module, name, args);
  if (r === undefined || !("failed" in r)) return undefined;
  const exception = r.failed instanceof Atom ? EXCEPTION[r.failed.name] : tupleException(r.failed);
  return exception === undefined ? undefined : `the call to ${shown} will fail with ${exception}`;
}
