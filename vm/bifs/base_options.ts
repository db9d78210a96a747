// How Elixir 1.14's Base reads its options, failures included. Each function reads an option with
// Keyword.get (opts[:ignore] with Access.get) on a line of its own, first match wins, and an
// unknown value fails where Elixir's code meets it: `case:` in a `case` (CaseClauseError on the
// function's line), an encoder's `padding:` in maybe_pad/3 (only when padding is due), `ignore:`
// in remove_ignored/2; a decoder takes any `padding:` but false as true. Options that are no
// list fail Keyword.get's clauses, an improper list :lists.keyfind/3, a tuple of another size
// than 2 under the key the `case` in Keyword.get/Access.get. Lines are lib/base.ex's,
// lib/keyword.ex's and lib/access.ex's in 1.14 (the frames a failing Base call shows).
import { Atom, Bin, Cons, NIL, FALSE, NIL_ATOM, TRUE, Term, Tuple, atom, list, tuple } from "../terms.ts";
import { codeFrame } from "../code_frame.ts";
import { ErlangError } from "../errors.ts";
import { bifErrorFrame } from "../error_info.ts";

const BASE = atom("Elixir.Base");
const FUNCTION_CLAUSE = atom("function_clause");

/** a frame of lib/base.ex: the arity, or the arguments a function_clause shows */
export function baseFrame(fun: string, shown: number | Term[], line: number): Tuple {
  return codeFrame("Elixir.Base", fun, shown, "lib/base.ex", line);
}

function fail(reason: Term, callee: Tuple, below: Tuple[]): never {
  const e = new ErlangError("error", reason);
  e.callee = callee;
  if (below.length > 0) e.calleeBelow = below;
  throw e;
}

/** where a Base function reads its options: its name, the line of each read, and the frames of
 *  the functions calling it inside Base (decode16/2 under decode16!/2) */
export interface OptionSite {
  fun: string;
  padding?: number;
  case?: number;
  ignore?: number;
  callers: Tuple[];
}

type Reader = "Keyword" | "Access";
const READERS: Record<Reader, { file: string; line: number }> = {
  Keyword: { file: "lib/keyword.ex", line: 389 },
  Access: { file: "lib/access.ex", line: 306 },
};

/** Keyword.get(opts, key, dflt) (Access.get for opts[key], reached only with a list: the
 *  `padding:` read before it fails first otherwise), called by `site` on `line` */
function read(reader: Reader, opts: Term, key: string, dflt: Term, site: OptionSite, line: number): Term {
  const below = [baseFrame(site.fun, 2, line), ...site.callers];
  const { file, line: readerLine } = READERS[reader];
  const readerFrame = () => codeFrame("Elixir." + reader, "get", 3, file, readerLine);
  const k = atom(key);
  if (!(opts instanceof Cons) && opts !== NIL) {
    fail(FUNCTION_CLAUSE, codeFrame("Elixir.Keyword", "get", [opts, k, dflt], "lib/keyword.ex", 388), below);
  }
  let l: Term = opts;
  for (; l instanceof Cons; l = l.tail) {
    const h = l.head;
    if (h instanceof Tuple && h.items.length > 0 && h.items[0] === k) {
      if (h.items.length === 2) return h.items[1];
      fail(tuple(atom("case_clause"), h), readerFrame(), below);
    }
  }
  if (l === NIL) return dflt;
  const diagnosis = { args: [[3, "not a proper list"]] as [number, string][] };
  const e = new ErlangError("error", atom("badarg"));
  e.diagnosis = diagnosis;
  fail(e.reason, bifErrorFrame("lists", "keyfind", [k, 1, opts], diagnosis), [readerFrame(), ...below]);
}

export type Case = "upper" | "lower" | "mixed";

/** `case:` as the function's `case` takes it (encoders know :upper and :lower only) */
export function readCase(opts: Term, site: OptionSite, known: Case[]): Case {
  const v = read("Keyword", opts, "case", atom("upper"), site, site.case!);
  if (v instanceof Atom && (known as string[]).includes(v.name)) return v.name as Case;
  return fail(tuple(atom("case_clause"), v), baseFrame(site.fun, 2, site.case!), site.callers);
}

/** `padding:` as given: an encoder passes it on to maybe_pad/3 */
export function readPadding(opts: Term, site: OptionSite): Term {
  return read("Keyword", opts, "padding", TRUE, site, site.padding!);
}

/** maybe_pad(acc, pad?, count): `count` padding characters after the encoded text when pad? is
 *  true, none when false; anything else matches none of its clauses */
export function maybePad(acc: Bin, pad: Term, count: number): Bin | null {
  if (pad === FALSE) return acc;
  if (pad === TRUE) return null;
  return fail(FUNCTION_CLAUSE, baseFrame("maybe_pad", [acc, pad, count], 141), []);
}

/** opts[:ignore] through remove_ignored/2: whether whitespace is dropped from `input` */
export function readIgnore(opts: Term, input: Bin, site: OptionSite): boolean {
  const v = read("Access", opts, "ignore", NIL_ATOM, site, site.ignore!);
  if (v === NIL_ATOM) return false;
  if (v === atom("whitespace")) return true;
  return fail(FUNCTION_CLAUSE, baseFrame("remove_ignored", [input, v], 148), [baseFrame(site.fun, 2, site.ignore!), ...site.callers]);
}
