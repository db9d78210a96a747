// Model-based property test of the code server (issue 5): random sequences of compile (Code.
// compile_string), load_binary, load_file (a .bbc written to a dir on the code path), purge,
// soft_purge, delete, processes looping in local code, remote calls, funs made by a version and
// called later. Each sequence becomes an Elixir script run on a real beamlet node (deterministic
// scheduler and virtual clock, seeded by fast-check), whose per-step lines must equal the
// reference model's (test/vm/code_server.model.ts): return values, which processes are alive,
// which version each runs, old code present, module loaded. Failures shrink to a minimal sequence.
//   CODE_SERVER_RUNS  number of sequences (default 1000)
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import fc from "fast-check";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Node } from "../../vm/node.ts";
import { loadLibrary, compilerHost } from "../../vm/boot.ts";
import { compileScript } from "../../compiler/compile.ts";
import { parse } from "../../lang/parse.ts";
import { atom } from "../../vm/terms.ts";
import type { CompiledModule } from "../../vm/module.ts";
import { nodeHost, useSources } from "../../cli/host.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";
import { Cmd, script, source, Model } from "./code_server.model.ts";

const RUNS = Number(process.env.CODE_SERVER_RUNS ?? 1000);
let lib: CompiledModule[] = [];
let tmp = "";

beforeAll(() => {
  // compile (or read from the cache) the library once; every run loads it into a fresh node
  const probe = new Node(nodeHost());
  loadLibraryCached(probe);
  lib = [...probe.code.preloaded].map((m) => probe.code.current(m)!.compiled);
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-cs-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let runNo = 0;
async function runOnNode(text: string, seed: number): Promise<{ lines: string[]; all: string; code: number }> {
  let stdout = "";
  let stderr = "";
  const host = { ...nodeHost(), write: (fd: 1 | 2, t: string) => { if (fd === 1) stdout += t; else stderr += t; } };
  const node = new Node(host, { deterministic: { seed } });
  loadLibrary(node, lib);
  const s = compileScript(parse(text, "model.exs"), "model.exs", compilerHost(node, useSources()), [], { fileEntry: true });
  node.code.loadCompiled(s);
  const [main] = node.spawn(null, atom("beamlet_boot"), [atom(s.name)], atom("run_script"));
  node.main = main;
  const code = await node.runLoop();
  return { lines: stdout.split("\n").filter((l) => l.startsWith("S")), all: stdout + stderr, code };
}

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 4, arbitrary: fc.constant<Cmd>({ k: "compile" }) },
  { weight: 2, arbitrary: fc.constant<Cmd>({ k: "load_binary" }) },
  { weight: 2, arbitrary: fc.constant<Cmd>({ k: "load_file" }) },
  { weight: 3, arbitrary: fc.constant<Cmd>({ k: "purge" }) },
  { weight: 2, arbitrary: fc.constant<Cmd>({ k: "soft_purge" }) },
  { weight: 2, arbitrary: fc.constant<Cmd>({ k: "delete" }) },
  { weight: 3, arbitrary: fc.constant<Cmd>({ k: "spawn_local" }) },
  { weight: 3, arbitrary: fc.nat(5).map((p): Cmd => ({ k: "go", p })) },
  { weight: 2, arbitrary: fc.nat(5).map((p): Cmd => ({ k: "ask", p })) },
  { weight: 1, arbitrary: fc.constant<Cmd>({ k: "remote" }) },
  { weight: 2, arbitrary: fc.constant<Cmd>({ k: "make_fun" }) },
  { weight: 2, arbitrary: fc.nat(5).map((f): Cmd => ({ k: "call_fun", f })) },
);

describe("code server vs the reference model", () => {
  it("the model follows the rules on the seed's sequence (R3) and R14", () => {
    const m = new Model();
    expect(m.step({ k: "compile" })).toBe("M");
    expect(m.step({ k: "purge" })).toBe("false");
    expect(m.step({ k: "load_file" })).toBe("{:module, M}");
    expect(m.step({ k: "load_file" })).toBe("{:error, :not_purged}");
    expect(source(2)).toContain("def v, do: 2");
  });

  it("random sequences of loads, purges, deletes, processes and funs", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { minLength: 1, maxLength: 14 }), fc.integer({ min: 1, max: 1 << 30 }), async (cmds, seed) => {
        const dir = path.join(tmp, String(runNo++));
        const { text, expected } = script(cmds, dir);
        const r = await runOnNode(text, seed);
        if (r.lines.join("\n") !== expected.join("\n") || r.code !== 0) {
          throw new Error(`mismatch\n--- script ---\n${text}\n--- expected ---\n${expected.join("\n")}\n--- beamlet ---\n${r.all}`);
        }
        expect(r.code).toBe(0);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
