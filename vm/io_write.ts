// Erlang's one-line term writer (io_lib:write/1,2, the ~w/~W controls) and the pieces the pretty
// printer shares with it: atom quoting, string escaping, printable checks (OTP 25, with the default
// printable range latin1).
import { funTableIndex } from "./fun_identity.ts";
import { isEvaluatedFun, erlEvalFunIndex, ERL_EVAL_UNIQ } from "./evaluated_fun.ts";
import { refTermText } from "./ref_order.ts";
import { portText } from "./port_order.ts";
import { Atom, Bin, Cons, ExtFun, Float, Fun, NIL, Pid, pidText, Port, Ref, Term, Tuple, isMap } from "./terms.ts";
import { iterationEntries } from "./map.ts";
import { formatFloat } from "./format_float.ts";

export const RESERVED = new Set(["after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch",
  "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive", "rem", "try", "when", "xor"]);
// (OTP 25 reserves `maybe` only with its maybe_expr feature on, which it is not by default)

// Erlang's letters: lowercase a-z and ß-ÿ except ÷; uppercase A-Z and À-Þ except ×
export const isLower = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
export const isNameChar = (c: number): boolean => isLower(c) || isUpper(c) || (c >= 48 && c <= 57) || c === 95 || c === 64;

export function writeAtom(a: Atom): string {
  const cs = [...a.name].map((ch) => ch.codePointAt(0)!);
  if (cs.length > 0 && isLower(cs[0]) && cs.every(isNameChar) && !RESERVED.has(a.name)) return a.name;
  return writeString(a.name, "'");
}

/** a string in quotes q with Erlang's escapes (io_lib:write_string/2) */
export function writeString(s: string, q: string): string {
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 11) out += "\\v";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c === 27) out += "\\e";
    else if (c === 127) out += "\\d";
    else if (c < 32 || (c >= 128 && c < 160)) out += "\\" + c.toString(8).padStart(3, "0");
    else out += ch;
  }
  return out + q;
}

const SPECIAL = new Set([10, 13, 9, 11, 8, 12, 27]);
/** io_lib:printable_latin1_list/1 for one character */
export function printableLatin1(c: Term): boolean {
  return typeof c === "number" && ((c >= 32 && c <= 126) || (c >= 160 && c <= 255) || SPECIAL.has(c));
}

/** the items of a proper list, or null */
export function properItems(t: Term): Term[] | null {
  const items: Term[] = [];
  while (t instanceof Cons) { items.push(t.head); t = t.tail; }
  return t === NIL ? items : null;
}

/** the byte list of a binary as io_lib:write prints it, depth-limited: "1,2,..." or with a bit tail "1:3" */
export function binaryBody(b: Bin, depth: number): string[] {
  const parts: string[] = [];
  const whole = b.tailBits === 0 ? b.size : b.size - 1;
  let d = depth;
  for (let i = 0; i < whole; i++) {
    if (d === 1) { parts.push("..."); return parts; }
    parts.push(String(b.byteAt(i)));
    d--;
  }
  if (b.tailBits !== 0) {
    if (d === 1) { parts.push("..."); return parts; }
    parts.push((b.byteAt(whole) >> (8 - b.tailBits)) + ":" + b.tailBits);
  }
  return parts;
}

export function writeLeaf(t: Term): string | undefined {
  if (typeof t === "number" || typeof t === "bigint") return String(t);
  if (t instanceof Float) return formatFloat(t.value);
  if (t instanceof Atom) return writeAtom(t);
  if (t instanceof Pid) return pidText(t);
  if (t instanceof Ref) return "#Ref<" + refTermText(t) + ">";
  if (t instanceof Port) return "#Port<" + portText(t) + ">";
  if (t instanceof ExtFun) return "fun " + writeAtom(t.module) + ":" + writeAtom(t.name) + "/" + t.arity;
  if (t instanceof Fun) {
    // (io_lib's form: module, place in the fun table, uniq; evaluated code's funs are erl_eval's)
    if (isEvaluatedFun(t)) return "#Fun<erl_eval." + erlEvalFunIndex(t.arity) + "." + ERL_EVAL_UNIQ + ">";
    return "#Fun<" + t.module.name + "." + funTableIndex(t) + "." + t.uniq + ">";
  }
  return undefined;
}

/** io_lib:write(Term, Depth); depth -1 is unlimited */
export function writeTerm(t: Term, d: number): string {
  if (d === 0) return "...";
  const leaf = writeLeaf(t);
  if (leaf !== undefined) return leaf;
  if (t === NIL) return "[]";
  if (t instanceof Cons) {
    if (d === 1) return "[...]";
    let out = "[" + writeTerm(t.head, d - 1);
    let rest: Term = t.tail;
    let dd = d - 1;
    for (;;) {
      if (rest === NIL) break;
      if (dd === 1) { out += "|..."; break; }
      if (rest instanceof Cons) { out += "," + writeTerm(rest.head, dd - 1); rest = rest.tail; dd--; continue; }
      out += "|" + writeTerm(rest, dd - 1);
      break;
    }
    return out + "]";
  }
  if (t instanceof Tuple) {
    if (t.items.length === 0) return "{}";
    if (d === 1) return "{...}";
    let out = "{" + writeTerm(t.items[0], d - 1);
    let dd = d - 1;
    for (let i = 1; i < t.items.length; i++) {
      if (dd === 1) { out += ",..."; break; }
      out += "," + writeTerm(t.items[i], dd - 1);
      dd--;
    }
    return out + "}";
  }
  if (isMap(t)) {
    const entries = iterationEntries(t);
    // (io_lib:write at depth 1 shows no association at all: "#{}")
    if (entries.length === 0 || d === 1) return "#{}";
    const parts: string[] = [];
    let dd = d;
    for (const [k, v] of entries) {
      if (dd === 1) break;
      parts.push(writeTerm(k, d - 1) + " => " + writeTerm(v, d - 1));
      dd--;
    }
    // (OTP 25 checks the depth before it looks for a next association: a map whose last one
    // used up the depth ends in ",..." too, #{a => 1,b => 2,...} at depth 3 however many)
    if (dd === 1) parts.push("...");
    return "#{" + parts.join(",") + "}";
  }
  if (t instanceof Bin) {
    if (t.size === 0) return "<<>>";
    if (d === 1) return "<<...>>";
    return "<<" + binaryBody(t, d).join(",") + ">>";
  }
  return "?";
}
