// :erlang.is_record/2,3 (guard BIFs) and :erlang.display_string/1, with OTP 25's badargs
// (is_record/2 names a bad tag as its "1st argument", as erl_erts_errors does on OTP 25).
import { Atom, Cons, NIL, Term, Tuple, TRUE, bool, isInt } from "../terms.ts";
import { badargAt, badargAtEach } from "./util.ts";
import { defineBifs, type BifContext } from "./registry.ts";

function isRecord2([t, tag]: Term[]): Term {
  if (!(tag instanceof Atom)) badargAt(1, "not an atom");
  return bool(t instanceof Tuple && t.items.length > 0 && t.items[0] === tag);
}

function isRecord3([t, tag, size]: Term[]): Term {
  const bad: { arg: number; why: string }[] = [];
  if (!(tag instanceof Atom)) bad.push({ arg: 2, why: "not an atom" });
  if (!isInt(size)) bad.push({ arg: 3, why: "not an integer" });
  if (bad.length > 0) badargAtEach(bad);
  return bool(t instanceof Tuple && t.items.length > 0 && BigInt(t.items.length) === BigInt(size as number | bigint) && t.items[0] === tag);
}

/** the text of a list of code points, or undefined when it is not one */
function codePointText(l: Term): string | undefined {
  let s = "";
  let c = l;
  while (c instanceof Cons) {
    const x = c.head;
    if (typeof x !== "number" || !Number.isInteger(x) || x < 0 || x > 0x10ffff || (x >= 0xd800 && x <= 0xdfff)) return undefined;
    s += String.fromCodePoint(x);
    c = c.tail;
  }
  return c === NIL ? s : undefined;
}

function displayString([l]: Term[], ctx: BifContext): Term {
  const text = codePointText(l);
  if (text === undefined) return badargAt(1, "not a list of characters");
  ctx.write(2, text);
  return TRUE;
}

defineBifs("erlang", { "is_record/2": isRecord2, "is_record/3": isRecord3, "display_string/1": displayString }, ["is_record/2"]);
