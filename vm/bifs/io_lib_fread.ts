// :io_lib.fread/2 (OTP 25's io_lib_fread): reads the characters of a string by a format. White
// space in the format skips any white space in the input; ~d ~u ~- ~# ~f ~s ~a ~c ~l read fields
// (~*x reads without keeping it; a width reads at most that many characters); other characters
// must match. Answers {:ok, results, rest}, {:more, rest_format, chars_read, results_so_far} when
// the input ends before a field, or {:error, {:fread, what}}.
import { Float, NIL, Term, Tuple, atom, int, list, listToArray, tuple } from "../terms.ts";
import { defineBifs } from "./registry.ts";
import { badarg } from "../errors.ts";

const isWhite = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** what a field that does not read is called in its error */
const FIELD_KINDS: Record<string, string> = { d: "integer", u: "unsigned", f: "float", "#": "based", s: "string", a: "atom" };

class Fail {
  constructor(readonly what: string) {}
}

function chars(t: Term): number[] {
  const items = listToArray(t);
  if (items === null) badarg();
  const out: number[] = [];
  for (const x of items!) {
    if (typeof x === "number") out.push(x);
    else if (x !== NIL) {
      const inner = listToArray(x);
      if (inner === null) badarg();
      out.push(...chars(x));
    }
  }
  return out;
}

function fread(fmtTerm: Term, inTerm: Term): Term {
  const fmt = chars(fmtTerm);
  const input = chars(inTerm);
  const results: Term[] = [];
  let i = 0;
  let f = 0;
  const more = (from: number): Term => tuple(atom("more"), list(fmt.slice(from)), i, list(results.slice().reverse()));
  try {
    while (f < fmt.length) {
      const c = fmt[f];
      if (isWhite(c)) {
        while (f < fmt.length && isWhite(fmt[f])) f++;
        while (i < input.length && isWhite(input[i])) i++;
        continue;
      }
      if (c !== 126) {
        // a literal character
        if (i >= input.length) return more(f);
        if (input[i] !== c) throw new Fail("input");
        i++;
        f++;
        continue;
      }
      const start = f;
      f++;
      const suppress = fmt[f] === 42;
      if (suppress) f++;
      let width: number | null = null;
      while (f < fmt.length && isDigit(fmt[f])) width = (width ?? 0) * 10 + fmt[f++] - 48;
      const d = fmt[f++];
      if (d === undefined) throw new Fail("format");
      const keep = (v: Term) => { if (!suppress) results.push(v); };
      const ch = String.fromCharCode(d);
      if (ch === "~") {
        if (i >= input.length) return more(start);
        if (input[i] !== 126) throw new Fail("input");
        i++;
        continue;
      }
      if (ch === "l") { keep(i); continue; }
      if (ch === "c") {
        const n = width ?? 1;
        if (i + n > input.length) return more(start);
        keep(list(input.slice(i, i + n)));
        i += n;
        continue;
      }
      if (!"duf-#sa".includes(ch)) throw new Fail("format");
      // the other fields but ~- skip white space first (a width counts it); input that ends there
      // is more to read when there was none, else no field (an empty ~s or ~a without a width)
      const fieldStart = i;
      if (ch !== "-") while (i < input.length && isWhite(input[i])) i++;
      if (i >= input.length && i === fieldStart) return more(start);
      if (i >= input.length) {
        if ((ch === "s" || ch === "a") && width === null) { keep(ch === "s" ? NIL : atom("")); continue; }
        throw new Fail(FIELD_KINDS[ch]);
      }
      const end = width === null ? input.length : Math.min(input.length, fieldStart + width);
      const field = input.slice(i, end);
      let used = 0;
      switch (ch) {
        case "d":
        case "u": {
          let k = 0;
          let sign = 1n;
          if (ch === "d" && (field[0] === 45 || field[0] === 43)) { sign = field[0] === 45 ? -1n : 1n; k = 1; }
          const from = k;
          while (k < field.length && isDigit(field[k])) k++;
          if (k === from) throw new Fail(ch === "d" ? "integer" : "unsigned");
          keep(int(sign * BigInt(String.fromCharCode(...field.slice(from, k)))));
          used = k;
          break;
        }
        case "-": {
          if (field[0] === 45) { keep(-1); used = 1; } else { keep(1); used = field[0] === 43 ? 1 : 0; }
          break;
        }
        case "#": {
          let k = 0;
          let sign = 1n;
          if (field[0] === 45 || field[0] === 43) { sign = field[0] === 45 ? -1n : 1n; k = 1; }
          const b0 = k;
          while (k < field.length && isDigit(field[k])) k++;
          const base = Number(String.fromCharCode(...field.slice(b0, k)));
          if (k === b0 || field[k] !== 35 || base < 2 || base > 36) throw new Fail("based");
          k++;
          const d0 = k;
          // the digits are every letter and digit that follows: one the base cannot hold fails
          while (k < field.length && !Number.isNaN(parseInt(String.fromCharCode(field[k]), 36))) k++;
          if (k === d0 || field.slice(d0, k).some((x) => parseInt(String.fromCharCode(x), 36) >= base)) throw new Fail("based");
          let v = 0n;
          for (const x of field.slice(d0, k)) v = v * BigInt(base) + BigInt(parseInt(String.fromCharCode(x), 36));
          keep(int(sign * v));
          used = k;
          break;
        }
        case "f": {
          const m = /^[+-]?\d+\.\d+([eE][+-]?\d+)?/.exec(String.fromCharCode(...field));
          if (m === null) throw new Fail("float");
          keep(new Float(Number(m[0])));
          used = m[0].length;
          break;
        }
        case "s":
        case "a": {
          let k = 0;
          while (k < field.length && !isWhite(field[k])) k++;
          keep(ch === "s" ? list(field.slice(0, k)) : atom(String.fromCodePoint(...field.slice(0, k))));
          used = k;
          break;
        }
      }
      i += used;
    }
  } catch (e) {
    if (e instanceof Fail) return tuple(atom("error"), tuple(atom("fread"), atom(e.what)));
    throw e;
  }
  return tuple(atom("ok"), list(results), list(input.slice(i)));
}

/**
 * io_lib:fread/3, the io protocol's get_until callback behind :io.fread: the input is read a line
 * at a time, the lines so far (the continuation) by the format again with each new one. Lines
 * that end in white space and would read (were that white space not there) with more input ask for
 * the next line, as a line's end is no field's end; else {:done, {:ok, results} | {:error, what},
 * rest} (an error takes its line). At the end of input: :eof when only white space was left,
 * :input's error when a field was cut short.
 */
function freadMore(cont: Term, more: Term, fmt: Term): Term {
  const read = cont === NIL ? [] : chars(cont);
  const done = (r: Term, rest: number[]) => tuple(atom("done"), r, list(rest));
  if (more === atom("eof")) {
    if (read.every(isWhite)) return done(atom("eof"), []);
    const r = fread(fmt, list(read)) as Tuple;
    if (r.items[0] === atom("more")) return done(tuple(atom("error"), tuple(atom("fread"), atom("input"))), []);
    return r.items[0] === atom("ok") ? done(tuple(atom("ok"), r.items[1]), chars(r.items[2])) : done(r, []);
  }
  const all = [...read, ...chars(more)];
  // each line in turn (the last one perhaps not ended yet)
  for (let end = read.length; end < all.length; ) {
    const nl = all.indexOf(10, end);
    end = nl < 0 ? all.length : nl + 1;
    const upTo = all.slice(0, end);
    let text = end;
    while (text > 0 && isWhite(upTo[text - 1])) text--;
    if ((fread(fmt, list(upTo.slice(0, text))) as Tuple).items[0] === atom("more")) continue;
    const r = fread(fmt, list(upTo)) as Tuple;
    if (r.items[0] === atom("ok")) return done(tuple(atom("ok"), r.items[1]), [...chars(r.items[2]), ...all.slice(end)]);
    return done(r, all.slice(end));
  }
  return tuple(atom("more"), list(all));
}

defineBifs("io_lib", {
  "fread/2": ([f, input]) => fread(f, input),
  "fread/3": ([cont, more, f]) => freadMore(cont, more, f),
});

