// inspect/2 and IO.inspect/2 as Elixir 1.14 prints them (Inspect protocol implementations for the
// built-in types, laid out with vm/inspect_algebra.ts). Golden tests: test/vm/inspect.test.ts,
// regenerated from real Elixir by scripts/regen-inspect-goldens.exs.
//
// Struct field order comes from a hook the VM installs (setStructInfoHook): the field list of a
// loaded struct module in definition order, as Inspect.Any reads it from __info__(:struct).
// Unknown struct modules print as maps (%{__struct__: Foo, a: 1}), as Elixir does when the
// module is unavailable.
import { ansiFragment } from "./bifs/inspect_docs.ts";
import { refTermText } from "./ref_order.ts";
import { portText } from "./port_order.ts";
import { funTableIndex } from "./fun_identity.ts";
import { funNameNow } from "./fun_code.ts";
import { isEvaluatedFun, erlEvalFunIndex, ERL_EVAL_UNIQ } from "./evaluated_fun.ts";
import { mixedScriptError } from "../lang/mixed_script.ts";
import { nfcIdentifier } from "../lang/identifier_form.ts";
import { isAtomStartChar, isAtomContinueChar } from "../lang/atom_ident_chars.ts";
import {
  Atom, Bin, Cons, ExtFun, Float, Fun, NIL, Pid, pidText, Port, Ref, Term, Tuple, MapLike, atom, isMap, TRUE, FALSE,
  NIL_ATOM, listToArray, isInt, list, tuple, charlist,
} from "./terms.ts";
import { inspectFloat } from "./format_float.ts";
import { exactEquals, looseEquals, compare } from "./compare.ts";
import { listEntries, mapKeys } from "./map.ts";
import { inspectCalendarStruct } from "./inspect_calendar.ts";
import { checkInspectBudget } from "./inspect_budget.ts";
import { toStringChars } from "./chars.ts";
import { raiseInElixir, ErlangError } from "./errors.ts";
import { codeFrame } from "./code_frame.ts";
import {
  Doc, DocColor, DocGroup, EMPTY, concat, format, flexGlue, glue, group, nest, isSimple,
} from "./inspect_algebra.ts";

export interface InspectOpts {
  limit: number; // Infinity for :infinity
  pretty: boolean;
  width: number; // Infinity for :infinity
  charlists: "infer" | "as_lists" | "as_charlists";
  binaries: "infer" | "as_binaries" | "as_strings";
  structs: boolean;
  base: "decimal" | "binary" | "octal" | "hex";
  printableLimit: number;
  /** structs with a user Inspect implementation, already rendered by the language (Inspect.Walker),
   *  each for the limit its place in the term gives it (undefined: any) */
  custom?: readonly (readonly [Term, number | undefined, Doc])[];
  /** Inspect.Walker finding those structs before it renders them: each one met is recorded with
   *  the limit it is inspected with there (an element of a container has the container's limit
   *  less its position), and shown as nothing */
  sites?: { custom(t: Term, mod: Atom): boolean; found: [Term, number, Term[], InspectOpts["charlists"]][] };
  /** while sites are found: the frames Elixir's Inspect implementations leave above a term met
   *  here (innermost first: container_each/6 and container_doc/6 for an element, keyword/2 for a
   *  keyword entry, to_doc/2 for a struct's fields), which a failing implementation's
   *  Inspect.Error shows under to_doc/2's frame */
  sitePath?: readonly Term[];
  /** a struct laid out as a plain map whatever implementation it has (Inspect.Map.inspect/2 of a
   *  struct, as a failing implementation's Inspect.Error shows it) */
  asMap?: Term;
  /** :syntax_colors as ANSI escapes by kind (atom, string, charlist, number, nil, boolean, list,
   *  tuple, map, binary), and `reset`, printed after each coloured piece */
  syntaxColors?: Readonly<Record<string, string>>;
  /** the same colours as the IO.ANSI data they were given (Inspect.Algebra.to_doc/2 keeps them) */
  syntaxColorData?: Readonly<Record<string, Term>>;
  /** lines after the first are indented by this many columns, counted in the width (ExUnit lays
   *  out a value behind its `left: ` label this way); internal option `:__nest__` */
  nest?: number;
}

/** Inspect.Algebra.color/3: the piece between its colour and the reset, when the kind has one */
function color(doc: Doc, kind: string, opts: InspectOpts): Doc {
  const pre = opts.syntaxColors?.[kind];
  if (pre === undefined) return doc;
  const data = opts.syntaxColorData;
  return concat(new DocColor(pre, data?.[kind]), doc, new DocColor(opts.syntaxColors!.reset ?? "\x1b[0m", data?.reset ?? atom("reset")));
}

export const DEFAULT_OPTS: InspectOpts = {
  limit: 50,
  pretty: false,
  width: 80,
  charlists: "infer",
  binaries: "infer",
  structs: true,
  base: "decimal",
  printableLimit: 4096,
};

// ---- struct info hook -------------------------------------------------------------------------

export type StructInfo = (module: Atom) => readonly Atom[] | undefined;

const builtinStructs: Record<string, string[]> = {
  "Elixir.Range": ["first", "last", "step"],
  "Elixir.MapSet": ["map", "version"],
  "Elixir.Regex": ["re_pattern", "source", "opts", "re_version"],
};
let structInfoHook: StructInfo | undefined;

/** Installed by the VM: the fields of a struct module in definition order (without __struct__). */
export function setStructInfoHook(fn: StructInfo | undefined): void {
  structInfoHook = fn;
}

/** `@derive {Inspect, only: ... | except: ...}`: the fields shown as #Name<...>, or undefined */
let derivedInspectHook: StructInfo | undefined;
export function setDerivedInspectHook(fn: StructInfo | undefined): void {
  derivedInspectHook = fn;
}

/** `@derive {Inspect, optional: [...]}` (1.14): fields left out while they hold their default */
export type OptionalFields = (module: Atom) => readonly (readonly [Atom, Term])[] | undefined;
let optionalFieldsHook: OptionalFields | undefined;
export function setOptionalFieldsHook(fn: OptionalFields | undefined): void {
  optionalFieldsHook = fn;
}

function atDefault(m: MapLike, mod: Atom): (f: Atom) => boolean {
  const optional = optionalFieldsHook?.(mod);
  if (optional === undefined || optional.length === 0) return () => false;
  // (a derived implementation reads a missing field as nil, as Map.get/2)
  return (f) => optional.some(([k, d]) => k === f && looseEquals(m.get(f) ?? NIL_ATOM, d));
}

function structFields(module: Atom): readonly Atom[] | undefined {
  const f = structInfoHook?.(module);
  if (f !== undefined) return f;
  const b = builtinStructs[module.name];
  return b?.map((s) => atom(s));
}

// ---- atoms (Macro.inspect_atom / Code.Identifier.classify) ------------------------------------

const NOT_CALLABLE = new Set(["%", "%{}", "{}", "<<>>", "...", "..", ".", "..//", "->"]);
const QUOTED_OPERATORS = new Set(["::", "//"]);
const OPERATORS = new Set([
  "!", "^", "not", "+", "-", "&", "@", "===", "!==", "==", "!=", "<=", ">=", "&&", "||", "<>", "++", "--",
  "+++", "---", "\\\\", "<-", "|>", "=~", "<", ">", "*", "/", "=", "|", "and", "or", "when", "in",
  "~>>", "<<~", "~>", "<~", "<~>", "<<<", ">>>", "|||", "&&&", "**",
]);
const ALIAS = /^Elixir(\.[A-Z][A-Za-z0-9_]*)*$/;
// the same for ASCII names: V8 builds the \p{..} classes above on their first use, tens of ms that
// a program printing only ASCII atoms (the browser playground's first run) need not wait for
const ASCII_IDENT = /^[A-Za-z_][A-Za-z0-9_]*[?!]?$/;
const ASCII_IDENT_AT = /^[A-Za-z_][A-Za-z0-9_@]*[?!]?$/;
const ASCII = /^[\x00-\x7f]*$/;

type AtomClass = "alias" | "quoted_operator" | "operator" | "not_callable" | "identifier" | "other";

function classify(name: string): AtomClass {
  if (NOT_CALLABLE.has(name)) return "not_callable";
  if (QUOTED_OPERATORS.has(name)) return "quoted_operator";
  if (OPERATORS.has(name)) return "operator";
  if (ALIAS.test(name)) return "alias";
  // a name the tokenizer reads as an alias (`Foo`, `Ünicode`) or with an @ is an atom written
  // unquoted but no local call: `:Foo`, `Foo:`, but `M."Foo"/0`
  if (ASCII.test(name)) return ASCII_IDENT.test(name) ? (/^[A-Z]/.test(name) ? "not_callable" : "identifier") : ASCII_IDENT_AT.test(name) ? "not_callable" : "other";
  // Elixir's tokenizer refuses mixed-script names and reads names not in its normal form
  // (`:"a\u0301"`, `:"µ"`) as other atoms, so they print quoted (`:"λx"`)
  if (mixedScriptError(name) !== null || nfcIdentifier(name) !== name) return "other";
  const shape = identShape(name);
  if (shape === "other") return "other";
  if (shape === "identifier") return /^[\p{Lu}\p{Lt}]/u.test(name) ? "not_callable" : "identifier";
  return "not_callable";
}

/** a non-ASCII name read as an identifier: a start character, continue characters (or @, which
 *  makes it no local call), then at most one ? or !; the characters are those Elixir 1.14 allows */
function identShape(name: string): "identifier" | "with_at" | "other" {
  const cps = Array.from(name, (ch) => ch.codePointAt(0)!);
  let end = cps.length;
  if (end > 1 && (cps[end - 1] === 0x3f || cps[end - 1] === 0x21)) end--;
  const first = cps[0]!;
  if (!(first < 0x80 ? /[A-Za-z_]/.test(String.fromCharCode(first)) : isAtomStartChar(first))) return "other";
  let at = false;
  for (let i = 1; i < end; i++) {
    const c = cps[i]!;
    if (c === 0x40) at = true;
    else if (!(c < 0x80 ? /[A-Za-z0-9_]/.test(String.fromCharCode(c)) : isAtomContinueChar(c))) return "other";
  }
  return at ? "with_at" : "identifier";
}

/** Macro.classify_atom/1: :alias, :identifier (a variable or local call), :unquoted (an atom
 *  written without quotes: operators, `Foo`, `a@b`, `%{}`) or :quoted */
export function classifyAtomForMacro(a: Atom): "alias" | "identifier" | "unquoted" | "quoted" {
  const c = classify(a.name);
  if (c === "alias" || c === "identifier") return c;
  return c === "operator" || c === "not_callable" ? "unquoted" : "quoted";
}

function quoteAtomText(name: string): string {
  return '"' + escapeText(name, '"', Infinity).escaped + '"';
}

/** Macro.inspect_atom(:literal, atom) */
export function inspectAtom(a: Atom): string {
  const name = a.name;
  if (a === NIL_ATOM || a === TRUE || a === FALSE) return name;
  switch (classify(name)) {
    case "alias":
      if (name === "Elixir" || name.startsWith("Elixir.Elixir")) return name;
      return name.slice(7);
    case "quoted_operator":
    case "other":
      return ":" + quoteAtomText(name);
    default:
      return ":" + name;
  }
}

/** Macro.inspect_atom(:key, atom): `a:`, `"a b":` */
export function inspectAtomKey(a: Atom): string {
  const c = classify(a.name);
  if (c === "alias" || c === "quoted_operator" || c === "other") return quoteAtomText(a.name) + ":";
  return a.name + ":";
}

/** Macro.inspect_atom(:remote_call, atom): the function name in `&Mod.fun/1` */
export function inspectRemoteCall(a: Atom): string {
  const c = classify(a.name);
  // (the operators that print quoted as atoms are still called bare: `Kernel.::/2`, `M.~~~/1`)
  if (c === "identifier" || c === "operator" || REMOTE_QUOTED_OPERATORS.has(a.name)) return a.name;
  return quoteAtomText(a.name);
}
const REMOTE_QUOTED_OPERATORS = new Set(["::", "~~~", "^^^", "<|>"]);

// ---- strings (Code.Identifier.escape) ---------------------------------------------------------

const ESCAPES: Record<number, string> = {
  7: "\\a", 8: "\\b", 0x7f: "\\d", 0x1b: "\\e", 0x0c: "\\f", 0x0a: "\\n", 0x0d: "\\r", 0x5c: "\\\\", 0x09: "\\t", 0x0b: "\\v",
};

function hex(n: number, width: number): string {
  return n.toString(16).toUpperCase().padStart(width, "0");
}

function isPrintableCp(c: number): boolean {
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

function escapeCp(c: number): string {
  const e = ESCAPES[c];
  if (e !== undefined) return e;
  if (c === 0) return "\\0";
  if (c === 0xfeff) return "\\uFEFF";
  if (isPrintableCp(c)) return String.fromCodePoint(c);
  if (c < 0x100) return "\\x" + hex(c, 2);
  if (c < 0x10000) return "\\u" + hex(c, 4);
  return "\\u{" + hex(c, 0) + "}";
}

/** a regex source between ~r/ and /: escape pairs stay as written, a bare / gets a backslash */
function escapeRegexSource(b: Uint8Array): string {
  const cps = decodeUtf8(b, b.length);
  let out = "";
  const one = (c: number) => (c < 0 ? "\\x" + hex(-c - 1, 2) : escapeCp(c));
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c === 0x5c && i + 1 < cps.length) { out += "\\" + (cps[i + 1] === 0x2f || cps[i + 1] === 0x5c ? String.fromCharCode(cps[i + 1]) : one(cps[i + 1])); i++; }
    else if (c === 0x2f) out += "\\/";
    else if (c === 0x23 && cps[i + 1] === 0x7b) { out += "\\#{"; i++; }
    else out += one(c);
  }
  return out;
}

/** Escape JS text (code points) for a quote char; `limit` counts code points. */
function escapeText(s: string, quote: string, limit: number): { escaped: string; rest: boolean } {
  let out = "";
  let count = limit;
  const q = quote.charCodeAt(0);
  const cps = Array.from(s);
  for (let i = 0; i < cps.length; i++) {
    if (count === 0) return { escaped: out, rest: true };
    const c = cps[i].codePointAt(0)!;
    if (c === q) out += "\\" + quote;
    else if (c === 0x23 && cps[i + 1] === "{") { out += "\\#{"; i++; }
    else out += escapeCp(c);
    count--;
  }
  return { escaped: out, rest: false };
}

/** Decode UTF-8 bytes to code points; invalid bytes come back as negative numbers (-byte-1). */
function decodeUtf8(b: Uint8Array, limit: number): number[] {
  const out: number[] = [];
  let i = 0;
  while (i < b.length && out.length < limit) {
    const c = b[i];
    let cp = -1, n = 0;
    if (c < 0x80) { cp = c; n = 1; }
    else if (c >= 0xc2 && c < 0xe0) { n = 2; cp = c & 0x1f; }
    else if (c >= 0xe0 && c < 0xf0) { n = 3; cp = c & 0x0f; }
    else if (c >= 0xf0 && c < 0xf5) { n = 4; cp = c & 0x07; }
    if (n > 1) {
      if (i + n > b.length) cp = -1;
      else {
        for (let j = 1; j < n; j++) {
          const cc = b[i + j];
          if ((cc & 0xc0) !== 0x80) { cp = -1; break; }
          cp = (cp << 6) | (cc & 0x3f);
        }
        if (cp >= 0 && ((n === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff)))) cp = -1;
      }
    }
    if (cp < 0) { out.push(-c - 1); i += 1; }
    else { out.push(cp); i += n; }
  }
  return out;
}

const PRINTABLE_ESCAPES = new Set([0x0a, 0x0d, 0x09, 0x0b, 0x08, 0x0c, 0x1b, 0x7f, 0x07]);

/** whether String.printable? takes the code point */
export function isPrintableCodepoint(c: number): boolean {
  return PRINTABLE_ESCAPES.has(c) || isPrintableCp(c);
}

/** String.printable?/2 */
export function isPrintableBinary(b: Uint8Array, limit = Infinity): boolean {
  const cps = decodeUtf8(b, limit === Infinity ? b.length : limit);
  for (const c of cps) if (c < 0 || !isPrintableCodepoint(c)) return false;
  return true;
}

function escapeBinary(b: Uint8Array, quote: string, limit: number): { escaped: string; rest: boolean } {
  // only what can be shown is decoded (the limit's units, `#{` being one unit of two code points,
  // and the one telling that more follows): a 600 MB binary must not become 600M numbers for 4,096
  const cps = decodeUtf8(b, limit === Infinity ? b.length : 2 * limit + 1);
  let out = "";
  const q = quote.charCodeAt(0);
  for (let i = 0, shown = 0; i < cps.length; i++, shown++) {
    if (shown === limit) return { escaped: out, rest: true };
    const c = cps[i];
    if (c < 0) out += "\\x" + hex(-c - 1, 2);
    else if (c === q) out += "\\" + quote;
    else if (c === 0x23 && cps[i + 1] === 0x7b) { out += "\\#{"; i++; }
    else out += escapeCp(c);
  }
  return { escaped: out, rest: false };
}

/** The body of a string literal for a binary, as inspect prints it between quotes. */
export function inspectBinaryString(b: Bin, opts: InspectOpts = DEFAULT_OPTS): string {
  const { escaped, rest } = escapeBinary(b.bytes, '"', opts.printableLimit);
  return '"' + escaped + '"' + (rest ? " <> ..." : "");
}

// ---- integers ---------------------------------------------------------------------------------

function inspectInt(n: number | bigint, opts: InspectOpts): string {
  if (opts.base === "decimal") return String(n);
  const radix = opts.base === "hex" ? 16 : opts.base === "octal" ? 8 : 2;
  const prefix = opts.base === "hex" ? "0x" : opts.base === "octal" ? "0o" : "0b";
  const neg = n < 0;
  const abs = neg ? -(n as any) : n;
  return (neg ? "-" : "") + prefix + abs.toString(radix).toUpperCase();
}

// ---- containers -------------------------------------------------------------------------------

type ToDoc<T> = (x: T, opts: InspectOpts) => Doc;

const FUNCTION_CLAUSE = atom("function_clause");

function dec(limit: number): number {
  return limit === Infinity ? limit : limit - 1;
}

const siteFrames = new Map<string, Term>();
/** the frame of module.fun/arity at line of Elixir's file (see InspectOpts.sitePath) */
function siteFrame(module: string, fun: string, arity: number, file: string, line: number): Term {
  const key = `${module}.${fun}/${arity}:${line}`;
  let f = siteFrames.get(key);
  if (f === undefined) {
    f = tuple(atom(module), atom(fun), arity, list([tuple(atom("file"), charlist(file)), tuple(atom("line"), line)]));
    siteFrames.set(key, f);
  }
  return f;
}

/** opts with Elixir's frames for the calls that inspect a part of the term (only while sites are
 *  found: InspectOpts.sitePath) */
function within(opts: InspectOpts, ...frames: Term[]): InspectOpts {
  return opts.sites ? { ...opts, sitePath: [...frames, ...(opts.sitePath ?? [])] } : opts;
}

const ALGEBRA = "Elixir.Inspect.Algebra", ALGEBRA_FILE = "lib/inspect/algebra.ex";
/** an element of a container (the improper tail of a list: at: 480) */
function elementOf(opts: InspectOpts, at = 472): InspectOpts {
  if (!opts.sites) return opts;
  return within(opts, siteFrame(ALGEBRA, "container_each", 6, ALGEBRA_FILE, at), siteFrame(ALGEBRA, "container_doc", 6, ALGEBRA_FILE, 449));
}
const keywordEntry = (opts: InspectOpts) => opts.sites ? within(opts, siteFrame("Elixir.Inspect.List", "keyword", 2, "lib/inspect.ex", 278)) : opts;
const assocEntry = (opts: InspectOpts) => opts.sites ? within(opts, siteFrame("Elixir.Inspect.Map", "to_assoc", 3, "lib/inspect.ex", 324)) : opts;
/** a struct's parts, inspected by its implementation called from to_doc/2 */
const structPart = (opts: InspectOpts) => opts.sites ? within(opts, siteFrame(ALGEBRA, "to_doc", 2, ALGEBRA_FILE, 341)) : opts;

function join(l: Doc, r: Doc, flex: boolean, sep: Doc): Doc {
  return flex ? flexGlue(concat(l, sep), r) : glue(concat(l, sep), r);
}

/** Inspect.Algebra.container_doc/6. `tail` is an improper list's tail. */
function containerDoc<T>(
  left: Doc, items: T[], tail: Term | undefined, right: Doc, opts: InspectOpts, fun: ToDoc<T>,
  breakMode: "maybe" | "strict" | "flex", sep: Doc = ",",
): Doc {
  if (items.length === 0 && tail === undefined) return concat(left, right);
  // Elixir's container_each/6 has clauses for a limit of :infinity or 0 and up only
  if (opts.limit < 0) raiseInElixir(FUNCTION_CLAUSE, "Elixir.Inspect.Algebra", "container_each", 6, "lib/inspect/algebra.ex", 461);
  let limit = opts.limit;
  let simple = breakMode === "maybe";
  const docs: Doc[] = [];
  let i = 0;
  for (; i < items.length; i++) {
    if (limit === 0) break;
    limit = dec(limit);
    const sub = elementOf(limit === opts.limit ? opts : { ...opts, limit });
    if (tail !== undefined && i === items.length - 1) {
      // (an improper list's last element and tail: the clause's own lines)
      const l = fun(items[i], elementOf(limit === opts.limit ? opts : { ...opts, limit }, 479)), r = toDoc(tail, elementOf(limit === opts.limit ? opts : { ...opts, limit }, 480));
      simple = simple && isSimple(l) && isSimple(r);
      docs.push(join(l, r, simple, " |"));
    } else {
      const d = fun(items[i], sub);
      simple = simple && isSimple(d);
      docs.push(d);
    }
  }
  if (i < items.length) docs.push("...");
  const flex = simple || breakMode === "flex";
  let body = docs[docs.length - 1];
  for (let j = docs.length - 2; j >= 0; j--) body = join(docs[j], body, flex, sep);
  if (flex) return group(concat(concat(left, nest(body, 1)), right));
  return group(glue(nest(glue(left, body, ""), 2), right, ""));
}

function isKeyword(items: Term[]): boolean {
  for (const it of items) {
    if (!(it instanceof Tuple) || it.items.length !== 2) return false;
    const k = it.items[0];
    if (!(k instanceof Atom) || k.name.startsWith("Elixir.")) return false;
  }
  return true;
}

function keywordDoc(kv: Term, opts: InspectOpts): Doc {
  const [k, v] = (kv as Tuple).items;
  return concat(color(inspectAtomKey(k as Atom), "atom", opts), " ", toDoc(v, keywordEntry(opts)));
}

/** List.ascii_printable?(list, limit): true as soon as `limit` elements passed (any list, even an
 *  improper one, when the limit is 0) */
function isAsciiPrintableList(items: Term[], improper: boolean, limit: number): boolean {
  let n = 0;
  for (const c of items) {
    if (n++ >= limit) return true;
    if (typeof c !== "number" || !((c >= 0x20 && c <= 0x7e) || (c !== 0x7f && PRINTABLE_ESCAPES.has(c)))) return false;
  }
  return n >= limit || !improper;
}

function inspectList(l: Term, opts: InspectOpts): Doc {
  if (l === NIL) return color("[]", "list", opts);
  const items: Term[] = [];
  let t: Term = l;
  while (t instanceof Cons) {
    items.push(t.head);
    t = t.tail;
  }
  const tail = t === NIL ? undefined : t;
  // List.ascii_printable?/2 and String.printable?/2 have no clause for a negative limit
  if (opts.charlists === "infer" && opts.printableLimit < 0) {
    raiseInElixir(FUNCTION_CLAUSE, "Elixir.List", "ascii_printable?", [l, opts.printableLimit], "lib/list.ex", 702);
  }
  const asChars = opts.charlists === "as_charlists" ||
    (opts.charlists === "infer" && isAsciiPrintableList(items, tail !== undefined, opts.printableLimit));
  if (asChars) {
    // IO.chardata_to_string/1 as Elixir's Inspect.List: a list that is no chardata raises
    const s = items.every((c) => typeof c === "number" && c >= 0 && c <= 0x10ffff && (c < 0xd800 || c > 0xdfff)) && tail === undefined
      ? String.fromCodePoint(...(items as number[]))
      : charlistText(l);
    const { escaped, rest } = escapeText(s, "'", opts.printableLimit);
    return color("'" + escaped + "'" + (rest ? " ++ ..." : ""), "charlist", opts);
  }
  if (tail === undefined && isKeyword(items)) return containerDoc(color("[", "list", opts), items, undefined, color("]", "list", opts), opts, keywordDoc, "strict", color(",", "list", opts));
  return containerDoc(color("[", "list", opts), items, tail, color("]", "list", opts), opts, toDoc, "maybe", color(",", "list", opts));
}

/** Inspect.List's List.to_string/1 of a list shown as a charlist: one that is no chardata fails
 *  there (List.to_string/1's frame, then Inspect.List.inspect/2's) */
function charlistText(l: Term): string {
  try {
    return toStringChars(l);
  } catch (e) {
    if (e instanceof ErlangError && e.kind === "error" && e.stacktrace === undefined && e.callee === undefined) {
      // (ArgumentError at list.ex:1084, UnicodeConversionError at 1103)
      const unicode = isMap(e.reason) && e.reason.get(atom("__struct__")) === atom("Elixir.UnicodeConversionError");
      e.callee = codeFrame("Elixir.List", "to_string", 1, "lib/list.ex", unicode ? 1103 : 1084);
      e.calleeBelow = [codeFrame("Elixir.Inspect.List", "inspect", 2, "lib/inspect.ex", 260)];
    }
    throw e;
  }
}

function inspectMap(m: MapLike, opts: InspectOpts, name = ""): Doc {
  const entries = listEntries(m) as [Term, Term][];
  const keys = entries.map((e) => e[0]);
  const allAtoms = keys.every((k) => k instanceof Atom && !k.name.startsWith("Elixir."));
  const fun: ToDoc<[Term, Term]> = allAtoms
    ? ([k, v], o) => concat(color(inspectAtomKey(k as Atom), "atom", o), " ", toDoc(v, keywordEntry(o)))
    : ([k, v], o) => concat(toDoc(k, assocEntry(o)), color(" => ", "map", o), toDoc(v, assocEntry(o)));
  return containerDoc(color("%" + name + "{", "map", opts), entries, undefined, color("}", "map", opts), opts, fun, "strict", color(",", "map", opts));
}

function inspectStruct(m: MapLike, mod: Atom, opts: InspectOpts): Doc {
  const calendar = inspectCalendarStruct(m, mod);
  if (calendar !== undefined) return calendar;
  const fields = structFields(mod);
  if (fields === undefined) return inspectMap(m, opts);
  const derived = derivedInspectHook?.(mod);
  if (derived !== undefined) return inspectDerived(m, mod, fields, derived, opts);
  if (mod.name === "Elixir.URI") {
    // Elixir 1.14's URI derives Inspect with optional: [:authority]: any map of URI prints as
    // %URI{...} with the struct's fields read as Map.get/2 reads them (a deleted one is nil, keys
    // beyond them are not shown), :authority left out when it is nil
    const AUTHORITY = atom("authority");
    const all = fields.filter((f) => f !== atom("__struct__") && f !== atom("__exception__"));
    const value = (f: Atom): Term => m.get(f) ?? NIL_ATOM;
    const shown = all.filter((f) => !(f === AUTHORITY && value(f) === NIL_ATOM));
    return containerDoc(color("%" + inspectAtom(mod) + "{", "map", opts), shown, undefined, color("}", "map", opts), opts,
      (f, o) => concat(color(inspectAtomKey(f), "atom", o), " ", toDoc(value(f), keywordEntry(o))), "strict", color(",", "map", opts));
  }
  if (mod.name === "Elixir.Range" && m.has(atom("first")) && m.has(atom("last"))) {
    // Inspect.Range matches the fields it needs (other keys may be there): first..last when the
    // step is the integer 1 and last >= first (any terms, in term order), else first..last//step;
    // a range of Elixir < 1.12 without :step steps by 1 or -1
    const first = m.get(atom("first"))!, last = m.get(atom("last"))!;
    const step = m.get(atom("step")) ?? (compare(last, first) >= 0 ? 1 : -1);
    const simple = step === 1 && compare(last, first) >= 0;
    // (its parts inspected from Inspect.Range.inspect/2's clause for first..last or first..last//step)
    const o = opts.sites ? within(opts, siteFrame("Elixir.Inspect.Range", "inspect", 2, "lib/range.ex", simple ? 437 : 441)) : opts;
    const base = concat(toDoc(first, o), "..", toDoc(last, o));
    if (simple) return base;
    return concat(base, "//", toDoc(step, o));
  }
  if (mod.name === "Elixir.MapSet") {
    // Inspect.MapSet reads the :map field of any map of MapSet (other keys may be there)
    const inner = m.get(atom("map"));
    if (inner !== undefined && isMap(inner)) {
      const elems = mapKeys(inner);
      let l: Term = NIL;
      for (let i = elems.length - 1; i >= 0; i--) l = new Cons(elems[i], l);
      const o = opts.sites ? within(opts, siteFrame("Elixir.Inspect.MapSet", "inspect", 2, "lib/map_set.ex", 511)) : opts;
      return concat("MapSet.new(", inspectList(l, { ...o, charlists: "as_lists" }), ")");
    }
  }
  // Inspect.Any: the term must have exactly the struct's keys, else it prints as a map
  const want = new Set<Atom>(fields);
  const STRUCT = atom("__struct__"), EXC = atom("__exception__");
  for (const [k] of m.entries()) {
    if (k === STRUCT || k === EXC) continue;
    if (!(k instanceof Atom) || !want.has(k)) return inspectMap(m, opts);
  }
  let shown = fields.filter((f) => f !== STRUCT && f !== EXC);
  for (const f of shown) if (!m.has(f)) return inspectMap(m, opts);

  if (mod.name === "Elixir.Stream") {
    // Inspect.Stream: the enumerable and the functions composed on it, oldest first
    const enumT = m.get(atom("enum")), funs = m.get(atom("funs"));
    const fs = funs === undefined ? null : listToArray(funs);
    if (enumT !== undefined && fs !== null) {
      const inner = list([tuple(atom("enum"), enumT), tuple(atom("funs"), list(fs.slice().reverse()))]);
      return concat("#Stream<", toDoc(inner, opts), ">");
    }
  }
  if (mod.name === "Elixir.Regex") {
    const source = m.get(atom("source")), ropts = m.get(atom("opts"));
    if (source instanceof Bin && ropts instanceof Bin) return "~r/" + escapeRegexSource(source.bytes) + "/" + ropts.toString();
    if (source instanceof Bin) return concat("Regex.compile!(", toDoc(source, opts), ", ", toDoc(ropts ?? NIL, opts), ")");
  }
  const omitted = atDefault(m, mod);
  shown = shown.filter((f) => !omitted(f));
  return containerDoc(color("%" + inspectAtom(mod) + "{", "map", opts), shown, undefined, color("}", "map", opts), opts,
    (f, o) => concat(color(inspectAtomKey(f), "atom", o), " ", toDoc(m.get(f)!, keywordEntry(o))), "strict", color(",", "map", opts));
}

/**
 * `@derive Inspect` (with or without only/except/optional): the implementation Elixir 1.14
 * generates reads each shown field with Map.get/2 (a missing one is nil) and looks at no other
 * key; it prints %Name{...} when it shows every field, else #Name<shown fields, ...>
 */
function inspectDerived(m: MapLike, mod: Atom, fields: readonly Atom[], derived: readonly Atom[], opts: InspectOpts): Doc {
  const STRUCT = atom("__struct__"), EXC = atom("__exception__");
  const all = fields.filter((f) => f !== STRUCT && f !== EXC);
  const omitted = atDefault(m, mod);
  const value = (f: Atom): Term => m.get(f) ?? NIL_ATOM;
  if (derived.length < all.length) {
    const name = inspectAtom(mod).replace(/^:/, "");
    const items: (Atom | "...")[] = derived.filter((f) => !omitted(f));
    items.push("...");
    return containerDoc(color("#" + name + "<", "map", opts), items, undefined, color(">", "map", opts), opts,
      (f, o) => (f === "..." ? "..." : concat(color(inspectAtomKey(f), "atom", o), " ", toDoc(value(f), keywordEntry(o)))),
      "strict", color(",", "map", opts));
  }
  const shown = derived.filter((f) => !omitted(f));
  return containerDoc(color("%" + inspectAtom(mod) + "{", "map", opts), shown, undefined, color("}", "map", opts), opts,
    (f, o) => concat(color(inspectAtomKey(f), "atom", o), " ", toDoc(value(f), keywordEntry(o))), "strict", color(",", "map", opts));
}

function inspectBitstring(b: Bin, opts: InspectOpts): Doc {
  const bytes = b.bytes;
  if (b.tailBits !== 0) return inspectPartialBits(b, opts);
  if (opts.base === "decimal" && opts.binaries === "infer" && opts.printableLimit < 0) {
    raiseInElixir(FUNCTION_CLAUSE, "Elixir.String", "printable?", [b, opts.printableLimit], "lib/string.ex", 320);
  }
  if (opts.base === "decimal" && (opts.binaries === "as_strings" ||
    (opts.binaries === "infer" && isPrintableBinary(bytes, opts.printableLimit)))) {
    return color(inspectBinaryString(b, opts), "string", opts);
  }
  // <<1, 2, 3>>: flex-glued bytes nested by 2 (Inspect.BitString)
  let limit = opts.limit;
  const parts: Doc[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (limit === 0) { parts.push("..."); break; }
    parts.push(color(inspectInt(bytes[i], opts), "number", opts));
    limit = dec(limit);
  }
  if (parts.length === 0) return color("<<>>", "binary", opts); // (an empty binary shown as bytes)
  let inner = parts[parts.length - 1];
  for (let j = parts.length - 2; j >= 0; j--) inner = flexGlue(concat(parts[j], ","), inner);
  return group(concat(color("<<", "binary", opts), nest(inner, 2), color(">>", "binary", opts)));
}

/** <<97, 98, 1::size(2)>>: the whole bytes, then the last bits as `value::size(bits)` */
function inspectPartialBits(b: Bin, opts: InspectOpts): Doc {
  const bytes = b.bytes;
  let limit = opts.limit;
  const parts: Doc[] = [];
  let i = 0;
  for (; i < bytes.length - 1 && limit !== 0; i++) {
    parts.push(color(inspectInt(bytes[i], opts), "number", opts));
    limit = dec(limit);
  }
  // (as Elixir's each_bit/3: the limit reached before the last bits, even before any byte, is "...")
  if (limit === 0) parts.push("...");
  else {
    const last = bytes[bytes.length - 1] >> (8 - b.tailBits);
    parts.push(concat(color(inspectInt(last, opts), "number", opts), "::size(" + b.tailBits + ")"));
  }
  let inner = parts[parts.length - 1];
  for (let j = parts.length - 2; j >= 0; j--) inner = flexGlue(concat(parts[j], ","), inner);
  return group(concat(color("<<", "binary", opts), nest(inner, 2), color(">>", "binary", opts)));
}

function inspectFun(f: Fun | ExtFun): string {
  if (f instanceof ExtFun) return "&" + inspectAtom(f.module) + "." + inspectRemoteCall(f.name) + "/" + f.arity;
  if (isEvaluatedFun(f)) return "#Function<" + erlEvalFunIndex(f.arity) + "." + ERL_EVAL_UNIQ + "/" + f.arity + " in :erl_eval.expr/6>";
  const compiled = (f.version as { compiled?: { relativeFile?: string } } | undefined)?.compiled;
  const index = funTableIndex(f);
  // a fun made by a script's top level: Elixir names the file (its module's __RELATIVE__/0)
  if (compiled?.relativeFile !== undefined) return "#Function<" + index + "." + f.uniq + " in file:" + compiled.relativeFile + ">";
  // (named by the code that runs it now: no name while no loaded version has its code)
  const own = funNameNow(f);
  const m = /^-(.+)\/(\d+)-fun-\d+-$/.exec(own);
  const name = m ? "." + inspectRemoteCall(atom(m[1])) + "/" + m[2] : own ? "." + own : "";
  return "#Function<" + index + "." + f.uniq + "/" + f.arity + " in " + inspectAtom(f.module) + name + ">";
}

// Deep terms (a list of lists 100,000 deep, with limit: :infinity) must not recurse on the JS
// stack: below DEFER_DEPTH nested toDoc calls, a container whose document is certainly a group
// is left as an empty group filled in later from a work list, each entry starting again at depth
// 0. A group holding one group lays out exactly as that group does.
const DEFER_DEPTH = 300;
let depth = 0;
let pending: [DocGroup, Term, InspectOpts][] = [];

/** a term whose document is a group (a non-empty tuple, map or list that is no charlist) */
function isGroupDoc(t: Term, opts: InspectOpts): boolean {
  if (t instanceof Tuple) return t.items.length > 0;
  if (t instanceof Cons) return typeof t.head !== "number";
  return isMap(t) && t.size > 0 && !(opts.structs && t.get(atom("__struct__")) instanceof Atom);
}

/** Inspect.Algebra.to_doc/2 for any term. */
export function toDoc(t: Term, opts: InspectOpts): Doc {
  if (depth >= DEFER_DEPTH && isGroupDoc(t, opts)) {
    const g = new DocGroup(EMPTY);
    pending.push([g, t, opts]);
    return g;
  }
  const outer = depth === 0;
  if (outer) checkInspectBudget(t, opts.limit, opts.printableLimit);
  depth++;
  try {
    const doc = toDocNow(t, opts);
    if (outer) {
      while (pending.length > 0) {
        const [g, t2, o2] = pending.pop()!;
        depth = 1;
        (g as { doc: Doc }).doc = toDocNow(t2, o2);
      }
    }
    return doc;
  } finally {
    if (outer) {
      depth = 0;
      pending = [];
    } else depth--;
  }
}

function toDocNow(t: Term, opts: InspectOpts): Doc {
  if (typeof t === "number" || typeof t === "bigint") return color(inspectInt(t, opts), "number", opts);
  if (t instanceof Atom) return color(inspectAtom(t), t.name === "nil" ? "nil" : t.name === "true" || t.name === "false" ? "boolean" : "atom", opts);
  if (t instanceof Bin) return inspectBitstring(t, opts);
  if (t === NIL || t instanceof Cons) return inspectList(t, opts);
  if (t instanceof Tuple) return containerDoc(color("{", "tuple", opts), t.items, undefined, color("}", "tuple", opts), opts, toDoc, "flex", color(",", "tuple", opts));
  if (t instanceof Float) return color(inspectFloat(t.value), "number", opts);
  if (isMap(t)) {
    if (t === opts.asMap) return inspectMap(t, opts);
    const s = t.get(atom("__struct__"));
    if (s instanceof Atom && opts.structs && opts.sites?.custom(t, s)) {
      // (with the :charlists it is inspected with there: Inspect.MapSet lists its elements :as_lists)
      opts.sites.found.push([t, opts.limit, (opts.sitePath ?? []) as Term[], opts.charlists]);
      return EMPTY;
    }
    if (s instanceof Atom && opts.custom && opts.structs) {
      let other: Doc | undefined;
      for (const [k, limit, text] of opts.custom) {
        if (k !== t && !exactEquals(k, t)) continue;
        if (limit === undefined || limit === opts.limit) return text;
        other ??= text;
      }
      if (other !== undefined) return other;
    }
    if (s instanceof Atom && opts.structs) return inspectStruct(t, s, structPart(opts));
    return inspectMap(t, opts);
  }
  if (t instanceof Pid) return "#PID" + pidText(t);
  if (t instanceof Ref) return "#Reference<" + refTermText(t) + ">";
  if (t instanceof Port) return "#Port<" + portText(t) + ">";
  if (t instanceof Fun || t instanceof ExtFun) return inspectFun(t);
  return EMPTY;
}

/** Kernel.inspect/2 */
export function inspect(t: Term, opts: Partial<InspectOpts> = {}): string {
  const o = { ...DEFAULT_OPTS, ...opts };
  return format(nest(group(toDoc(t, o)), o.nest ?? 0), o.pretty ? o.width : Infinity);
}

/** What IO.inspect/2 prints (without the trailing newline): always laid out in `width`. */
export function ioInspect(t: Term, opts: Partial<InspectOpts> = {}): string {
  const o = { ...DEFAULT_OPTS, pretty: true, ...opts };
  return format(group(toDoc(t, o)), o.width);
}

// ---- options from an Elixir keyword list --------------------------------------------------------

/** Parse inspect options from a keyword list term; unknown keys are ignored. Also returns :label. */
export function optsFromKeyword(kw: Term): { opts: Partial<InspectOpts>; label?: Term } {
  const items = listToArray(kw) ?? [];
  const opts: Partial<InspectOpts> = {};
  let label: Term | undefined;
  let labelSeen = false;
  for (const it of items) {
    if (!(it instanceof Tuple) || it.items.length !== 2 || !(it.items[0] instanceof Atom)) continue;
    const [k, v] = it.items as [Atom, Term];
    const vAtom = v instanceof Atom ? v.name : undefined;
    const num = (x: Term) => (x instanceof Atom && x.name === "infinity" ? Infinity : typeof x === "number" ? x : undefined);
    switch (k.name) {
      case "limit": { const n = num(v); if (n !== undefined) opts.limit = n; break; }
      case "width": { const n = num(v); if (n !== undefined) opts.width = n; break; }
      case "printable_limit": { const n = num(v); if (n !== undefined) opts.printableLimit = n; break; }
      case "pretty": opts.pretty = v === TRUE; break;
      case "structs": opts.structs = v !== FALSE; break;
      case "charlists": case "char_lists":
        if (vAtom === "as_lists" || vAtom === "as_charlists" || vAtom === "infer") opts.charlists = vAtom;
        else if (vAtom === "as_char_lists") opts.charlists = "as_charlists";
        break;
      case "binaries":
        if (vAtom === "as_binaries" || vAtom === "as_strings" || vAtom === "infer") opts.binaries = vAtom;
        break;
      case "base":
        if (vAtom === "decimal" || vAtom === "hex" || vAtom === "octal" || vAtom === "binary") opts.base = vAtom;
        break;
      case "syntax_colors": {
        // (Inspect.Algebra.color/3: each kind's ANSI data before its piece, :reset's after it)
        const colors: Record<string, string> = {};
        const data: Record<string, Term> = {};
        for (const e of listToArray(v) ?? []) {
          if (!(e instanceof Tuple) || e.items.length !== 2 || !(e.items[0] instanceof Atom)) continue;
          const f = ansiFragment(e.items[1]);
          const kind = (e.items[0] as Atom).name;
          if (f !== null && !(kind in colors)) {
            colors[kind] = f;
            data[kind] = e.items[1];
          }
        }
        if (Object.keys(colors).length > 0) {
          opts.syntaxColors = colors;
          opts.syntaxColorData = data;
        }
        break;
      }
      // (IO.inspect reads opts[:label]: the first one, and nil or false is none)
      case "label": if (!labelSeen) { labelSeen = true; label = v === NIL_ATOM || v === FALSE ? undefined : v; } break;
      case "__nest__": if (typeof v === "number" && v >= 0) opts.nest = v; break;
    }
  }
  return { opts, label };
}
