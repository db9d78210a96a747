// Goldens recorded from real Elixir 1.14 by scripts/regen-inspect-goldens.exs.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { readFileSync } from "node:fs";
import { fromJson, TermJson } from "./term_json.ts";
import { inspect, optsFromKeyword, setStructInfoHook } from "../../vm/inspect.ts";
import { atom, Atom, Pid, Ref, ExtFun, Fun, list, tuple } from "../../vm/terms.ts";
import { fromJsonOpts } from "./inspect_opts.ts";

const goldens = JSON.parse(readFileSync(new URL("./goldens/inspect.json", import.meta.url), "utf8")) as {
  structs: Record<string, string[]>;
  cases: { expr: string; opts: string; term: TermJson; inspect: string; pretty: string }[];
};

beforeAll(() => {
  setStructInfoHook((m: Atom) => goldens.structs[m.name]?.map((f) => atom(f)));
});
afterAll(() => setStructInfoHook(undefined));

describe("inspect goldens", () => {
  for (const c of goldens.cases) {
    it(`${c.expr} ${c.opts}`, () => {
      const t = fromJson(c.term);
      const opts = fromJsonOpts(c.opts);
      expect(inspect(t, opts)).toBe(c.inspect);
      expect(inspect(t, { ...opts, pretty: true })).toBe(c.pretty);
    });
  }
});

describe("inspect of process terms and funs", () => {
  it("prints pids, refs and funs", () => {
    expect(inspect(new Pid(123))).toBe("#PID<0.123.0>");
    // the BEAM's reference words: 9-10 digits for the first two, a counter below 2^18 last
    const words = (r: Ref) => inspect(r).match(/^#Reference<0\.(\d+)\.(\d+)\.(\d+)>$/)!.slice(1).map(Number);
    const [a, b] = [words(new Ref(7)), words(new Ref(8))];
    expect(a[0]).toBeLessThan(2 ** 32);
    expect(a[1] % 2 ** 18).toBe(2);
    expect(a[2]).toBeLessThan(2 ** 18);
    // consecutive references count up: the words are one 64-bit counter (the scheduler bits aside)
    const counter = ([w2, w1, w0]: number[]) => (BigInt(w2) << 32n) + (BigInt(w1 >>> 18) << 18n) + BigInt(w0);
    expect(counter(b) - counter(a)).toBe(1n);
    expect(inspect(new ExtFun(atom("Elixir.String"), atom("length"), 1))).toBe("&String.length/1");
    expect(inspect(new ExtFun(atom("lists"), atom("reverse"), 1))).toBe("&:lists.reverse/1");
    expect(inspect(new ExtFun(atom("Elixir.Foo"), atom("weird name"), 1))).toBe('&Foo."weird name"/1');
    expect(inspect(new Fun(null, 0, 1, [], atom("Elixir.Mod"), "-f/1-fun-0-", 12345))).toBe("#Function<0.12345/1 in Mod.f/1>");
  });
  it("reads options from a keyword list", () => {
    const kw = list([tuple(atom("limit"), 3), tuple(atom("label"), atom("x"))]);
    const { opts, label } = optsFromKeyword(kw);
    expect(opts.limit).toBe(3);
    expect(label).toBe(atom("x"));
  });
});
