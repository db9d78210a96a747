#!/usr/bin/env node
// Regenerates test/vm/goldens/string_nested.json with real OTP 25 (`erl` on PATH): random calls of
// :string's grapheme functions on nested chardata (lists holding code points, binaries, lists and
// binary tails), generated from a seed, each run once through `erl -noshell -eval` and its result
// written with ~w. test/vm/string_nested.test.ts calls beamlet's :string BIFs with the same
// arguments and compares what they return, shape included.
//
//   node scripts/regen-string-nested-goldens.mjs [--seed N] [--count N] [--only f,g] [--out FILE]
// (--only and --out make another file to explore with, e.g. --only next_grapheme --out /tmp/g.json,
// run with STRING_NESTED_GOLDEN=/tmp/g.json npx vitest run test/vm/string_nested.test.ts)
import { execFileSync } from "node:child_process";
import { writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const seed = opt("--seed", 101);
const count = opt("--count", 1000);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1].split(",") : null;
const outFile = args.includes("--out") ? resolve(args[args.indexOf("--out") + 1]) : null;

// mulberry32: small, seedable, the same in every JS engine
function rng(s) {
  let a = s >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (xs) => xs[Math.floor(next() * xs.length)], chance: (p) => next() < p };
}
const r = rng(seed);

// terms in test/vm/term_json.ts's encoding
const int = (n) => ({ int: String(n) });
const atom = (a) => ({ atom: a });
const bin = (s) => ({ bin: [...Buffer.from(s, "utf8")] });
const list = (xs, tail) => (tail ? { list: xs, tail } : { list: xs });
const cps = (s) => list([...s].map((c) => int(c.codePointAt(0))));

// characters that make clusters, separators and case mappings interesting: CR LF pairs, a
// combining accent that joins the letter before it, whitespace, digits, letters with special
// case rules, an emoji with a skin tone, regional indicators, ZWJ, Hangul jamo and a syllable, a
// prepended Arabic sign, Devanagari consonants with a virama (one cluster only from Unicode 15.1
// on), a spacing mark and a Thai vowel
const CHARS = ["a", "a", "b", "b", "c", "A", " ", " ", "\t", "\r", "\n", "\r\n", "-", "1", "2", ".", "é", "\u0301", "ß", "Σ", "😀", "\u{1F3FD}", "x", "🇫", "🇷", "\u200D", "👨", "한", "\u1100", "\u1161", "\u11A8", "\u0600", "क", "\u094D", "ष", "\u0903", "\u0E33"];
const text = (max) => Array.from({ length: r.int(max + 1) }, () => r.pick(CHARS)).join("");

function chardata(depth) {
  const n = r.chance(0.1) ? 0 : 1 + r.int(4);
  const items = [];
  for (let i = 0; i < n; i++) {
    const k = r.next();
    if (k < 0.4) items.push(int(r.pick(CHARS.filter((c) => [...c].length === 1)).codePointAt(0)));
    else if (k < 0.7 || depth <= 0) items.push(bin(text(3)));
    else items.push(chardata(depth - 1));
  }
  return list(items, items.length && r.chance(0.12) ? bin(text(2)) : undefined);
}

function subject() {
  const k = r.next();
  if (k < 0.08) return bin(text(5));
  if (k < 0.16) return cps(text(5));
  return chardata(3);
}

const dir = (ds) => atom(r.pick(ds));
const pattern = () => r.pick([bin("a"), bin("b"), cps("a"), bin(" "), bin("\r\n"), cps("\n"), bin("ab"), list([int(97), bin("b")]), list([bin("é")]), bin("-"), cps("e\u0301"), list([list([int(97)]), bin("")]), list([bin("\r"), int(10)]), list([int(98), list([bin("a")])])]);
const seps = () => r.pick([list([int(32)]), cps("ab"), list([cps("\r\n")]), cps("-"), list([int(32), int(97)]), list([int(10), cps("\r\n")]), list([int(233)]), list([bin(" "), int(97)]), list([cps("e\u0301"), int(45)]), list([list([bin("a")])])]);
const small = (n) => int(r.int(n));

const CALLS = [
  () => ["trim", [subject()]],
  () => ["trim", [subject(), dir(["leading", "trailing", "both"])]],
  () => ["trim", [subject(), dir(["leading", "trailing", "both"]), seps()]],
  () => ["chomp", [subject()]],
  () => ["take", [subject(), seps()]],
  () => ["take", [subject(), seps(), atom(r.pick(["true", "false"]))]],
  () => ["take", [subject(), seps(), atom(r.pick(["true", "false"])), dir(["leading", "trailing"])]],
  () => ["split", [subject(), pattern()]],
  () => ["split", [subject(), pattern(), dir(["leading", "trailing", "all"])]],
  () => ["lexemes", [subject(), seps()]],
  () => ["nth_lexeme", [subject(), int(1 + r.int(3)), seps()]],
  () => ["find", [subject(), pattern()]],
  () => ["find", [subject(), pattern(), dir(["leading", "trailing"])]],
  () => ["replace", [subject(), pattern(), r.pick([bin("X"), cps("yz")])]],
  () => ["replace", [subject(), pattern(), r.pick([bin("X"), cps("yz")]), dir(["leading", "trailing", "all"])]],
  () => ["prefix", [subject(), r.pick([bin("a"), cps("ab"), bin(""), list([bin("a"), int(98)]), cps("\r")])]],
  () => ["slice", [subject(), small(4)]],
  () => ["slice", [subject(), small(4), r.chance(0.2) ? atom("infinity") : small(4)]],
  () => ["pad", [subject(), small(9)]],
  () => ["pad", [subject(), small(9), dir(["leading", "trailing", "both"])]],
  () => ["pad", [subject(), small(9), dir(["leading", "trailing", "both"]), r.pick([int(45), cps("e\u0301")])]],
  () => ["length", [subject()]],
  () => ["reverse", [subject()]],
  () => ["to_graphemes", [subject()]],
  () => ["next_grapheme", [subject()]],
  () => ["next_codepoint", [subject()]],
  () => ["is_empty", [subject()]],
  () => [r.pick(["uppercase", "lowercase", "casefold", "titlecase"]), [subject()]],
  () => ["equal", [subject(), subject()]],
  () => ["equal", [subject(), subject(), atom(r.pick(["true", "false"]))]],
  () => [r.pick(["to_integer", "to_float"]), [list([r.pick([bin("12"), cps("-3"), bin("1.5e2"), int(55)]), subject()])]],
];

// the Erlang text of a term
function erl(t) {
  if ("int" in t) return t.int;
  if ("atom" in t) return `'${t.atom}'`;
  if ("bin" in t) return `<<${t.bin.join(",")}>>`;
  if ("tuple" in t) return `{${t.tuple.map(erl).join(",")}}`;
  return `[${t.list.map(erl).join(",")}${t.tail ? "|" + erl(t.tail) : ""}]`;
}

const cases = [];
for (let i = 0; i < count; i++) {
  const [fun, as] = r.pick(CALLS)();
  if (only && !only.includes(fun)) { i--; continue; }
  // equal on two random subjects is nearly always false: half the time compare a subject with itself
  if (fun === "equal" && r.chance(0.5)) as[1] = as[0];
  cases.push({ fun, args: as, expr: `string:${fun}(${as.map(erl).join(", ")})` });
}

const dir0 = mkdtempSync(join(tmpdir(), "string-nested-"));
try {
  const src = join(dir0, "cases.txt");
  writeFileSync(src, cases.map((c) => c.expr + ".\n").join(""));
  // each expression read, evaluated and its value (or error reason) written with ~w on one line
  const program = `{ok, Fd} = file:open("${src}", [read]),
    Loop = fun Loop() ->
      case io:parse_erl_exprs(Fd, '') of
        {ok, Exprs, _} ->
          Out = try erl_eval:exprs(Exprs, []) of {value, V, _} -> io_lib:format("~w", [V])
                catch error:R -> io_lib:format("error:~w", [R]) end,
          io:format("~s~n", [Out]), Loop();
        {eof, _} -> ok
      end
    end,
    Loop(), halt().`;
  const out = execFileSync("erl", ["-noshell", "-eval", program], { encoding: "utf8", maxBuffer: 64 << 20 });
  const lines = out.trimEnd().split("\n");
  if (lines.length !== cases.length) throw new Error(`erl answered ${lines.length} of ${cases.length} cases`);
  lines.forEach((l, i) => (cases[i].result = l));
} finally {
  rmSync(dir0, { recursive: true, force: true });
}

const file = outFile ?? join(ROOT, "test", "vm", "goldens", "string_nested.json");
writeFileSync(file, JSON.stringify({ seed, count, cases }, null, 0).replace(/\},\{"fun"/g, '},\n{"fun"') + "\n");
console.log(`wrote ${file}: ${cases.length} cases from seed ${seed}`);
