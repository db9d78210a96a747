// A loop over a big binary must not copy it per step: binary_part/3 returns a part sharing its
// binary's bytes (a sub-binary, as the BEAM makes) instead of copying them (a JSON decoder taking
// the rest of a 100 KB input by binary_part per token copied it each time).
import { describe, it, expect } from "vitest";
import "../../vm/bifs/index.ts";
import { lookupBif, BifContext } from "../../vm/bifs/registry.ts";
import { Term, Bin, Pid, bin } from "../../vm/terms.ts";

const ctx: BifContext = { write: () => {}, self: () => new Pid(1), node: null, process: null };
function call(mod: string, name: string, ...args: Term[]): Term {
  const e = lookupBif(mod, name, args.length);
  if (!e) throw new Error(`no bif ${mod}:${name}/${args.length}`);
  return e.fn(args, ctx) as Term;
}

describe("parts of a big binary", () => {
  it("binary_part/3 and :binary.part/3 share the binary's bytes", () => {
    const big = bin("x".repeat(100_000) + "tail");
    for (const [mod, name] of [["erlang", "binary_part"], ["binary", "part"]]) {
      const part = call(mod, name, big, 100_000, 4) as Bin;
      expect(part.toString()).toBe("tail");
      expect(part.store).toBe(big.store);
    }
  });
});
