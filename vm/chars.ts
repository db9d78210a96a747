// to_string/1 and string interpolation for built-in terms (String.Chars for Atom, BitString,
// List, Integer, Float). Structs need the String.Chars protocol, implemented in the language:
// toStringChars throws NeedsProtocol for them, so the caller dispatches to the protocol.
import { Atom, Bin, Cons, Float, NIL, NIL_ATOM, Term, Tuple, bin, isMap, Pid, Port, Ref, Fun, ExtFun, atom } from "./terms.ts";
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
    if (typeof r === "string") return r;
    if (r === undefined) raise(exception("ArgumentError", { message: bin(NOT_CHARDATA + inspect(t) + "\n") }));
    unicodeConversionError("invalid code point " + inspect(r.bad));
  }
  if (isMap(t) && t.get(atom("__struct__")) instanceof Atom) throw new NeedsProtocol(t);
  return protocolUndefined("String.Chars", t);
}

/** to_string as a binary term */
export function toStringBin(t: Term): Bin {
  return t instanceof Bin ? t : bin(toStringChars(t));
}
