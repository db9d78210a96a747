// :string's grapheme functions on nested chardata, compared with real OTP 25: the cases (random
// subjects: lists holding code points, binaries, lists and binary tails; random calls of trim, take,
// split, find, replace, slice, pad, the case functions, next_grapheme ...) and OTP's results, written
// with ~w, come from scripts/regen-string-nested-goldens.mjs (`erl -noshell -eval`, seeded). The
// result's shape counts: where OTP returns the rest of a list unflattened, or a binary piece inside
// a list, beamlet must return the same term.
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import "../../vm/bifs/index.ts";
import { lookupBif, BifContext } from "../../vm/bifs/registry.ts";
import { ErlangError } from "../../vm/errors.ts";
import { Atom, Bin, Cons, Float, NIL, Pid, Term, Tuple } from "../../vm/terms.ts";
import { formatFloat } from "../../vm/format_float.ts";
import { fromJson, TermJson } from "./term_json.ts";

// (STRING_NESTED_GOLDEN=FILE runs another file the script wrote, e.g. with --only and --out)
const goldenFile = process.env.STRING_NESTED_GOLDEN ?? new URL("./goldens/string_nested.json", import.meta.url);
const golden = JSON.parse(readFileSync(goldenFile, "utf8")) as {
  seed: number;
  cases: { fun: string; args: TermJson[]; expr: string; result: string }[];
};

const ctx: BifContext = { write: () => undefined, self: () => new Pid(1), node: null, process: null };

/** io_lib's ~w of the terms these functions return */
function w(t: Term): string {
  if (typeof t === "number" || typeof t === "bigint") return String(t);
  if (t instanceof Float) return formatFloat(t.value);
  if (t instanceof Atom) return /^[a-z][A-Za-z0-9_@]*$/.test(t.name) ? t.name : `'${t.name}'`;
  if (t instanceof Bin) return `<<${Array.from(t.bytes).join(",")}>>`;
  if (t instanceof Tuple) return `{${t.items.map(w).join(",")}}`;
  if (t === NIL) return "[]";
  if (t instanceof Cons) {
    const parts: string[] = [];
    let l: Term = t;
    while (l instanceof Cons) {
      parts.push(w(l.head));
      l = l.tail;
    }
    return `[${parts.join(",")}${l === NIL ? "" : "|" + w(l)}]`;
  }
  throw new Error("no ~w for " + String(t));
}

function run(fun: string, args: Term[]): string {
  const bif = lookupBif("string", fun, args.length);
  if (!bif) return `no bif string:${fun}/${args.length}`;
  try {
    return w(bif.fn(args, ctx) as Term);
  } catch (e) {
    if (e instanceof ErlangError) return `error:${w(e.reason)}`;
    throw e;
  }
}

describe(`:string on nested chardata against OTP 25 (seed ${golden.seed}, scripts/regen-string-nested-goldens.mjs)`, () => {
  golden.cases.forEach((c, i) => {
    it(`#${i} ${c.expr}`, () => {
      expect(run(c.fun, c.args.map(fromJson)), `seed ${golden.seed}, case #${i}: ${c.expr}`).toBe(c.result);
    });
  });
});

describe(":string on long text", () => {
  it("to_graphemes/1 of 300,000 non-ASCII graphemes in a nested list (minutes when segmented whole)", () => {
    const text = "aé🎉".repeat(100_000);
    const piece = fromJson({ list: [{ bin: Array.from(new TextEncoder().encode(text)) }, { list: [{ int: "98" }] }] });
    const t0 = Date.now();
    const out = run("to_graphemes", [piece]);
    expect(out.startsWith("[97,233,127881,97,")).toBe(true);
    expect(out.endsWith(",127881,98]")).toBe(true);
    expect(Date.now() - t0).toBeLessThan(60_000);
  });
});
