// Small Erlang modules: :rand, :io / :io_lib (:string is erl_string.ts), and
// erlang:get_keys over the process dictionary.
import { Atom, Bin, Cons, Float, NIL, Term, Tuple, atom, bin, list, tuple, OK, isMap, Pid, Ref, Fun, ExtFun, NIL_ATOM, TRUE, FALSE } from "../terms.ts";
import { defineBifs, lookupBif, BifContext } from "./registry.ts";
import { badarg } from "../errors.ts";
import { arr, badargAt, chardataToString, codepoints } from "./util.ts";
import { FormatFail, formatText } from "../io_format.ts";
import { writeTerm } from "../io_write.ts";
import { prettyTerm } from "../io_pretty.ts";
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

// ---- :io.format / :io_lib.format (the formatting itself is vm/io_format.ts) ---------------------

function textOf(t: Term): string {
  if (t instanceof Bin) return t.toString();
  const r = chardataToString(t);
  return typeof r === "string" ? r : badarg();
}

function device(d: Term): 1 | 2 {
  return d instanceof Atom && d.name === "standard_error" ? 2 : 1;
}

/** io_lib:format fails with a plain badarg; io:format says which argument and why (OTP 25) */
function libFormat(f: Term, a: Term): Term {
  try { return list(codepoints(formatText(f, a))); } catch (e) {
    if (e instanceof FormatFail) return badarg();
    throw e;
  }
}

function ioFormat(f: Term, a: Term): string {
  try { return formatText(f, a); } catch (e) {
    if (e instanceof FormatFail) return badargAt(e.arg, e.why);
    throw e;
  }
}

defineBifs("io", {
  "format/1": ([f], ctx) => { ctx.write(1, ioFormat(f, NIL)); return OK; },
  "format/2": ([f, a], ctx) => { ctx.write(1, ioFormat(f, a)); return OK; },
  "format/3": ([d, f, a], ctx) => { ctx.write(device(d), ioFormat(f, a)); return OK; },
  "fwrite/1": ([f], ctx) => { ctx.write(1, ioFormat(f, NIL)); return OK; },
  "fwrite/2": ([f, a], ctx) => { ctx.write(1, ioFormat(f, a)); return OK; },
  "fwrite/3": ([d, f, a], ctx) => { ctx.write(device(d), ioFormat(f, a)); return OK; },
  "put_chars/1": ([t], ctx) => { ctx.write(1, textOf(t)); return OK; },
  "put_chars/2": ([d, t], ctx) => { ctx.write(device(d), textOf(t)); return OK; },
  "nl/0": (_, ctx) => { ctx.write(1, "\n"); return OK; },
  "nl/1": ([d], ctx) => { ctx.write(device(d), "\n"); return OK; },
});

defineBifs("io_lib", {
  "format/2": ([f, a]) => libFormat(f, a),
  "fwrite/2": ([f, a]) => libFormat(f, a),
  "write/1": ([t]) => list(codepoints(writeTerm(t, -1))),
  "write/2": ([t, d]) => list(codepoints(writeTerm(t, typeof d === "number" ? d : badarg()))),
  "print/1": ([t]) => list(codepoints(prettyTerm(t, 1, 80, -1, "latin1"))),
  "print/4": ([t, c, l, d]) => list(codepoints(prettyTerm(t, intOr(c), intOr(l), intOr(d), "latin1"))),
});

defineBifs("io_lib_pretty", {
  "print/1": ([t]) => list(codepoints(prettyTerm(t, 1, 80, -1, "latin1"))),
  "print/4": ([t, c, l, d]) => list(codepoints(prettyTerm(t, intOr(c), intOr(l), intOr(d), "latin1"))),
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


function intOr(t: Term): number {
  return typeof t === "number" && Number.isInteger(t) ? t : badarg();
}
