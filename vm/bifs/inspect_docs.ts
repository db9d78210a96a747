// Inspect.Algebra's documents cross between the language and the VM: a user's Inspect
// implementation returns Elixir 1.14's document terms ({:doc_cons, l, r}, {:doc_group, d, :self},
// ...), which become vm/inspect_algebra.ts documents so they are laid out inside the term around
// them as Elixir lays them out; Inspect.Algebra.to_doc/2 turns the VM's document of a built-in
// term back into those terms. Inspect.Algebra.format/2 renders here.
import { Atom, Bin, Cons, NIL, Term, Tuple, atom, bin, list, listToArray, tuple } from "../terms.ts";
import { inspect } from "../inspect.ts";
import {
  Doc, DocBreak, DocCollapse, DocColor, DocCons, DocFits, DocForce, DocGroup, DocLine, DocNest, DocNil, DocText, EMPTY, layoutPieces,
} from "../inspect_algebra.ts";
import { badarg, elixirRaise } from "../errors.ts";

const DOC_NIL = atom("doc_nil"), DOC_LINE = atom("doc_line");

// IO.ANSI's colour and style names that Inspect.Algebra.color/3 may be given
const ANSI: Record<string, number> = {
  reset: 0, bright: 1, faint: 2, italic: 3, underline: 4, blink_slow: 5, blink_rapid: 6, inverse: 7, reverse: 7,
  conceal: 8, crossed_out: 9, normal: 22, not_italic: 23, no_underline: 24, blink_off: 25, inverse_off: 27, reverse_off: 27,
  black: 30, red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, white: 37, default_color: 39,
  black_background: 40, red_background: 41, green_background: 42, yellow_background: 43, blue_background: 44,
  magenta_background: 45, cyan_background: 46, white_background: 47, default_background: 49,
  light_black: 90, light_red: 91, light_green: 92, light_yellow: 93, light_blue: 94, light_magenta: 95, light_cyan: 96, light_white: 97,
};

/** IO.ANSI.format_fragment(ansidata, true) of a name, a binary or a list of them; null when a name is unknown */
export function ansiFragment(c: Term): string | null {
  if (c instanceof Bin) return c.toString();
  if (c instanceof Atom) return ANSI[c.name] !== undefined ? `\x1b[${ANSI[c.name]}m` : null;
  const items = listToArray(c);
  if (items === null) return null;
  let out = "";
  for (const x of items) {
    const f = ansiFragment(x);
    if (f === null) return null;
    out += f;
  }
  return out;
}

/**
 * IO.ANSI.format_fragment(ansidata, true) as Elixir builds it: each name's escape appended as an
 * improper tail ([[] | "\e[31m"]), anything else (a binary, a character) as a two-element list,
 * nested lists walked in order; an unknown name is Elixir's ArgumentError
 */
export function fragmentTerm(c: Term): Term {
  let acc: Term = NIL;
  const rests: Term[] = [];
  let t: Term = c;
  for (;;) {
    if (t instanceof Cons) {
      rests.push(t.tail);
      t = t.head;
    } else if (t === NIL) {
      if (rests.length === 0) return acc;
      t = rests.pop()!;
    } else {
      if (t instanceof Atom) {
        const code = ANSI[t.name];
        if (code === undefined) elixirRaise("ArgumentError", `invalid ANSI sequence specification: ${inspect(t)}`);
        acc = new Cons(acc, bin(`\x1b[${code}m`));
      } else acc = list([acc, t]);
      t = NIL;
    }
  }
}

/** an iodata fragment's text (its characters and binaries in order) */
function fragmentText(t: Term): string {
  if (t instanceof Bin) return t.toString();
  if (typeof t === "number") return String.fromCodePoint(t);
  let out = "";
  for (let cur: Term = t; cur !== NIL; ) {
    if (cur instanceof Cons) {
      out += fragmentText(cur.head);
      cur = cur.tail;
    } else {
      out += fragmentText(cur);
      break;
    }
  }
  return out;
}

function colorOf(c: Term): DocColor {
  const piece = fragmentTerm(c);
  return new DocColor(fragmentText(piece), c);
}

function nestIndent(t: Term): number | "cursor" | "reset" {
  if (typeof t === "number") return t;
  if (t === atom("cursor")) return "cursor";
  if (t === atom("reset")) return "reset";
  return badarg();
}

/** an Elixir document term as a VM document (a bad document: badarg) */
export function fromElixirDoc(t: Term): Doc {
  if (t instanceof Bin) return t.toString();
  if (t === DOC_NIL) return EMPTY;
  if (t === DOC_LINE) return new DocLine();
  if (!(t instanceof Tuple) || !(t.items[0] instanceof Atom)) return badarg();
  const [tag, a, b, c] = t.items;
  switch (`${(tag as Atom).name}/${t.items.length}`) {
    case "doc_cons/3": {
      // right-nested chains (fold_doc over long collections) are walked in a loop
      const lefts: Doc[] = [];
      let cur: Term = t;
      while (cur instanceof Tuple && cur.items.length === 3 && cur.items[0] === atom("doc_cons")) {
        lefts.push(fromElixirDoc(cur.items[1]));
        cur = cur.items[2];
      }
      let d = fromElixirDoc(cur);
      for (let n = lefts.length - 1; n >= 0; n--) d = new DocCons(lefts[n], d);
      return d;
    }
    case "doc_string/3": return typeof b === "number" && a instanceof Bin ? new DocText(a.toString(), b) : badarg();
    case "doc_nest/4": return new DocNest(fromElixirDoc(a), nestIndent(b), c === atom("break"));
    case "doc_break/3": return a instanceof Bin ? new DocBreak(a.toString(), b === atom("flex")) : badarg();
    case "doc_group/3": return new DocGroup(fromElixirDoc(a), b === atom("inherit"));
    case "doc_force/2": return new DocForce(fromElixirDoc(a));
    case "doc_fits/3": return new DocFits(fromElixirDoc(a), b !== atom("disabled"));
    case "doc_collapse/2": return typeof a === "number" ? new DocCollapse(a) : badarg();
    case "doc_limit/3": return fromElixirDoc(a);
    case "doc_color/3": return new DocCons(colorOf(b), fromElixirDoc(a));
    default: return badarg();
  }
}

/** a VM document as the Elixir document term Inspect.Algebra would have built */
export function toElixirDoc(d: Doc): Term {
  if (typeof d === "string") return bin(d);
  if (d instanceof DocNil) return DOC_NIL;
  if (d instanceof DocCons) {
    const lefts: Term[] = [];
    let cur: Doc = d;
    while (cur instanceof DocCons) {
      lefts.push(toElixirDoc(cur.left));
      cur = cur.right;
    }
    let t = toElixirDoc(cur);
    for (let n = lefts.length - 1; n >= 0; n--) t = tuple(atom("doc_cons"), lefts[n], t);
    return t;
  }
  if (d instanceof DocNest) {
    const indent = typeof d.indent === "number" ? d.indent : atom(d.indent);
    return tuple(atom("doc_nest"), toElixirDoc(d.doc), indent, atom(d.onBreak ? "break" : "always"));
  }
  if (d instanceof DocBreak) return tuple(atom("doc_break"), bin(d.s), atom(d.flex ? "flex" : "strict"));
  if (d instanceof DocGroup) return tuple(atom("doc_group"), toElixirDoc(d.doc), atom(d.inherit ? "inherit" : "self"));
  if (d instanceof DocColor) return tuple(atom("doc_color"), DOC_NIL, (d.color as Term | undefined) ?? bin(d.s));
  if (d instanceof DocText) return tuple(atom("doc_string"), bin(d.s), d.len);
  if (d instanceof DocLine) return DOC_LINE;
  if (d instanceof DocForce) return tuple(atom("doc_force"), toElixirDoc(d.doc));
  if (d instanceof DocFits) return tuple(atom("doc_fits"), toElixirDoc(d.doc), atom(d.enabled ? "enabled" : "disabled"));
  return tuple(atom("doc_collapse"), (d as DocCollapse).max);
}

/** Inspect.Algebra.format/2: the rendered pieces as a list of binaries */
export function formatElixirDoc(doc: Term, width: Term): Term {
  const w = width === atom("infinity") ? Infinity : typeof width === "number" && width >= 0 ? width : badarg();
  return list(layoutPieces(fromElixirDoc(doc), w).map((p) => (typeof p === "string" ? bin(p) : fragmentTerm((p.color as Term | undefined) ?? bin(p.s)))));
}
