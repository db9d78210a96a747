// :lists.keyfind/keymember/keysearch/member on a list whose walk ends within a job's first chunk
// answer without a job (list_jobs.ts keyfindShort, memberShort): Keyword.get and Regex.run's
// options made a generator and a job per call. A long walk still runs as a job, with the same
// answers and errors. And runs of one regex one after another share one Search (match.ts
// takeSearch): each :re.run made one, with its typed array. Expected values are OTP 25's.
import { describe, it, expect } from "vitest";
import "../../vm/bifs/index.ts";
import { lookupBif, type BifContext } from "../../vm/bifs/registry.ts";
import { jobCounts } from "../../vm/bifs/bif_jobs.ts";
import { Search } from "../../vm/regex/match.ts";
import { ErlangError } from "../../vm/errors.ts";
import { inspect } from "../../vm/inspect.ts";
import { Cons, Pid, type Term, atom, bin, list, tuple } from "../../vm/terms.ts";

const ctx: BifContext = { write: () => {}, self: () => new Pid(1), node: null, process: null };

function call(mod: string, name: string, ...args: Term[]): string {
  const e = lookupBif(mod, name, args.length);
  if (!e) throw new Error(`no bif ${mod}:${name}/${args.length}`);
  try {
    return inspect(e.fn(args, ctx) as Term);
  } catch (x) {
    if (x instanceof ErlangError) return "raised " + inspect(x.reason);
    throw x;
  }
}

const kw = list([tuple(atom("a"), 1), tuple(atom("b"), 2), tuple(atom("c"), 3)]);
const long = list(Array.from({ length: 1000 }, (_, i) => tuple(i, i * 2)));

describe("short list walks", () => {
  it("answer without a job", () => {
    const before = jobCounts.started;
    expect(call("lists", "keyfind", atom("b"), 1, kw)).toBe("{:b, 2}");
    expect(call("lists", "keyfind", atom("z"), 1, kw)).toBe("false");
    expect(call("lists", "keyfind", 2, 2, kw)).toBe("{:b, 2}");
    expect(call("lists", "keymember", atom("c"), 1, kw)).toBe("true");
    expect(call("lists", "keymember", atom("z"), 1, kw)).toBe("false");
    expect(call("lists", "keysearch", atom("a"), 1, kw)).toBe("{:value, {:a, 1}}");
    expect(call("lists", "keysearch", atom("z"), 1, kw)).toBe("false");
    expect(call("lists", "member", tuple(atom("c"), 3), kw)).toBe("true");
    expect(call("lists", "member", 7, list([1, 2, 3]))).toBe("false");
    expect(call("lists", "keyfind", atom("a"), 1, new Cons(tuple(atom("b"), 1), atom("x")))).toBe("raised :badarg");
    expect(call("lists", "member", 1, new Cons(2, 3))).toBe("raised :badarg");
    expect(call("lists", "keyfind", atom("a"), 0, kw)).toBe("raised :badarg");
    expect(jobCounts.started - before).toBe(0);
  });

  it("a long walk still runs as a job, with the same answers", () => {
    const before = jobCounts.started;
    expect(call("lists", "keyfind", 999, 1, long)).toBe("{999, 1998}");
    expect(call("lists", "keyfind", 1998, 2, long)).toBe("{999, 1998}");
    expect(call("lists", "keyfind", -1, 1, long)).toBe("false");
    expect(call("lists", "keymember", 500, 1, long)).toBe("true");
    expect(call("lists", "keysearch", 998, 1, long)).toBe("{:value, {998, 1996}}");
    expect(call("lists", "member", tuple(999, 1998), long)).toBe("true");
    expect(jobCounts.started - before).toBe(6);
  });
});

describe("runs of one regex", () => {
  it("share one Search", () => {
    const compiled = lookupBif("re", "compile", 1)!.fn([bin("^-?\\d+")], ctx) as Term;
    const re = (compiled as unknown as { items: Term[] }).items[1];
    const opts = list([tuple(atom("capture"), atom("all"), atom("binary"))]);
    const run = (s: string) => call("re", "run", bin(s), re, opts);
    expect(run("123,")).toBe('{:match, ["123"]}');
    const made = Search.made;
    for (let i = 0; i < 100; i++) expect(run(`-${i},`)).toBe(`{:match, ["-${i}"]}`);
    expect(run("x1")).toBe(":nomatch");
    expect(Search.made - made).toBe(0);
  });
});
