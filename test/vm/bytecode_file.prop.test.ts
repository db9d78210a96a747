// Property: a corrupted .bbc file (bytes flipped, truncated, extended, a wrong version) is never
// loaded and never throws: readModule answers null (or, when the bytes still encode the same
// module, an equivalent one), and :code.load_binary / :code.load_file answer {:error, :badfile}
// leaving the loaded versions untouched (R2, R2b).
import { describe, it, expect, beforeAll } from "vitest";
import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { Node } from "../../vm/node.ts";
import { compilerHost } from "../../vm/boot.ts";
import { compileModules } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { readModule, writeModule } from "../../vm/bytecode_file.ts";
import { CodeServer } from "../../vm/code_server.ts";
import { atom } from "../../vm/terms.ts";
import type { CompiledModule } from "../../vm/module.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const SMALL = `
defmodule Sample do
  @vsn 7
  defstruct [:a, b: 2]
  def f(x) when is_integer(x), do: {:ok, x * 2, "bin", 1.5, [1, 2 | 3], %{k: :v}}
  def g(l), do: Enum.map(l, fn x -> x + 1 end)
  def big, do: 123456789012345678901234567890
end
`;

let files: { name: string; bytes: Uint8Array }[] = [];

beforeAll(() => {
  const node = new Node({ write() {}, now: () => 0, setTimer: () => ({ cancel() {} }), readFile: () => null });
  const host = compilerHost(node, new Map());
  host.lenient = true;
  const mods: CompiledModule[] = [];
  mods.push(...compileModules(parse(SMALL, "sample.ex"), "sample.ex", host));
  for (const f of ["lib/keyword.ex", "lib/list.ex"]) {
    mods.push(...compileModules(parse(fs.readFileSync(path.join(ROOT, f), "utf8"), f), f, host));
  }
  files = mods.map((m) => ({ name: m.name, bytes: writeModule(m) }));
});

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** a mutation of a file: flips, truncation, extension, a header field rewritten */
type Mutation =
  | { k: "flip"; at: number; mask: number }
  | { k: "flips"; ats: number[]; mask: number }
  | { k: "truncate"; to: number }
  | { k: "extend"; extra: number[] }
  | { k: "version"; v: number }
  | { k: "length"; delta: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ k: fc.constant("flip" as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ k: fc.constant("flips" as const), ats: fc.array(fc.nat(), { minLength: 2, maxLength: 8 }), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ k: fc.constant("truncate" as const), to: fc.nat() }),
  fc.record({ k: fc.constant("extend" as const), extra: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ k: fc.constant("version" as const), v: fc.integer({ min: 0, max: 65535 }) }),
  fc.record({ k: fc.constant("length" as const), delta: fc.integer({ min: -1000, max: 1000 }).filter((d) => d !== 0) }),
);

function mutate(b: Uint8Array, m: Mutation): Uint8Array {
  const out = new Uint8Array(b);
  switch (m.k) {
    case "flip": out[m.at % out.length] ^= m.mask; return out;
    case "flips": for (const a of m.ats) out[a % out.length] ^= m.mask; return out;
    case "truncate": return out.subarray(0, m.to % out.length);
    case "extend": { const r = new Uint8Array(out.length + m.extra.length); r.set(out); r.set(m.extra, out.length); return r; }
    case "version": new DataView(out.buffer).setUint16(8, m.v); return out;
    case "length": { const dv = new DataView(out.buffer); dv.setUint32(10, (dv.getUint32(10) + m.delta) >>> 0); return out; }
  }
}

describe("bytecode files under corruption", () => {
  it("the real files read back as the same module", () => {
    expect(files.length).toBeGreaterThan(2);
    for (const f of files) {
      const m = readModule(f.bytes);
      expect(m?.name).toBe(f.name);
      expect(same(writeModule(m!), f.bytes)).toBe(true);
    }
  });

  it("readModule never throws and answers null or an equivalent module", () => {
    fc.assert(
      fc.property(fc.nat(), mutation, (i, mu) => {
        const f = files[i % files.length];
        const bad = mutate(f.bytes, mu);
        let r: CompiledModule | null = null;
        expect(() => { r = readModule(bad); }).not.toThrow();
        if (r !== null) expect(same(writeModule(r), f.bytes)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("load_binary and load_file of corrupted bytes answer badfile and leave the current version untouched", () => {
    fc.assert(
      fc.property(fc.nat(), mutation, fc.boolean(), (i, mu, withOld) => {
        const f = files[i % files.length];
        const bad = mutate(f.bytes, mu);
        const disk = new Map<string, Uint8Array>();
        const cs = new CodeServer({ readFile: (p) => disk.get(p) ?? null }, () => [], () => {});
        cs.path = ["/ebin"];
        const m = atom(f.name);
        const v1 = cs.loadCompiled(readModule(f.bytes)!, "/ebin/" + f.name + ".bbc");
        const v2 = withOld ? cs.loadCompiled(readModule(f.bytes)!, "/ebin/" + f.name + ".bbc") : null;
        const slotsNow = () => ({ current: cs.modules.get(m)!.current, old: cs.modules.get(m)!.old });
        const before = slotsNow();
        const gen = cs.generation;
        const decoded = readModule(bad);
        const rb = cs.loadBinary(m, "x", bad);
        if (decoded === null) {
          expect(rb).toBe("badfile");
          // the current version stays; OTP's code server purges the old one before it reads the
          // binary (R2b), so a bad binary still takes the old version away
          expect(cs.modules.get(m)!.current).toBe(withOld ? v2 : v1);
          if (withOld) expect(cs.modules.get(m)!.old ?? null).toBeNull();
          else {
            expect(slotsNow()).toEqual(before);
            expect(cs.generation).toBe(gen);
          }
          // load_file of the same bytes changes nothing at all
          const afterBinary = slotsNow();
          const genAfterBinary = cs.generation;
          disk.set("/ebin/" + f.name + ".bbc", bad);
          expect(cs.loadFile(m)).toBe("badfile");
          expect(cs.modules.get(m)!.current).toBe(afterBinary.current);
          expect(cs.modules.get(m)!.old).toBe(afterBinary.old);
          expect(cs.generation).toBe(genAfterBinary);
        } else {
          expect(rb).not.toBe("badfile");
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("a valid file of another module is badfile too", () => {
    const cs = new CodeServer({ readFile: () => null }, () => [], () => {});
    expect(cs.loadBinary(atom(files[0].name), "x", files[1].bytes)).toBe("badfile");
    expect(cs.current(atom(files[0].name))).toBeUndefined();
  });
});
