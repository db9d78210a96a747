// The library's core file (what every visit loads) holds only the modules the playground's first
// run, hello compiled ahead, uses (web/build/precompile_library.ts modulesFirstRunUses); the rest
// of what programs commonly use (GenServer, Supervisor, the exceptions, Logger, ...) is
// dist/web/beamlet-library-common.txt, fetched with the compiler or, for a script compiled ahead,
// when it first calls one of its modules. Each run is on a fresh bundle in a Node process of its
// own (createNode({ compiler: "lazy" }), as the playground makes its nodes), and prints what the
// same program prints on a node that has the whole library from the start.
import { it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ROOT as root, ensureWebBuild, IMPORT_PROBE } from "./web_build.ts";
import { precompileScripts } from "../../web/build/precompile_scripts.ts";
// @ts-expect-error: a plain .mjs module shared with the golden generator
import { mask } from "../conformance/mask.mjs";

const dist = path.join(root, "dist", "web");
const examples = path.join(root, "web", "playground", "examples");
const COMMON = "beamlet-library-common.js";

beforeAll(async () => {
  await ensureWebBuild();
});

interface Run {
  status: string;
  both: string;
  /** whether the common file was fetched before the run, and after it */
  common: [boolean, boolean];
}

/** `source` run on a fresh bundle, compiled ahead (a fresh node's first run, without the
 *  compiler), or (eager) on a node made with everything, compiler and library, fetched first */
async function runFresh(source: string, eager = false): Promise<Run> {
  const [bytecode] = eager ? [null] : precompileScripts([{ file: "main.exs", source }]);
  if (!eager) expect(bytecode, source).toBeTruthy();
  const probe = `${IMPORT_PROBE}const fetched = async () => (await imported()).includes(${JSON.stringify(COMMON)});
const m = await import(${JSON.stringify(path.join(dist, "beamlet.js"))});
let both = "";
const node = await m.createNode({ ${eager ? "" : `compiler: "lazy", precompiled: [{ source: ${JSON.stringify(source)}, file: "main.exs", bytecode: Uint8Array.from(${JSON.stringify([...(bytecode ?? [])])}) }], `}output: (text) => (both += text) });
const before = await fetched();
const r = await node.run(${JSON.stringify(source)}, "main.exs");
const after = await fetched();
node.stop();
process.stdout.write(JSON.stringify({ status: r.status, both, common: [before, after] }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", probe]);
  return JSON.parse(stdout);
}

it("the core file holds what hello uses, far less than the whole first load", () => {
  const size = (f: string) => gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
  // (the common file is what the core was before it held only hello's modules: 232 KB gzipped)
  expect(size("beamlet-library.txt")).toBeLessThan(60 * 1024);
  expect(size("beamlet-library-common.txt")).toBeGreaterThan(150 * 1024);
});

it("runs hello compiled ahead without the common file", async () => {
  const hello = fs.readFileSync(path.join(examples, "hello.exs"), "utf8");
  const r = await runFresh(hello);
  expect(r).toEqual({ status: "ok", both: fs.readFileSync(path.join(examples, "hello.out"), "utf8"), common: [false, false] });
});

it("a script compiled ahead that calls the common modules has their file before it starts, and prints what elixir prints", async () => {
  // (a wait at its call of Process.monitor let the process spawned just before it end first:
  // "monitored process died: noproc")
  const source = fs.readFileSync(path.join(examples, "processes_links.exs"), "utf8");
  const r = await runFresh(source);
  expect(r.status).toBe("ok");
  expect(r.common).toEqual([false, true]);
  expect(mask(r.both)).toBe(mask(fs.readFileSync(path.join(examples, "processes_links.out"), "utf8")));
});

it("a crash, a linked process's exit and an Agent, compiled ahead, print what they print with the whole library", async () => {
  const programs = [
    // a raise formatted by Exception (a module of the common file) in the script's own process
    'IO.puts("before")\nEnum.fetch!([1, 2], 5)\n',
    // a linked process's exit, its reason an exception struct (an exit, not a raise: no error
    // report, which comes when the logger gets to it)
    'Process.flag(:trap_exit, true)\npid = spawn_link(fn -> exit({%ArgumentError{message: "in a process"}, []}) end)\nreceive do\n  {:EXIT, ^pid, {e, _}} -> IO.puts(Exception.message(e))\nend\n',
    // an Agent (GenServer, gen_server, proc_lib) started and called
    '{:ok, a} = Agent.start_link(fn -> 41 end)\nIO.inspect(Agent.get(a, &(&1 + 1)))\nIO.inspect(Keyword.merge([a: 1], [b: 2]))\n',
  ];
  for (const source of programs) {
    const [lazy, eager] = await Promise.all([runFresh(source), runFresh(source, true)]);
    expect(lazy.common, source).toEqual([false, true]);
    expect(eager.common, source).toEqual([true, true]);
    expect({ status: lazy.status, both: lazy.both }, source).toEqual({ status: eager.status, both: eager.both });
  }
});
