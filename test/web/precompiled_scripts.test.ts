// Scripts compiled ahead (createNode's `precompiled`, web/build/precompile_scripts.ts): a fresh
// node's first run of exactly that source and file runs the given bytecode instead of compiling;
// any other run compiles, and only scripts whose compilation is the whole story (no warnings,
// nothing printed, no modules) are compiled ahead. The playground's examples are (build-web.mjs).
import { it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import * as os from "node:os";
import { spawnSync } from "node:child_process";
import type * as Api from "../../web/beamlet.d.ts";
import { ROOT as root, loadWebBuild } from "./web_build.ts";
import { precompileScripts } from "../../web/build/precompile_scripts.ts";
// @ts-expect-error: a plain .mjs module shared with the golden generator
import { mask } from "../conformance/mask.mjs";

let beamlet: typeof Api;
/** bytecode of another script than the one it is given for: which one ran shows whether it was used */
let ahead: Uint8Array;
const SOURCE = 'IO.puts("compiled here")\n';

beforeAll(async () => {
  beamlet = await loadWebBuild();
  const [bytes] = precompileScripts([{ file: "main.exs", source: 'IO.puts("compiled ahead")\n' }]);
  ahead = bytes!;
});

async function nodeWithOutput(precompiled: Api.PrecompiledScript[], opts: Api.CreateNodeOptions = {}) {
  const out = { text: "" };
  const node = await beamlet.createNode({ ...opts, precompiled, output: (text) => (out.text += text) });
  return { node, out };
}

// first: the bundle instance has fetched neither File's, Path's and System's BIFs (web/bif_groups.ts)
// nor any part of the library's rest yet
it("a script compiled ahead that calls File, Path or System has their BIFs before it starts, and prints as beamlet run does", async () => {
  // (a call that waited for them would let the spawned process print first)
  const source = 'spawn(fn -> IO.puts("spawned") end)\nIO.puts(Path.join("a", "b"))\nIO.puts(System.get_env("BEAMLET_UNSET_VARIABLE", "unset"))\nProcess.sleep(10)\n';
  const [bytecode] = precompileScripts([{ file: "main.exs", source }]);
  const { node, out } = await nodeWithOutput([{ source, file: "main.exs", bytecode: bytecode! }]);
  expect((await node.run(source, "main.exs")).status).toBe("ok");
  node.stop();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-precompiled-"));
  fs.writeFileSync(path.join(dir, "main.exs"), source);
  const cli = spawnSync(process.execPath, [path.join(root, "cli", "bin.js"), "run", "main.exs"], { cwd: dir, encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  expect(cli.stdout).toContain("a/b\n");
  expect(out.text).toBe(cli.stdout);
});

it("a script compiled ahead that calls a module of the library's rest waits for its file at the call", async () => {
  const source = 'IO.puts("before")\nIO.inspect(OptionParser.split("a b"))\n';
  const [bytecode] = precompileScripts([{ file: "main.exs", source }]);
  const { node, out } = await nodeWithOutput([{ source, file: "main.exs", bytecode: bytecode! }]);
  expect(await node.run(source, "main.exs")).toEqual({ status: "ok", value: '["a", "b"]' });
  node.stop();
  expect(out.text).toBe('before\n["a", "b"]\n');
});

it("a fresh node's first run of that source and file runs the bytecode, later runs compile", async () => {
  const { node, out } = await nodeWithOutput([{ source: SOURCE, file: "main.exs", bytecode: ahead }]);
  expect(await node.run(SOURCE, "main.exs")).toEqual({ status: "ok", value: ":ok" });
  expect(await node.run(SOURCE, "main.exs")).toEqual({ status: "ok", value: ":ok" });
  node.stop();
  expect(out.text).toBe("compiled ahead\ncompiled here\n");
});

it("compiles when the source or file differ, or something was written, compiled or evaluated first", async () => {
  const entry = [{ source: SOURCE, file: "main.exs", bytecode: ahead }];
  const runs: [string, (n: Api.BeamletNode) => Promise<unknown>][] = [
    ["other file", (n) => n.run(SOURCE, "other.exs")],
    ["other source", (n) => n.run(SOURCE + "\n", "main.exs")],
    ["file written", async (n) => { n.writeFile("/tmp/x.txt", "x"); return n.run(SOURCE, "main.exs"); }],
    ["module compiled", async (n) => { n.compile("defmodule Z do\nend\n"); return n.run(SOURCE, "main.exs"); }],
    ["REPL input", async (n) => { await n.repl().eval("1"); return n.run(SOURCE, "main.exs"); }],
  ];
  for (const [what, act] of runs) {
    const { node, out } = await nodeWithOutput(entry);
    await act(node);
    node.stop();
    expect(out.text, what).toBe("compiled here\n");
  }
  const { node, out } = await nodeWithOutput(entry, { files: { "/a.txt": "a" } });
  await node.run(SOURCE, "main.exs");
  node.stop();
  expect(out.text, "files given").toBe("compiled here\n");
});

it("bytecode that is no valid object file is not used", async () => {
  const broken = ahead.slice();
  broken[broken.length - 1] ^= 1;
  for (const bytecode of [broken, new Uint8Array(0)]) {
    const { node, out } = await nodeWithOutput([{ source: SOURCE, file: "main.exs", bytecode }]);
    await node.run(SOURCE, "main.exs");
    node.stop();
    expect(out.text).toBe("compiled here\n");
  }
});

it("compiles ahead only scripts whose compilation prints and warns nothing and defines no module", () => {
  const results = precompileScripts([
    { file: "main.exs", source: "x = 1\n" }, // unused variable
    { file: "main.exs", source: "defmodule M do\n  def f, do: 1\nend\n" },
    { file: "main.exs", source: 'IO.puts("a"\n' }, // does not compile
    { file: "main.exs", source: "alias Foo.Bar\n:ok\n" }, // unused alias: the file's warning after the run
    { file: "main.exs", source: 'IO.puts("fine")\n' },
  ]);
  expect(results.map((r) => r !== null)).toEqual([false, false, false, false, true]);
});

it("the playground's examples compiled ahead print what elixir prints", async () => {
  const dir = path.join(root, "web", "playground", "examples");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".exs") && fs.existsSync(path.join(dir, f.replace(/\.exs$/, ".out"))));
  const compiled = precompileScripts(files.map((f) => ({ file: f, source: fs.readFileSync(path.join(dir, f), "utf8") })));
  // hello at least: the page runs it at load
  expect(files.filter((_, i) => compiled[i] !== null)).toContain("hello.exs");
  for (const [i, f] of files.entries()) {
    if (compiled[i] === null) continue;
    const source = fs.readFileSync(path.join(dir, f), "utf8");
    const inFile = path.join(dir, f.replace(/\.exs$/, ".in"));
    let stdout = "";
    const node = await beamlet.createNode({ input: fs.existsSync(inFile) ? fs.readFileSync(inFile, "utf8") : "", precompiled: [{ source, file: f, bytecode: compiled[i]! }], output: (text, stream) => { if (stream === "stdout") stdout += text; } });
    expect((await node.run(source, f)).status, f).toBe("ok");
    node.stop();
    expect(mask(stdout), f).toBe(mask(fs.readFileSync(path.join(dir, f.replace(/\.exs$/, ".out")), "utf8")));
  }
});
