// String.split/3's failures that Elixir 1.14 raises below its own frames. A pattern :binary refuses
// fails in the :binary call split/3 makes for its options, over split/3's frame at that call's line
// (a BIF called last still shows its caller's frame on the BEAM). Its :parts option: parts_to_index/1 takes :infinity or a
// positive integer, anything else is its FunctionClauseError (lib/string.ex:523) under split/3 at
// the line that called it: 485 for the "" pattern (checked first), 519 for other patterns, where
// it runs after the pattern compiled. Options [] never reach it. Lines from real Elixir
// (test/conformance/library/string_split_parts).
import { Bin, Term, Tuple, atom, list, tuple, isInt, listToArray } from "../terms.ts";
import { codeFrame } from "../code_frame.ts";
import { ErlangError } from "../errors.ts";
import { isRegex } from "./util.ts";
import { bifErrorFrame } from "../error_info.ts";
import { lookupBif, type BifContext } from "./registry.ts";
import { TailCall, AwaitHost } from "../calls.ts";

const INFINITY = atom("infinity");

/** Keyword.get(options, key, fallback): the first pair with the key */
function option(options: Term[], key: string, fallback: Term): Term {
  for (const t of options) if (t instanceof Tuple && t.items.length === 2 && t.items[0] === atom(key)) return t.items[1];
  return fallback;
}

/** a String frame at a line of lib/string.ex */
export function stringFrame(name: string, arity: number, line: number): Term {
  return codeFrame("Elixir.String", name, arity, "lib/string.ex", line);
}

export const splitAt = (line: number) => stringFrame("split", 3, line);

/** :binary.name(args) called by String's code: its failure over the given String frames */
export function binaryFrom(name: string, args: Term[], ctx: BifContext, below: Term[]): Term | TailCall {
  return bifFrom("binary", name, args, ctx, below);
}

/** module:name(args), a BIF called by String's code: its failure over the given String frames */
export function bifFrom(module: string, name: string, args: Term[], ctx: BifContext, below: Term[]): Term | TailCall {
  try {
    const r = lookupBif(module, name, args.length)!.fn(args, ctx);
    // (a BIF the host has yet to load: called as before, without the frames)
    return r instanceof AwaitHost ? new TailCall(atom(module), args, atom(name)) : r;
  } catch (e) {
    if (e instanceof ErlangError && e.kind === "error" && e.calleeBelow === undefined) {
      e.callee ??= bifErrorFrame(module, name, args, e.diagnosis);
      e.calleeBelow = below;
    }
    throw e;
  }
}

const validParts = (parts: Term) => parts === INFINITY || (isInt(parts) && parts > 0);

function partsError(parts: Term, line: number): ErlangError {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = codeFrame("Elixir.String", "parts_to_index", [parts], "lib/string.ex", 523);
  e.calleeBelow = [splitAt(line)];
  return e;
}

/** String.split(string, pattern, options)'s :parts, checked where Elixir checks it; a bad pattern
 *  (badPattern) fails before it, in :binary */
export function checkSplitParts(string: Term, pattern: Term, options: Term, badPattern: (p: Term) => boolean): void {
  if (!(string instanceof Bin) || !string.isBinary || isRegex(pattern)) return;
  const opts = listToArray(options);
  if (opts === null || opts.length === 0) return;
  const parts = option(opts, "parts", INFINITY);
  if (validParts(parts)) return;
  if (pattern instanceof Bin && pattern.isBinary && pattern.size === 0) throw partsError(parts, 485);
  if (badPattern(pattern)) return;
  throw partsError(parts, 519);
}
