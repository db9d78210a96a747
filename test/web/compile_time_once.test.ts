// Code that runs at compile time (a module body, a macro of the program's, Code.eval_string's
// module) runs once, as in elixir, where it calls a built-in the browser build fetches on its
// first call (vm/bifs/lazy_groups.ts): the program's own compile-time code waits for the host's
// code before it starts (Node.callSync), and a compilation of lib/'s macros alone that waits
// halfway prints its warnings once (vm/boot.ts holds them). Each program runs in a Node process of
// its own, on a fresh instance of the bundle: none of the lazily loaded code is there yet.
// Goldens (NAME.both: stdout and stderr as they interleave) from real elixir
// (scripts/regen-playground-goldens.sh).
import { it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ROOT as root, ensureWebBuild } from "./web_build.ts";

const dir = path.join(root, "test", "web", "programs");
const bundle = path.join(root, "dist", "web", "beamlet.js");

beforeAll(async () => {
  await ensureWebBuild();
});

/** what the program prints, stdout and stderr interleaved, run by the bundle in a fresh process */
async function runFresh(file: string): Promise<{ status: string; both: string }> {
  const probe = `const m = await import(${JSON.stringify(bundle)});
let both = "";
const node = await m.createNode({ output: (text) => (both += text) });
const r = await node.run(${JSON.stringify(fs.readFileSync(path.join(dir, file), "utf8"))}, ${JSON.stringify(file)});
node.stop();
process.stdout.write(JSON.stringify({ status: r.status, both }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", probe]);
  return JSON.parse(stdout);
}

for (const name of ["compile_time_body", "compile_time_macro", "compile_time_eval", "compile_time_warning"]) {
  it(`${name}: compile-time code and warnings once`, async () => {
    const r = await runFresh(`${name}.exs`);
    expect(r.status).toBe("ok");
    expect(r.both).toBe(fs.readFileSync(path.join(dir, `${name}.both`), "utf8"));
  });
}

/** the embedding API's synchronous compile() on a fresh bundle: what it returns and prints */
async function compileFresh(sources: string[]): Promise<{ results: unknown[]; both: string }> {
  const probe = `const m = await import(${JSON.stringify(bundle)});
let both = "";
const node = await m.createNode({ output: (text) => (both += text) });
const results = [];
for (const source of ${JSON.stringify(sources)}) {
  results.push(node.compile(source, "compiled.ex"));
  // a run waits for :re's code (the event the next compile needs), where compile() cannot
  await node.run(${JSON.stringify('Regex.match?(~r/a/, "a")')});
}
node.stop();
process.stdout.write(JSON.stringify({ results, both }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", probe]);
  return JSON.parse(stdout);
}

it("compile() (synchronous, it cannot wait) runs a module body once, without waiting for the lazy BIFs", async () => {
  const r = await compileFresh([`defmodule Body do\n  IO.puts("Body's body runs")\n  def x, do: 1\nend\n`]);
  expect(r.results).toEqual([{ modules: ["Body"] }]);
  expect(r.both.split("Body's body runs").length - 1).toBe(1);
});

it("compile() of a module whose macros need a BIF not loaded yet is a clear error, and compiles once it is", async () => {
  const source = `defmodule R do\n  def beam?(s), do: s =~ ~r/b(ea)m/\nend\n`;
  const r = await compileFresh([source, source]);
  expect(r.results[0]).toEqual({ modules: [], error: expect.stringMatching(/^\*\* \(CompileError\) compiled\.ex: .*still loading/) });
  expect(r.results[1]).toEqual({ modules: ["R"] });
});
