// Why :io.format failed, as OTP 25's erl_stdlib_errors words it once the format did not format:
// the format string is checked as erl_lint checks one (a bad control sequence), then the count of
// arguments it needs, then each argument's type ("element 2 must be of type float", every bad one
// on its own line); only a format that passes all of that "failed to format string".
import { Atom, Bin, Cons, Float, NIL, Term } from "./terms.ts";
import { properItems } from "./io_write.ts";

type ArgType = "int" | "float" | "string" | "term";

/** what the failure reads as: the argument (1 the format, 2 the list) and the why */
export interface FormatDiagnosis {
  readonly arg: number;
  readonly why: string;
}

/** the diagnosis, or undefined when the format is no flat character list, atom or binary (or the
 *  arguments no list): the formatter's own reason stands then */
export function diagnoseFormat(fmt: Term, args: Term): FormatDiagnosis | undefined {
  const chars = formatCodes(fmt);
  const items = properItems(args);
  if (chars === undefined || items === null) return undefined;
  const types = argTypes(chars);
  if (typeof types === "string") return { arg: 1, why: `format string invalid (${types})` };
  if (types.length !== items.length) return { arg: 1, why: "wrong number of arguments" };
  const bad: string[] = [];
  types.forEach((type, i) => {
    if (!ofType(type, items[i])) bad.push(`element ${i + 1} must be of type ${type === "int" ? "integer" : type}`);
  });
  if (bad.length > 0) return { arg: 2, why: bad.join("\n") };
  return { arg: 1, why: "failed to format string" };
}

/** the format's characters when erl_stdlib_errors takes it as a format (is_io_format/1) */
function formatCodes(fmt: Term): number[] | undefined {
  if (fmt instanceof Atom) return [...fmt.name].map((c) => c.codePointAt(0)!);
  if (fmt instanceof Bin) return [...fmt.toString()].map((c) => c.codePointAt(0)!);
  const items = properItems(fmt);
  if (items === null || !items.every((x) => typeof x === "number" && Number.isInteger(x))) return undefined;
  return items as number[];
}

const isDigit = (c: number | undefined) => c !== undefined && c >= 48 && c <= 57;
const ch = (s: string) => s.codePointAt(0)!;

/** the types of the arguments the format needs, in order, or why erl_lint refuses it */
function argTypes(f: number[]): ArgType[] | string {
  const need: ArgType[] = [];
  let i = 0;
  while (i < f.length) {
    if (f[i++] !== ch("~")) continue;
    // field: [-] digits or *
    if (f[i] === ch("-") && (isDigit(f[i + 1]) || f[i + 1] === ch("*"))) i++;
    if (f[i] === ch("*")) { need.push("int"); i++; } else while (isDigit(f[i])) i++;
    // precision: . digits or *, then pad: . char or *
    if (f[i] === ch(".")) {
      i++;
      if (f[i] === ch("*")) { need.push("int"); i++; } else while (isDigit(f[i])) i++;
      if (f[i] === ch(".")) {
        if (i + 1 >= f.length) return "truncated";
        if (f[i + 1] === ch("*")) need.push("int");
        i += 2;
      }
    }
    // modifiers: t (unicode) and l (no string detection), on the controls that take them
    let mods = "";
    while (f[i] === ch("t") || f[i] === ch("l")) mods += String.fromCodePoint(f[i++]);
    if (i >= f.length) return "truncated";
    const c = String.fromCodePoint(f[i++]);
    if (mods.includes("t") && mods.includes("l") && !"pP".includes(c)) return `invalid control ~lt${c}`;
    if (mods.includes("t") && !"cspP".includes(c)) return `invalid control ~t${c}`;
    if (mods.includes("l") && !"pP".includes(c)) return `invalid control ~l${c}`;
    const types = CONTROL_TYPES[c];
    if (types === undefined) return `invalid control ~${c}`;
    need.push(...types);
  }
  return need;
}

const CONTROL_TYPES: Record<string, ArgType[]> = {
  "~": [], n: [], c: ["int"], f: ["float"], e: ["float"], g: ["float"], s: ["string"], w: ["term"], p: ["term"],
  W: ["term", "int"], P: ["term", "int"], b: ["int"], B: ["int"], x: ["int", "string"], X: ["int", "string"],
  "+": ["term"], "#": ["term"], i: ["term"],
};

function ofType(type: ArgType, t: Term): boolean {
  switch (type) {
    case "term": return true;
    case "int": return typeof t === "bigint" || (typeof t === "number" && Number.isInteger(t));
    case "float": return t instanceof Float;
    case "string": return t instanceof Atom || t instanceof Bin || isCharData(t);
  }
}

/** whether unicode:characters_to_binary/1 takes it without raising (characters out of range give
 *  an error tuple, not an exception) */
function isCharData(t: Term): boolean {
  if (t === NIL) return true;
  if (!(t instanceof Cons)) return false;
  let x: Term = t;
  for (; x instanceof Cons; x = x.tail) {
    const h = x.head;
    if (typeof h === "number" || typeof h === "bigint") continue;
    if (h instanceof Bin) { if (h.tailBits !== 0) return false; continue; }
    if (!isCharData(h)) return false;
  }
  return x === NIL || (x instanceof Bin && x.tailBits === 0);
}
