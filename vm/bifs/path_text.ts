// The text of a path (or source) argument, shared by :code's path functions (code_admin.ts,
// code_loading.ts) and Code's (elixir_code.ts): a binary, or a flat list of character codes.
// Each caller answers a term that is neither as its OTP/Elixir function does.
import { Bin, Cons, Term, NIL, listToArray } from "../terms.ts";

/** the code points of a proper flat list of valid character codes, else null */
export function charCodes(t: Term): number[] | null {
  if (!(t === NIL || t instanceof Cons)) return null;
  const items = listToArray(t);
  if (items === null || !items.every((c) => typeof c === "number" && Number.isInteger(c) && c >= 0 && c <= 0x10ffff)) return null;
  return items as number[];
}

/** a flat charlist as a string (a binary is not one), else null */
export function charlistText(t: Term): string | null {
  const codes = charCodes(t);
  return codes === null ? null : String.fromCodePoint(...codes);
}

/** a binary (as UTF-8) or a flat charlist as a string, else null */
export function pathText(t: Term): string | null {
  return t instanceof Bin ? t.toString() : charlistText(t);
}
