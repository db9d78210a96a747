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
const FIELD_KINDS: Record<string, string> = { d: "integer", u: "unsigned", f: "float", "#": "based", s: "string", a: "atom", c: "character" };

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

/** a field read from the front of `field`: its value and the characters it took */
function readField(ch: string, field: number[]): [Term, number] {
  switch (ch) {
    case "d":
    case "u": {
      let k = 0;
      let sign = 1n;
      if (ch === "d" && (field[0] === 45 || field[0] === 43)) { sign = field[0] === 45 ? -1n : 1n; k = 1; }
      const from = k;
      while (k < field.length && isDigit(field[k])) k++;
      if (k === from) throw new Fail(FIELD_KINDS[ch]);
      return [int(sign * BigInt(String.fromCharCode(...field.slice(from, k)))), k];
    }
    case "-":
      return field[0] === 45 ? [-1, 1] : [1, field[0] === 43 ? 1 : 0];
    case "#": {
      let k = 0;
      let sign = 1n;
      if (field[0] === 45 || field[0] === 43) { sign = field[0] === 45 ? -1n : 1n; k = 1; }
      const b0 = k;
      while (k < field.length && isDigit(field[k])) k++;
      const base = Number(String.fromCharCode(...field.slice(b0, k)));
      if (k === b0 || field[k] !== 35 || base < 2 || base > 36) throw new Fail("based");
      k++;
      // the digits the base holds, up to the first it does not
      const digit = (x: number | undefined) => (x === undefined ? NaN : parseInt(String.fromCharCode(x), 36));
      const d0 = k;
      let v = 0n;
      while (k < field.length && digit(field[k]) < base) v = v * BigInt(base) + BigInt(digit(field[k++]));
      // (a decimal digit the base does not hold is no end of the number)
      if (k === d0 || isDigit(field[k])) throw new Fail("based");
      return [int(sign * v), k];
    }
    case "f": {
      // digits '.' digits, and an exponent when an e follows (an e without one is no float)
      const m = /^[+-]?\d+\.\d+(?:([eE])([+-]?\d+)?)?/.exec(String.fromCharCode(...field));
      if (m === null || (m[1] !== undefined && m[2] === undefined)) throw new Fail("float");
      return [new Float(Number(m[0])), m[0].length];
    }
    default: {
      // ~s ~a: up to white space
      let k = 0;
      while (k < field.length && !isWhite(field[k])) k++;
      return [ch === "s" ? list(field.slice(0, k)) : atom(String.fromCodePoint(...field.slice(0, k))), k];
    }
  }
}

function fread(fmtTerm: Term, inTerm: Term): Term {
  return freadFrom(chars(fmtTerm), chars(inTerm), 0, []);
}

/** fread/2 with `counted` characters read and `earlier` results (newest first) before `input` */
function freadFrom(fmt: number[], input: number[], counted: number, earlier: Term[]): Term {
  const results: Term[] = earlier.slice().reverse();
  let i = 0;
  let f = 0;
  const more = (from: number): Term => tuple(atom("more"), list(fmt.slice(from)), counted + i, list(results.slice().reverse()));
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
        // (OTP's reader takes another character there for a format it does not know)
        if (input[i] !== 126) throw new Fail("format");
        i++;
        continue;
      }
      if (ch === "l") { keep(counted + i); continue; }
      if (!"cduf-#sa".includes(ch)) throw new Fail("format");
      // a width (~c: 1) takes that many characters, white space included, within the line: fewer
      // is no field, and a number must be all of them but the white space before it
      if (ch === "c" || width !== null) {
        const n = width ?? 1;
        if (i >= input.length) return more(start);
        const span = input.slice(i, i + n);
        if (span.length < n || span.includes(10)) throw new Fail(FIELD_KINDS[ch]);
        i += n;
        let from = 0;
        let to = n;
        if (ch !== "c" && ch !== "-" && ch !== "u") while (from < to && isWhite(span[from])) from++;
        if (ch === "s" || ch === "a") while (to > from && isWhite(span[to - 1])) to--;
        const field = span.slice(from, to);
        if (ch === "c") keep(list(field));
        else if (ch === "s") keep(list(field));
        else if (ch === "a") keep(atom(String.fromCodePoint(...field)));
        else {
          const [v, used] = readField(ch, field);
          if (used !== field.length) throw new Fail(FIELD_KINDS[ch]);
          keep(v);
        }
        continue;
      }
      // ~d ~f ~# ~s ~a skip white space first; input that ends there is more to read when there
      // was none, else no field (an empty ~s or ~a)
      const fieldStart = i;
      if ("df#sa".includes(ch)) while (i < input.length && isWhite(input[i])) i++;
      if (i >= input.length && i === fieldStart) return more(start);
      if (i >= input.length) {
        if (ch === "s" || ch === "a") { keep(ch === "s" ? NIL : atom("")); continue; }
        throw new Fail(FIELD_KINDS[ch]);
      }
      const [v, used] = readField(ch, input.slice(i));
      keep(v);
      i += used;
    }
  } catch (e) {
    if (e instanceof Fail) return tuple(atom("error"), tuple(atom("fread"), atom(e.what)));
    throw e;
  }
  return tuple(atom("ok"), list(results), list(input.slice(i)));
}

/**
 * io_lib:fread/3, the io protocol's get_until callback behind :io.fread: the input is collected a
 * line at a time (a line ends at \n, \r\n, or a \r that something other than \n follows) and read
 * by the format without its line end; a format that needs more input when the line is used up goes
 * on with the next line, so a field never spans two lines. Answers {:more, continuation} until a
 * line is complete, else {:done, {:ok, results} | {:error, what} | :eof, rest}: after a format read
 * to its end, what the line has left (with its line end) and the lines after it (a line read to its
 * end leaves only those); after an error, the lines after the one that failed. At the end of input
 * a format still waiting for a field is :eof when it read nothing yet, else :input's error.
 * The continuation is {format left, the line so far (reversed), characters counted, results
 * (newest first)}.
 */
function freadMore(cont: Term, more: Term, fmt: Term): Term {
  if (cont === NIL) return collect(chars(fmt), [], 0, [], more);
  const [f, stack, n, results] = (cont as Tuple).items;
  return collect(chars(f), chars(stack).reverse(), n as number, listToArray(results)!, more);
}

const EOF = atom("eof");

function collect(fmt: number[], line: number[], n: number, results: Term[], more: Term): Term {
  if (more === EOF) return readLine(fmt, line, n, results, EOF, []);
  const input = chars(more);
  for (let k = 0; k < input.length; k++) {
    const c = input[k];
    if (c === 10) return readLine(fmt, [...line, ...input.slice(0, k)], n, results, input.slice(k + 1), [10]);
    if (c === 13 && k + 1 < input.length) {
      const nl = input[k + 1] === 10 ? [13, 10] : [13];
      return readLine(fmt, [...line, ...input.slice(0, k)], n, results, input.slice(k + nl.length), nl);
    }
  }
  const stack = [...line, ...input].reverse();
  return tuple(atom("more"), tuple(list(fmt), list(stack), n, list(results)));
}

function readLine(fmt: number[], line: number[], n: number, results: Term[], after: number[] | Term, newline: number[]): Term {
  const rest = Array.isArray(after) ? after : [];
  const done = (r: Term, left: number[] | Term) => tuple(atom("done"), r, Array.isArray(left) ? list(left) : left);
  const r = freadFrom(fmt, line, n, results) as Tuple;
  const kind = r.items[0];
  if (kind === atom("ok")) return done(tuple(atom("ok"), r.items[1]), [...chars(r.items[2]), ...(r.items[2] === NIL ? [] : newline), ...rest]);
  if (kind !== atom("more")) return done(r, after);
  const [, f, counted, sofar] = r.items;
  if (Array.isArray(after)) return collect(chars(f), [], (counted as number) + newline.length, listToArray(sofar)!, list(after));
  // the end of input where the format waits for a field
  const atEnd = freadFrom(chars(f), [], counted as number, listToArray(sofar)!) as Tuple;
  if (atEnd.items[0] === atom("ok")) return done(tuple(atom("ok"), atEnd.items[1]), []);
  if (atEnd.items[0] !== atom("more")) return done(atEnd, EOF);
  return done(atEnd.items[3] === NIL ? EOF : tuple(atom("error"), tuple(atom("fread"), atom("input"))), EOF);
}

defineBifs("io_lib", {
  "fread/2": ([f, input]) => fread(f, input),
  "fread/3": ([cont, more, f]) => freadMore(cont, more, f),
});

