// String.pad_leading/pad_trailing with a list of strings as the padding: each element counts as
// one grapheme, whatever its length. Elixir 1.14 walks the list once (pad/4 -> build_filler/5),
// then repeats that pass and walks the remainder again, so an element that is no string fails
// only when the walk reaches it (ArgumentError from build_filler at lib/string.ex:1415), and an
// improper tail is build_filler's FunctionClauseError (its first clause, line 1394), each over
// pad/4's frame at line 1384 (pad_leading/pad_trailing called pad last, so they are not shown).
import { Bin, Cons, Term, Tuple, atom, bin, binFromBytes, list, tuple, NIL } from "../terms.ts";
import { joinBytes } from "./util.ts";
import { ErlangError, exception } from "../errors.ts";
import { inspect } from "../inspect.ts";
import { repeatBytes } from "./work.ts";
import { stringFrame } from "./string_split_parts.ts";
import type { BifContext } from "./registry.ts";

const PAD_CALL_LINE = 1384;
const BUILD_FILLER_LINE = 1394;
const BUILD_FILLER_RAISE_LINE = 1415;

function fail(e: ErlangError): never {
  e.calleeBelow = [stringFrame("pad", 4, PAD_CALL_LINE)];
  throw e;
}

/** the first `n` elements of the list walked from its head (n at most its length): their bytes */
function walk(n: number, source: Cons): { bytes: Uint8Array[]; rest: Term; size: number; filler: Term } {
  const bytes: Uint8Array[] = [];
  let rest: Term = source, filler: Term = NIL;
  while (n > 0 && rest instanceof Cons) {
    const elem = rest.head;
    if (!(elem instanceof Bin && elem.isBinary)) {
      const e = new ErlangError("error", exception("ArgumentError", { message: bin("expected a string padding element, got: " + inspect(elem)) }));
      e.callee = stringFrame("build_filler", 5, BUILD_FILLER_RAISE_LINE);
      fail(e);
    }
    bytes.push((elem as Bin).bytes);
    filler = new Cons(filler, elem);
    rest = rest.tail;
    n--;
  }
  return { bytes, rest, size: bytes.length, filler };
}

/** `own` padded to `count` graphemes (it has `length`) with the list `padding` */
export function padWithList(own: Uint8Array, length: number, count: number, padding: Cons, leading: boolean, ctx: BifContext): Bin {
  if (length >= count) return binFromBytes(own);
  const n = count - length;
  const pass = walk(n, padding);
  let fill: Uint8Array;
  if (pass.size === n) fill = joinBytes(pass.bytes);
  else if (pass.rest !== NIL) {
    // an improper tail: build_filler has no clause for it
    const e = new ErlangError("error", atom("function_clause"));
    const frame = stringFrame("build_filler", 5, BUILD_FILLER_LINE) as Tuple;
    e.callee = tuple(frame.items[0], frame.items[1], list([n - pass.size, padding, pass.rest, pass.size, pass.filler]), frame.items[3]);
    fail(e);
  } else {
    // the whole list, repeated, then the first elements of one more pass
    const left = n - pass.size;
    const whole = repeatBytes(ctx, joinBytes(pass.bytes), Math.floor(left / pass.size) + 1);
    fill = joinBytes([whole, ...walk(left % pass.size, padding).bytes]);
  }
  return binFromBytes(leading ? joinBytes([fill, own]) : joinBytes([own, fill]));
}
