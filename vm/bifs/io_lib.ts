// :io_lib's character-level writers and predicates, as OTP 25's io_lib.erl has them: atoms and
// strings written in Erlang syntax (quoted and escaped; the _as_latin1 forms write characters
// past 255 as \x{...}, the latin1 ones refuse them), characters as $c, the char-list and
// printable-list predicates (the printable range is latin1, as `elixir` starts the BEAM),
// chars_length/1 and indentation/2.
import { Atom, Cons, NIL, Term, atom, list, tuple, TRUE, FALSE } from "../terms.ts";
import { defineBifs } from "./registry.ts";
import { ErlangError } from "../errors.ts";
import { TailCall } from "../calls.ts";
import { iodataBytes, badargAt } from "./util.ts";
import { writeAtom, RESERVED, isLower, isNameChar, printableLatin1 } from "../io_write.ts";

type Enc = "unicode_as_unicode" | "latin1" | "unicode_as_latin1";

const IO_LIB = atom("io_lib");

/** a function_clause in one of io_lib.erl's functions, with the arguments it was called with */
function clauseIn(fun: string, args: Term[]): never {
  return clauseInModule("io_lib", fun, args);
}

function clauseInModule(mod: string, fun: string, args: Term[]): never {
  const e = new ErlangError("error", atom("function_clause"));
  e.callee = tuple(mod === "io_lib" ? IO_LIB : atom(mod), atom(fun), list(args), NIL);
  throw e;
}

const SPECIAL: Record<number, string> = { 10: "n", 13: "r", 9: "t", 11: "v", 8: "b", 12: "f", 27: "e", 127: "d" };

/** one character of a quoted string or $c (q: the quote, -1 for a character) */
function stringChar(enc: Enc, c: Term, q: number): number[] {
  if (typeof c !== "number") clauseIn("string_char", [atom(enc), c, q, NIL]);
  const n = c as number;
  if (n === q || n === 92) return [92, n];
  if (n >= 32 && n <= 126) return [n];
  if (enc === "latin1" && n >= 160 && n <= 255) return [n];
  if (enc === "unicode_as_unicode" && n >= 160) return [n];
  if (enc === "unicode_as_latin1" && n >= 160 && n <= 255) return [n];
  if (enc === "unicode_as_latin1" && n > 255) return [..."\\x{" + n.toString(16).toUpperCase() + "}"].map((ch) => ch.charCodeAt(0));
  const sp = SPECIAL[n];
  if (sp !== undefined) return [92, sp.charCodeAt(0)];
  if (n >= 0 && n < 160) return [92, 48 + (n >> 6), 48 + ((n >> 3) & 7), 48 + (n & 7)];
  return clauseIn("string_char", [atom(enc), c, q, NIL]);
}

function items(t: Term): Term[] | null {
  const out: Term[] = [];
  while (t instanceof Cons) { out.push(t.head); t = t.tail; }
  return t === NIL ? out : null;
}

function writeString(enc: Enc, s: Term, q: Term, fun: string): Term {
  const out: number[] = [q as number];
  // io_lib.erl walks the list in write_string1/3, which has no clause for an improper tail
  let t: Term = s;
  for (; t instanceof Cons; t = t.tail) out.push(...stringChar(enc, t.head, q as number));
  if (t !== NIL) return clauseIn("write_string1", [atom(enc), t, q]);
  out.push(q as number);
  return list(out);
}

function codes(s: string): number[] {
  return [...s].map((ch) => ch.codePointAt(0)!);
}

/** io_lib:quote_atom/2: whether the atom needs quotes, judged by the characters given */
function quoteAtom(a: Term, chars: Term): boolean {
  if (!(a instanceof Atom)) return clauseIn("quote_atom", [a, chars]);
  if (RESERVED.has(a.name)) return true;
  const cs = items(chars);
  if (cs === null || cs.length === 0 || typeof cs[0] !== "number" || !isLower(cs[0] as number)) return true;
  return !cs.slice(1).every((c) => typeof c === "number" && isNameChar(c));
}

const inCharRange = (c: Term): boolean =>
  typeof c === "number" && Number.isInteger(c) && ((c >= 0 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || (c > 0xffff && c <= 0x10ffff));
const isLatin1 = (c: Term): boolean => typeof c === "number" && Number.isInteger(c) && c >= 0 && c <= 255;
const PRINTABLE_CONTROLS = new Set([10, 13, 9, 11, 8, 12, 27]);
const printableUnicode = (c: Term): boolean =>
  typeof c === "number" && ((c >= 32 && c <= 126) || PRINTABLE_CONTROLS.has(c) || (c >= 160 && inCharRange(c)));

/** a flat list whose every element passes */
function flatAll(t: Term, ok: (c: Term) => boolean): Term {
  while (t instanceof Cons) {
    if (!ok(t.head)) return FALSE;
    t = t.tail;
  }
  return t === NIL ? TRUE : FALSE;
}

/** a deep list (lists within lists) whose every non-list element passes */
function deepAll(t: Term, ok: (c: Term) => boolean): Term {
  const more: Term[] = [];
  for (;;) {
    if (t instanceof Cons) {
      if (t.head instanceof Cons || t.head === NIL) { more.push(t.tail); t = t.head; continue; }
      if (!ok(t.head)) return FALSE;
      t = t.tail;
      continue;
    }
    if (t !== NIL) return FALSE;
    if (more.length === 0) return TRUE;
    t = more.pop()!;
  }
}

/** io_lib:deep_char_list/1: a deep list of characters (no binaries) */
export const isDeepCharList = (t: Term): boolean => deepAll(t, inCharRange) === TRUE;

/** io_lib_format:indentation/2: the column after the characters (tabs to the next multiple of 8) */
function indentation(t: Term, col: number): number {
  while (t instanceof Cons) {
    const c = t.head;
    if (c === 10) col = 0;
    else if (c === 9) col = Math.floor((col + 8) / 8) * 8;
    else if (typeof c === "number") col++;
    else col = indentation(c, col);
    t = t.tail;
  }
  if (t !== NIL) clauseInModule("io_lib_format", "indentation", [t, col]);
  return col;
}

defineBifs("io_lib", {
  // (a non-atom fails in atom_to_list/1)
  "write_atom/1": ([a]) => (a instanceof Atom ? list(codes(writeAtom(a))) : badargAt(1, "not an atom")),
  "write_atom_as_latin1/1": ([a]) => {
    if (!(a instanceof Atom)) return badargAt(1, "not an atom");
    const chars = list(codes(a.name));
    return quoteAtom(a, chars) ? writeString("unicode_as_latin1", chars, 39, "write_string_as_latin1") : chars;
  },
  "quote_atom/2": ([a, cs]) => (quoteAtom(a, cs) ? TRUE : FALSE),
  "write_string/1": ([s]) => writeString("unicode_as_unicode", s, 34, "write_string"),
  "write_string/2": ([s, q]) => writeString("unicode_as_unicode", s, q, "write_string"),
  "write_unicode_string/1": ([s]) => writeString("unicode_as_unicode", s, 34, "write_string"),
  "write_latin1_string/1": ([s]) => writeString("latin1", s, 34, "write_latin1_string"),
  "write_latin1_string/2": ([s, q]) => writeString("latin1", s, q, "write_latin1_string"),
  "write_string_as_latin1/1": ([s]) => writeString("unicode_as_latin1", s, 34, "write_string_as_latin1"),
  "write_string_as_latin1/2": ([s, q]) => writeString("unicode_as_latin1", s, q, "write_string_as_latin1"),
  "write_char/1": ([c]) => {
    if (typeof c !== "number" || c < 0) return clauseIn("write_char", [c]);
    return c === 32 ? list(codes("$\\s")) : list([36, ...stringChar("unicode_as_unicode", c, -1)]);
  },
  "write_unicode_char/1": ([c]) => {
    if (typeof c !== "number" || c < 0) return clauseIn("write_char", [c]);
    return c === 32 ? list(codes("$\\s")) : list([36, ...stringChar("unicode_as_unicode", c, -1)]);
  },
  "write_latin1_char/1": ([c]) => (isLatin1(c) ? list([36, ...stringChar("latin1", c, -1)]) : clauseIn("write_latin1_char", [c])),
  "write_char_as_latin1/1": ([c]) =>
    typeof c === "number" && c >= 0 ? list([36, ...stringChar("unicode_as_latin1", c, -1)]) : clauseIn("write_char_as_latin1", [c]),
  "char_list/1": ([t]) => flatAll(t, inCharRange),
  "latin1_char_list/1": ([t]) => flatAll(t, isLatin1),
  "deep_char_list/1": ([t]) => deepAll(t, inCharRange),
  "deep_unicode_char_list/1": ([t]) => deepAll(t, inCharRange),
  "deep_latin1_char_list/1": ([t]) => deepAll(t, isLatin1),
  "printable_list/1": ([t]) => flatAll(t, printableLatin1),
  "printable_latin1_list/1": ([t]) => flatAll(t, printableLatin1),
  "printable_unicode_list/1": ([t]) => flatAll(t, printableUnicode),
  "nl/0": () => list([10]),
  // bytes of iodata, else the graphemes of chardata (:string.length/1)
  "chars_length/1": ([t]) => {
    const b = iodataBytes(t);
    return b !== undefined ? b.length : new TailCall(atom("string"), [t], atom("length"));
  },
  "indentation/2": ([t, col]) => (typeof col === "number" ? indentation(t, col) : clauseInModule("io_lib_format", "indentation", [t, col])),
});
