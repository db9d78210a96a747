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
    expect(inspect(new Ref(7))).toBe("#Reference<0.0.0.7>");
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
