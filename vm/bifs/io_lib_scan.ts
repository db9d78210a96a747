// io_lib:scan_format/2, unscan_format/1 and build_text/1 as OTP 25 has them: a format scanned
// into its characters and one map a control (the keys of OTP 25's io_lib_format: adjust, args,
// control_char, encoding, pad_char, precision, strings, width), turned back into a format and its
// arguments, or built into text as io_lib:format/2 builds it.
import { Atom, Cons, NIL, Term, atom, list, tuple, isMap, TRUE, FALSE, charlist } from "../terms.ts";
import { mapFromEntries } from "../map.ts";
import { defineBifs } from "./registry.ts";
import { ErlangError } from "../errors.ts";
import { properItems } from "../io_write.ts";
import { Control, FormatFail, Scanned, Spec, buildPieces, controlArgCount, piecesDeep, scanFormat } from "../io_format.ts";

const NONE = atom("none");
const KEYS = ["adjust", "args", "control_char", "encoding", "pad_char", "precision", "strings", "width"].map((k) => atom(k));
const [ADJUST, ARGS, CONTROL_CHAR, ENCODING, PAD_CHAR, PRECISION, STRINGS, WIDTH] = KEYS;

/** io_lib's own badarg: the call itself is the trace's top (io_lib.erl's line of its catch) */
function badargFrom(fun: string, args: Term[], line: number): never {
  const err = new ErlangError("error", atom("badarg"));
  err.callee = tuple(atom("io_lib"), atom(fun), list(args), list([tuple(atom("file"), charlist("io_lib.erl")), tuple(atom("line"), line)]));
  throw err;
}

function controlMap(c: Control): Term {
  const { spec } = c;
  return mapFromEntries([
    [ADJUST, atom(spec.adjLeft ? "left" : "right")],
    [ARGS, list(c.args)],
    [CONTROL_CHAR, spec.control.codePointAt(0)!],
    [ENCODING, atom(spec.mod.includes("t") ? "unicode" : "latin1")],
    [PAD_CHAR, spec.pad.codePointAt(0)!],
    [PRECISION, spec.prec ?? NONE],
    [STRINGS, spec.mod.includes("l") ? FALSE : TRUE],
    [WIDTH, spec.field ?? NONE],
  ]);
}

const intOrNone = (t: Term | undefined): number | null | undefined =>
  t === NONE ? null : typeof t === "number" && Number.isInteger(t) && t >= 0 ? t : undefined;

/** a control map back as a Control (undefined: a map io_lib_format cannot build) */
function mapControl(m: Term): Control | undefined {
  if (!isMap(m)) return undefined;
  const [adjust, args, c, enc, pad, prec, strings, width] = KEYS.map((k) => m.get(k));
  const as = args === undefined ? null : properItems(args);
  const field = intOrNone(width);
  const precision = intOrNone(prec);
  if (as === null || field === undefined || precision === undefined) return undefined;
  if (typeof c !== "number" || typeof pad !== "number" || pad < 0 || pad > 0x10ffff) return undefined;
  if (!(adjust instanceof Atom && (adjust.name === "left" || adjust.name === "right"))) return undefined;
  if (!(enc instanceof Atom && (enc.name === "latin1" || enc.name === "unicode"))) return undefined;
  const control = c >= 0 && c <= 0x10ffff ? String.fromCodePoint(c) : "";
  if (!"~ncswWpPefgbBxX#+i".includes(control) || control === "") return undefined;
  // (each control's clause takes exactly its arguments)
  if (as.length !== controlArgCount(control)) return undefined;
  const mod = (enc.name === "unicode" ? "t" : "") + (strings === FALSE ? "l" : "");
  const spec: Spec = { field, adjLeft: adjust.name === "left", prec: precision, pad: String.fromCodePoint(pad), mod, control };
  return { spec, args: as, at: 1 };
}

/** a control's text in a format (io_lib_format's print/7) */
function controlText(m: Term): number[] | undefined {
  if (!isMap(m)) return undefined;
  const [adjust, , c, enc, pad, prec, strings, width] = KEYS.map((k) => m.get(k));
  if ([adjust, c, enc, pad, prec, strings, width].includes(undefined)) return undefined;
  let s = "~";
  if (width !== NONE) s += adjust instanceof Atom && adjust.name === "left" ? `-${width as number}` : `${width as number}`;
  if (prec !== NONE) s += `.${prec as number}`;
  else if (pad !== 32) s += ".";
  const out = [...s].map((ch) => ch.codePointAt(0)!);
  if (pad !== 32) out.push(46, pad as number);
  if (enc instanceof Atom && enc.name === "unicode") out.push(116);
  if (strings === FALSE) out.push(108);
  out.push(c as number);
  return out;
}

defineBifs("io_lib", {
  "scan_format/2": ([f, a]) => {
    let items: Scanned;
    try { items = scanFormat(f, a); } catch (e) {
      if (e instanceof FormatFail) return badargFrom("scan_format", [f, a], 215);
      throw e;
    }
    return list(items.map((x) => (typeof x === "number" ? x : "kept" in x ? x.kept : controlMap(x))));
  },
  "unscan_format/1": ([cs]) => {
    const chars: Term[] = [];
    const args: Term[] = [];
    let l = cs;
    for (; l instanceof Cons; l = l.tail) {
      const h = l.head;
      const text = controlText(h);
      if (text === undefined) chars.push(h);
      else chars.push(...text);
      // (any map with args gives them, as io_lib_format's args/1)
      if (isMap(h) && h.has(ARGS)) args.push(...(properItems(h.get(ARGS)!) ?? []));
    }
    if (l !== NIL) {
      const err = new ErlangError("error", atom("function_clause"));
      err.callee = tuple(atom("io_lib_format"), atom("print"), list([l]), NIL);
      throw err;
    }
    return tuple(list(chars), list(args));
  },
  "build_text/1": ([cs]) => {
    const items = properItems(cs);
    const scanned: Scanned = [];
    for (const x of items ?? []) {
      const c = typeof x === "number" || x instanceof Cons || x === NIL ? undefined : mapControl(x);
      if (typeof x === "number") scanned.push(x);
      else if (x instanceof Cons || x === NIL) scanned.push({ kept: x });
      else if (c !== undefined) scanned.push(c);
      else return badargFrom("build_text", [cs], 234);
    }
    if (items === null) return badargFrom("build_text", [cs], 234);
    try { return piecesDeep(buildPieces(scanned)); } catch (e) {
      if (e instanceof FormatFail) return badargFrom("build_text", [cs], 234);
      throw e;
    }
  },
});
