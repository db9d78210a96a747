// to_string/1 and string interpolation for built-in terms (String.Chars for Atom, BitString,
// List, Integer, Float). Structs need the String.Chars protocol, implemented in the language:
// toStringChars throws NeedsProtocol for them, so the caller dispatches to the protocol.
import { Atom, Bin, Cons, Float, NIL, NIL_ATOM, Term, Tuple, bin, isMap, Pid, Port, Ref, Fun, ExtFun, atom, utf8Decode } from "./terms.ts";
import { formatFloat } from "./format_float.ts";
import { raise, exception } from "./errors.ts";
import { chardataToString } from "./bifs/util.ts";
import { inspect } from "./inspect.ts";

export { formatFloat };

/** Thrown (not an ErlangError) when the term is a struct: use the String.Chars protocol. */
export class NeedsProtocol {
  constructor(readonly term: Term) {}
}

/** The type name Protocol.UndefinedError prints ("of type Tuple"). */
export function protocolTypeName(t: Term): string {
  if (t instanceof Tuple) return "Tuple";
  if (isMap(t)) return "Map";
  if (t instanceof Pid) return "PID";
  if (t instanceof Ref) return "Reference";
  if (t instanceof Port) return "Port";
  if (t instanceof Fun || t instanceof ExtFun) return "Function";
  if (t instanceof Atom) return "Atom";
  if (t instanceof Bin) return "BitString";
  if (t instanceof Float) return "Float";
  if (typeof t === "number" || typeof t === "bigint") return "Integer";
  return "List";
}

export function protocolUndefined(protocol: string, value: Term, description = ""): never {
  raise(exception("Protocol.UndefinedError", { protocol: atom("Elixir." + protocol), value, description: bin(description) }));
}

/** Message of Protocol.UndefinedError, as Elixir 1.14 formats it. */
export function protocolUndefinedMessage(protocol: string, value: Term, description = ""): string {
  return `protocol ${protocol} not implemented for ${inspect(value)} of type ${protocolTypeName(value)}` +
    (description ? ", " + description : "");
}

/** UnicodeConversionError "invalid code point -1" */
export function unicodeConversionError(message: string): never {
  raise(exception("UnicodeConversionError", { encoded: NIL_ATOM, message: bin(message) }));
}

// List.to_string/1's message for a list :unicode.characters_to_binary refuses (then the list, inspected)
const NOT_CHARDATA = "cannot convert the given list to a string.\n\nTo be converted to a string, a list must either be empty or only\n" +
  "contain the following elements:\n\n  * strings\n  * integers representing Unicode code points\n" +
  "  * a list containing one of these three elements\n\nPlease check the given list or call inspect/1 to get the list representation, got:\n\n";

// List.to_charlist/1's, likewise
export const NOT_CHARLIST = "cannot convert the given list to a charlist.\n\nTo be converted to a charlist, a list must contain only:\n\n" +
  "  * strings\n  * integers representing Unicode code points\n  * or a list containing one of these three elements\n\n" +
  "Please check the given list or call inspect/1 to get the list representation, got:\n\n";

/** to_string(term) for built-in types; the text as a JS string. */
export function toStringChars(t: Term): string {
  if (t instanceof Bin) return t.toString();
  if (t instanceof Atom) return t === NIL_ATOM ? "" : t.name;
  if (typeof t === "number" || typeof t === "bigint") return String(t);
  if (t instanceof Float) return formatFloat(t.value);
  if (t === NIL || t instanceof Cons) {
    const r = chardataToString(t);
    if (r === undefined) raise(exception("ArgumentError", { message: bin(NOT_CHARDATA + inspect(t) + "\n") }));
    // (chardataToString decodes a bad binary with U+FFFD: List.to_string raises instead)
    if (typeof r === "string" && !r.includes("\uFFFD")) return r;
    const failure = unicodeFailure(t);
    if (failure === null && typeof r === "string") return r;
    if (failure === null) unicodeConversionError(`invalid code point ${inspect((r as { bad: Term }).bad)}`);
    raise(exception("UnicodeConversionError", { encoded: bin(failure.encoded), message: bin(failure.message) }));
  }
  if (isMap(t) && t.get(atom("__struct__")) instanceof Atom) throw new NeedsProtocol(t);
  return protocolUndefined("String.Chars", t);
}

/** to_string as a binary term */
export function toStringBin(t: Term): Bin {
  return t instanceof Bin ? t : bin(toStringChars(t));
}

/** Length of the valid UTF-8 prefix of `b` (the strict rules of :unicode: no overlongs, no
 *  surrogates, nothing above U+10FFFF), in bytes: whole sequences only. */
export function validUtf8Prefix(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > b.length) return i;
    for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    const d = b[i + 1];
    if ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f) || (c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f)) return i;
    i += n;
  }
  return i;
}

/** A truncated but so far valid sequence (:incomplete when nothing follows it). */
export function truncatedSeq(r: Uint8Array): boolean {
  const c = r[0];
  const n = c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
  if (r.length >= n) return false;
  for (let k = 1; k < r.length; k++) if ((r[k] & 0xc0) !== 0x80) return false;
  if (r.length < 2) return true;
  const d = r[1];
  return !((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f) || (c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f));
}

/** Why :unicode.characters_to_binary refuses chardata (a bad code point or bad UTF-8 in one of its
 *  binaries), as UnicodeConversionError words it: the text converted before it and the message. */
export function unicodeFailure(t: Term): { encoded: string; message: string } | null {
  let out = "";
  const stack: Term[] = [t];
  while (stack.length > 0) {
    let x = stack.pop()!;
    if (x instanceof Bin) {
      const bytes = x.bytes;
      const ok = validUtf8Prefix(bytes);
      if (ok === bytes.length) { out += x.toString(); continue; }
      const rest = bytes.slice(ok);
      out += utf8Decode(bytes.subarray(0, ok));
      const kind = stack.every((y) => y === NIL) && truncatedSeq(rest) ? "incomplete" : "invalid";
      return { encoded: out, message: `${kind} encoding starting at ${inspect(new Bin(rest))}` };
    }
    if (x === NIL) continue;
    if (typeof x === "number" || typeof x === "bigint") {
      if (typeof x !== "number" || x < 0 || x > 0x10ffff || (x >= 0xd800 && x <= 0xdfff)) return { encoded: out, message: `invalid code point ${x}` };
      out += String.fromCodePoint(x);
      continue;
    }
    if (!(x instanceof Cons)) return null;
    const items: Term[] = [];
    while (x instanceof Cons) { items.push(x.head); x = x.tail; }
    if (x !== NIL) stack.push(x);
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]);
  }
  return null;
}
