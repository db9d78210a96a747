// A compiled function's resume entry (a second code generation, for its frames that stand after a
// call) is made at the first need of a frame compiled code left; the frames the interpreter had on
// the stack when the function was compiled finish in the interpreter (until they have needed it as
// many times as calls made the function compiled): a short program never needs more.
import { describe, it, expect, afterAll } from "vitest";
import { Node } from "../../vm/node.ts";
import { atom } from "../../vm/terms.ts";
import { setTier, type Tier } from "../../vm/jit/tier.ts";
import { jitStats } from "../../vm/jit/runtime.ts";
import type { ModuleVersion } from "../../vm/module.ts";
import { runScriptOn, type RunResult } from "./exits.model.ts";

/** src run in the given tier; `version(m)` reads a module's current version after the run */
async function run(src: string, tier: Tier): Promise<RunResult & { version: (m: string) => ModuleVersion }> {
  setTier(tier);
  let node: Node | undefined;
  try {
    const r = await runScriptOn((host) => (node = new Node(host)), src, 120000);
    return { ...r, version: (m) => node!.code.current(atom(m))! };
  } finally {
    setTier("auto");
  }
}

/** whether function name/arity of v has compiled code, and whether its resume entry was made */
function tiers(v: ModuleVersion, name: string, arity: number): { compiled: boolean; resumeEntry: boolean } {
  const fi = v.exports.get(`${name}/${arity}`)!;
  return { compiled: v.jitFns?.[fi] !== undefined, resumeEntry: (v.jitResume?.[fi] ?? null) !== null };
}

const FIB = `
defmodule Fib do
  def fib(0), do: 0
  def fib(1), do: 1
  def fib(n), do: fib(n - 1) + fib(n - 2)
end
# in a new process, whose first slice (4000 reductions) fib(15)'s 1973 calls fit in: compiled
# code is never preempted, so only the interpreter's frames need a resume entry
me = self()
spawn(fn -> send(me, Fib.fib(15)) end)
receive do
  x -> IO.puts(x)
end
`;

const DEEP = `
defmodule Deep do
  def build(0), do: []
  def build(n), do: [n | build(n - 1)]
  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)
end
IO.puts(Deep.sum(Deep.build(50_000)))
`;

afterAll(() => setTier("auto"));

describe("resume entries of compiled functions (default tier)", () => {
  it("fib's frames below the call that compiled it finish in the interpreter: no resume entry is made", async () => {
    const r = await run(FIB, "auto");
    expect(r.stdout).toBe("610\n");
    expect(tiers(r.version("Elixir.Fib"), "fib", 1)).toEqual({ compiled: true, resumeEntry: false });
  });

  it("frames compiled code leaves (it stops every 400 JS frames) get the entry at once and go on in compiled code", async () => {
    const resumes = jitStats.resumes;
    const r = await run(DEEP, "auto");
    expect(r.stdout).toBe("1250025000\n");
    const v = r.version("Elixir.Deep");
    expect(tiers(v, "build", 1)).toEqual({ compiled: true, resumeEntry: true });
    expect(tiers(v, "sum", 1)).toEqual({ compiled: true, resumeEntry: true });
    // 100,000 frames, left by compiled code every 400 JS frames: they go on there, not in the interpreter
    expect(jitStats.resumes - resumes).toBeGreaterThan(90_000);
  });
});
