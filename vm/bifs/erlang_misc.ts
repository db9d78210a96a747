// Small Erlang modules: :rand, :string (the common functions), :io / :io_lib format, and
// erlang:get_keys over the process dictionary.
import { Atom, Bin, Cons, Float, NIL, Term, Tuple, atom, bin, list, tuple, OK, isMap, Pid, Ref, Fun, ExtFun, NIL_ATOM, TRUE, FALSE } from "../terms.ts";
import { defineBifs, lookupBif, BifContext } from "./registry.ts";
import { badarg } from "../errors.ts";
import { arr, chardataToString, codepoints } from "./util.ts";
import { formatFloat } from "../format_float.ts";
import { exactEquals } from "../compare.ts";

// ---- :rand (xorshift128+, seedable; not Erlang's exsss, so seeded sequences differ) ---------------

let s0 = BigInt(Date.now()) ^ 0x9e3779b97f4a7c15n, s1 = BigInt(Math.floor(Math.random() * 2 ** 52)) | 1n;
const M64 = (1n << 64n) - 1n;
function next64(): bigint {
  let x = s0;
  const y = s1;
  s0 = y;
  x ^= (x << 23n) & M64;
  s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
  return (s1 + y) & M64;
}
function uniformFloat(): number {
  return Number(next64() >> 11n) / 2 ** 53;
}
function seed(t: Term): Term {
  let h = 0x12345678n;
  const mix = (x: Term): void => {
    if (typeof x === "number" || typeof x === "bigint") h = (h * 6364136223846793005n + BigInt(x) + 1442695040888963407n) & M64;
    else if (x instanceof Tuple) x.items.forEach(mix);
    else if (x instanceof Cons) { let l: Term = x; while (l instanceof Cons) { mix(l.head); l = l.tail; } }
  };
  mix(t);
  s0 = h | 1n;
  s1 = (h * 0x9e3779b97f4a7c15n) & M64 | 2n;
  for (let i = 0; i < 10; i++) next64();
  return tuple(tuple(atom("exsss")), tuple(Number(s0 & 0xffffffn), Number(s1 & 0xffffffn)));
}
function uniformInt(n: Term): Term {
  if (typeof n === "number" && Number.isInteger(n) && n >= 1) return Math.floor(uniformFloat() * n) + 1;
  if (typeof n === "bigint" && n >= 1n) return Number(next64() % n) + 1;
  return badarg();
}

defineBifs("rand", {
  "uniform/0": () => new Float(uniformFloat()),
  "uniform/1": ([n]) => uniformInt(n),
  "uniform_real/0": () => new Float(uniformFloat() || Number.MIN_VALUE),
  "seed/1": ([a]) => seed(a),
  "seed/2": ([a, s]) => seed(tuple(a, s)),
  "normal/0": () => new Float(Math.sqrt(-2 * Math.log(1 - uniformFloat())) * Math.cos(2 * Math.PI * uniformFloat())),
  "bytes/1": ([n]) => {
    if (typeof n !== "number" || n < 0) badarg();
    const b = new Uint8Array(n as number);
    for (let i = 0; i < b.length; i++) b[i] = Number(next64() & 0xffn);
    return new Bin(b);
  },
});

// ---- :string ------------------------------------------------------------------------------------

/** apply a text transform to chardata, keeping the kind: binary in, binary out; list in, list out */
function mapText(t: Term, f: (s: string) => string): Term {
  if (t instanceof Bin) return bin(f(t.toString()));
  const r = chardataToString(t);
  if (typeof r !== "string") return badarg();
  return list(codepoints(f(r)));
}

function textOf(t: Term): string {
  if (t instanceof Bin) return t.toString();
  const r = chardataToString(t);
  return typeof r === "string" ? r : badarg();
}

defineBifs("string", {
  "to_upper/1": ([t]) => (typeof t === "number" ? String.fromCodePoint(t).toUpperCase().codePointAt(0)! : mapText(t, (s) => s.toUpperCase())),
  "to_lower/1": ([t]) => (typeof t === "number" ? String.fromCodePoint(t).toLowerCase().codePointAt(0)! : mapText(t, (s) => s.toLowerCase())),
  "uppercase/1": ([t]) => mapText(t, (s) => s.toUpperCase()),
  "lowercase/1": ([t]) => mapText(t, (s) => s.toLowerCase()),
  "trim/1": ([t]) => mapText(t, (s) => s.trim()),
  "reverse/1": ([t]) => mapText(t, (s) => [...s].reverse().join("")),
  "length/1": ([t]) => [...textOf(t)].length,
  "is_empty/1": ([t]) => (textOf(t).length === 0 ? TRUE : FALSE),
  "equal/2": ([a, b]) => (textOf(a) === textOf(b) ? TRUE : FALSE),
  "concat/2": ([a, b]) => mapText(a, (s) => s + textOf(b)),
  "copies/2": ([t, n]) => mapText(t, (s) => s.repeat(n as number)),
  "chars/2": ([c, n]) => list(new Array(n as number).fill(c)),
  "chars/3": ([c, n, tail]) => list(new Array(n as number).fill(c), tail),
  "find/2": ([t, p]) => {
    const s = textOf(t), i = s.indexOf(textOf(p));
    return i < 0 ? atom("nomatch") : mapText(t, () => s.slice(i));
  },
  "split/2": ([t, p]) => {
    const s = textOf(t), sep = textOf(p), i = s.indexOf(sep);
    const parts = i < 0 || sep === "" ? [s] : [s.slice(0, i), s.slice(i + sep.length)];
    return list(parts.map((x) => mapText(t, () => x)));
  },
  "split/3": ([t, p, where]) => {
    const s = textOf(t), sep = textOf(p);
    const parts = sep === "" ? [s] : where instanceof Atom && where.name === "all" ? s.split(sep) : (() => {
      const i = where instanceof Atom && where.name === "trailing" ? s.lastIndexOf(sep) : s.indexOf(sep);
      return i < 0 ? [s] : [s.slice(0, i), s.slice(i + sep.length)];
    })();
    return list(parts.map((x) => mapText(t, () => x)));
  },
  "tokens/2": ([t, seps]) => {
    const set = new Set(arr(seps) as number[]);
    const out: Term[] = [];
    let cur: number[] = [];
    for (const c of arr(t) as number[]) {
      if (set.has(c)) { if (cur.length) out.push(list(cur)); cur = []; } else cur.push(c);
    }
    if (cur.length) out.push(list(cur));
    return list(out);
  },
  "join/2": ([ls, sep]) => {
    const parts = arr(ls);
    const out: Term[] = [];
    parts.forEach((p, i) => { if (i > 0) out.push(...arr(sep)); out.push(...arr(p)); });
    return list(out);
  },
});

// ---- :io.format / :io_lib.format ------------------------------------------------------------------

const PLAIN_ATOM = /^[a-z][a-zA-Z0-9_@]*$/;
const RESERVED = new Set(["after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch",
  "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive", "rem", "try", "when", "xor", "maybe"]);

function erlAtom(a: Atom): string {
  if (PLAIN_ATOM.test(a.name) && !RESERVED.has(a.name)) return a.name;
  return "'" + a.name.replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
}

function isPrintableList(items: Term[]): boolean {
  return items.length > 0 && items.every((c) => typeof c === "number" && ((c >= 32 && c <= 126) || (c >= 160 && c <= 255) || c === 10 || c === 9 || c === 13 || c === 11 || c === 8 || c === 12 || c === 27 || c === 7));
}

function erlString(s: string, q: string): string {
  let out = q;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (c === 10) out += "\\n";
    else if (c === 9) out += "\\t";
    else if (c === 13) out += "\\r";
    else if (c === 11) out += "\\v";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c === 27) out += "\\e";
    else if (c === 7) out += "\\a";
    else out += ch;
  }
  return out + q;
}

/** an Erlang term as ~w (pretty = false) or ~p (strings shown as strings) print it, on one line */
export function erlTerm(t: Term, pretty: boolean): string {
  if (typeof t === "number" || typeof t === "bigint") return String(t);
  if (t instanceof Float) return formatFloat(t.value);
  if (t instanceof Atom) return erlAtom(t);
  if (t instanceof Bin) {
    const s = t.toString();
    const valid = !s.includes("\ufffd");
    if (valid && pretty && [...s].every((ch) => { const c = ch.codePointAt(0)!; return c >= 32 || c === 10 || c === 9; })) return "<<" + erlString(s, '"') + ">>";
    return "<<" + [...t.bytes].join(",") + ">>";
  }
  if (t === NIL) return "[]";
  if (t instanceof Cons) {
    const items: Term[] = [];
    let l: Term = t;
    while (l instanceof Cons) { items.push(l.head); l = l.tail; }
    if (l === NIL && pretty && isPrintableList(items)) return erlString(String.fromCodePoint(...(items as number[])), '"');
    return "[" + items.map((x) => erlTerm(x, pretty)).join(",") + (l === NIL ? "" : "|" + erlTerm(l, pretty)) + "]";
  }
  if (t instanceof Tuple) return "{" + t.items.map((x) => erlTerm(x, pretty)).join(",") + "}";
  if (isMap(t)) return "#{" + t.entries().map(([k, v]) => erlTerm(k, pretty) + " => " + erlTerm(v, pretty)).join(",") + "}";
  if (t instanceof Pid) return "<" + t.node + "." + t.id + ".0>";
  if (t instanceof Ref) return "#Ref<0.0.0." + t.id + ">";
  if (t instanceof ExtFun) return "fun " + erlAtom(t.module) + ":" + erlAtom(t.name) + "/" + t.arity;
  if (t instanceof Fun) return "#Fun<" + t.module.name + "." + t.index + "." + t.uniq + ">";
  return "?";
}

function formatText(fmt: Term, args: Term): string {
  const f = fmt instanceof Atom ? fmt.name : textOf(fmt);
  const as = arr(args);
  let k = 0;
  const nextArg = (): Term => (k < as.length ? as[k++] : badarg());
  let out = "";
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    if (ch !== "~") { out += ch; continue; }
    // ~[width][.precision][.pad][t|l]control
    let j = i + 1;
    let width = "";
    while (j < f.length && /[0-9-]/.test(f[j])) width += f[j++];
    let prec = "";
    if (f[j] === ".") { j++; while (j < f.length && /[0-9]/.test(f[j])) prec += f[j++]; }
    if (f[j] === ".") { j += 2; }
    while (f[j] === "t" || f[j] === "l") j++;
    const c = f[j];
    i = j;
    let piece: string;
    switch (c) {
      case "~": piece = "~"; break;
      case "n": piece = "\n"; break;
      case "p": case "P": piece = erlTerm(nextArg(), true); if (c === "P") nextArg(); break;
      case "w": case "W": piece = erlTerm(nextArg(), false); if (c === "W") nextArg(); break;
      case "s": {
        const a = nextArg();
        piece = a instanceof Atom ? a.name : textOf(a);
        break;
      }
      case "c": piece = String.fromCodePoint(nextArg() as number); break;
      case "b": case "B": case "x": case "X": case "#": case "+": {
        const a = nextArg();
        const base = prec ? Number(prec) : 10;
        piece = typeof a === "number" || typeof a === "bigint" ? a.toString(base) : badarg();
        if (c === "B" || c === "X") piece = piece.toUpperCase();
        if (c === "x" || c === "X") piece += textOf(nextArg());
        break;
      }
      case "f": case "e": case "g": {
        const a = nextArg();
        const x = a instanceof Float ? a.value : typeof a === "number" ? badarg() : badarg();
        const p = prec ? Number(prec) : 6;
        piece = c === "f" ? x.toFixed(p) : c === "e" ? x.toExponential(p - 1).replace(/e([+-])(\d)$/, "e$10$2") : String(x);
        break;
      }
      case "i": nextArg(); piece = ""; break;
      default: return badarg();
    }
    if (width) {
      const w = Math.abs(Number(width));
      const n = [...piece].length;
      if (n < w) piece = width.startsWith("-") ? piece + " ".repeat(w - n) : " ".repeat(w - n) + piece;
    }
    out += piece;
  }
  if (k < as.length) badarg();
  return out;
}

function device(d: Term): 1 | 2 {
  return d instanceof Atom && d.name === "standard_error" ? 2 : 1;
}

defineBifs("io", {
  "format/1": ([f], ctx) => { ctx.write(1, formatText(f, NIL)); return OK; },
  "format/2": ([f, a], ctx) => { ctx.write(1, formatText(f, a)); return OK; },
  "format/3": ([d, f, a], ctx) => { ctx.write(device(d), formatText(f, a)); return OK; },
  "fwrite/1": ([f], ctx) => { ctx.write(1, formatText(f, NIL)); return OK; },
  "fwrite/2": ([f, a], ctx) => { ctx.write(1, formatText(f, a)); return OK; },
  "fwrite/3": ([d, f, a], ctx) => { ctx.write(device(d), formatText(f, a)); return OK; },
  "put_chars/1": ([t], ctx) => { ctx.write(1, textOf(t)); return OK; },
  "put_chars/2": ([d, t], ctx) => { ctx.write(device(d), textOf(t)); return OK; },
  "nl/0": (_, ctx) => { ctx.write(1, "\n"); return OK; },
  "nl/1": ([d], ctx) => { ctx.write(device(d), "\n"); return OK; },
});

defineBifs("io_lib", {
  "format/2": ([f, a]) => list(codepoints(formatText(f, a))),
  "fwrite/2": ([f, a]) => list(codepoints(formatText(f, a))),
  "write/1": ([t]) => list(codepoints(erlTerm(t, false))),
  "print/1": ([t]) => list(codepoints(erlTerm(t, true))),
});

// ---- erlang:get_keys (over the process dictionary BIF erlang:get/0) -----------------------------

defineBifs("erlang", {
  "get_keys/0": (_, ctx) => {
    const all = arr(lookupBif("erlang", "get", 0)!.fn([], ctx) as Term);
    return list(all.map((p) => (p as Tuple).items[0]));
  },
  "get_keys/1": ([v], ctx) => {
    const all = arr(lookupBif("erlang", "get", 0)!.fn([], ctx) as Term);
    return list(all.filter((p) => exactEquals((p as Tuple).items[1], v)).map((p) => (p as Tuple).items[0]));
  },
});

