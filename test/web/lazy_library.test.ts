// The library modules first programs do not use are a file of their own
// (dist/web/beamlet-library-more.js), fetched when a program first needs one of them: a process
// calling such a module waits for the file, as for a message, and then makes the call again; a
// program that names one, or calls a core function that reaches one (web/build/lazy_reach.ts), is
// compiled once the file is here, so its module bodies run once. Each
// program runs in a Node process of its own, on a fresh instance of the bundle (nothing fetched
// yet). Goldens (NAME.both) from real elixir (scripts/regen-playground-goldens.sh).
import { it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ROOT as root, ensureWebBuild, IMPORT_PROBE } from "./web_build.ts";

const dir = path.join(root, "test", "web", "programs");
const bundle = path.join(root, "dist", "web", "beamlet.js");

beforeAll(async () => {
  await ensureWebBuild();
});

/** runs `source` on a fresh bundle; `more`: whether the file was fetched before the run, and after */
async function runFresh(source: string): Promise<{ status: string; both: string; more: [boolean, boolean] }> {
  // a loader hook sees the bundle's dynamic import of the file (and the probe fetches nothing)
  const probe = `${IMPORT_PROBE}const fetched = async () => (await imported()).includes("beamlet-library-more.js");
const m = await import(${JSON.stringify(bundle)});
let both = "";
const node = await m.createNode({ output: (text) => (both += text) });
const before = await fetched();
const r = await node.run(${JSON.stringify(source)}, "main.exs");
const after = await fetched();
node.stop();
process.stdout.write(JSON.stringify({ status: r.status, both, more: [before, after] }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", probe]);
  return JSON.parse(stdout);
}

it("starts without the rest of the library; a first call of one of its modules waits for it", async () => {
  const hello = await runFresh(`IO.puts("hello")\n`);
  expect(hello).toEqual({ status: "ok", both: "hello\n", more: [false, false] });
  // reached by a name made at run time: the call waits (no name in the source to fetch ahead)
  const dynamic = await runFresh(`mod = String.to_atom("Elixir." <> "Option" <> "Parser")\nIO.inspect(apply(mod, :split, ["a b"]))\n`);
  expect(dynamic).toEqual({ status: "ok", both: '["a", "b"]\n', more: [false, true] });
});

it("runs a program reaching those modules in every way as elixir does, its module body once", async () => {
  const r = await runFresh(fs.readFileSync(path.join(dir, "lazy_library.exs"), "utf8"));
  expect(r.status).toBe("ok");
  expect(r.both).toBe(fs.readFileSync(path.join(dir, "lazy_library.both"), "utf8"));
  expect(r.more).toEqual([false, true]);
});

it("runs a module body reaching those modules only through a core module once, and fetches nothing for one that does not", async () => {
  const r = await runFresh(fs.readFileSync(path.join(dir, "lazy_library_through.exs"), "utf8"));
  expect(r).toEqual({ status: "ok", both: fs.readFileSync(path.join(dir, "lazy_library_through.both"), "utf8"), more: [false, true] });
  // the same functions named through an alias and an import
  const aliased = await runFresh(fs.readFileSync(path.join(dir, "lazy_library_alias.exs"), "utf8"));
  expect(aliased).toEqual({ status: "ok", both: fs.readFileSync(path.join(dir, "lazy_library_alias.both"), "utf8"), more: [false, true] });
  // a module body calling core functions that reach none of them: the file is not fetched
  const plain = await runFresh(`defmodule Plain do\n  IO.puts("Plain's body")\n  @x Enum.map([1, 2], &(&1 * 2))\n  def x, do: @x\nend\nIO.inspect(Plain.x())\n`);
  expect(plain).toEqual({ status: "ok", both: "Plain's body\n[2, 4]\n", more: [false, false] });
});

it("runs compile-time code that reaches those modules only by names made at run time once: the file is fetched before it starts", async () => {
  // a module body (apply/3, :erlang.apply, Kernel.apply, Function.capture, a call on a variable
  // module, Code.ensure_loaded?) and a macro (apply/3), named so in the program's text
  for (const name of ["lazy_library_apply_body", "lazy_library_apply_macro"]) {
    const r = await runFresh(fs.readFileSync(path.join(dir, `${name}.exs`), "utf8"));
    expect(r, name).toEqual({ status: "ok", both: fs.readFileSync(path.join(dir, `${name}.both`), "utf8"), more: [false, true] });
  }
  // a macro calling a module of the program made from a string at run time that calls apply/3:
  // only the compiled code says so (vm/code_server.ts fetchesFor)
  const r = await runFresh(fs.readFileSync(path.join(dir, "lazy_library_apply_helper.exs"), "utf8"));
  expect(r).toEqual({ status: "ok", both: fs.readFileSync(path.join(dir, "lazy_library_apply_helper.both"), "utf8"), more: [false, true] });
});

it("decodes a library module without functions (Kernel.SpecialForms)", async () => {
  const r = await runFresh(fs.readFileSync(path.join(dir, "special_forms_info.exs"), "utf8"));
  expect({ status: r.status, both: r.both }).toEqual({ status: "ok", both: fs.readFileSync(path.join(dir, "special_forms_info.both"), "utf8") });
});

it("lists the library's modules (modules(true)) before the rest of it is fetched, and those of the rest once it is", async () => {
  const probe = `const m = await import(${JSON.stringify(bundle)});
const node = await m.createNode();
const names = () => node.modules(true).map((x) => x.name);
const before = names();
await node.run("IO.inspect(OptionParser.split(~s(a b)))\\n", "main.exs");
const after = names();
node.stop();
process.stdout.write(JSON.stringify({ before: [before.includes("Kernel"), before.includes("Kernel.SpecialForms"), before.includes("OptionParser")], after: [after.includes("Kernel"), after.includes("OptionParser")] }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", probe]);
  expect(JSON.parse(stdout)).toEqual({ before: [true, true, false], after: [true, true] });
});

it("i/1 in a REPL session waits for the library's files to list the protocols a term implements", async () => {
  // (:beamlet.protocols/0 looks at every module with dotted children: Calendar's was not fetched
  // yet, and i/1 failed with {:beamlet_code_not_fetched_yet, Calendar})
  const probe = `const m = await import(${JSON.stringify(bundle)});
let out = "";
const node = await m.createNode({ compiler: "lazy", output: (t) => (out += t) });
const s = node.repl();
const first = await s.eval("i :ok");
const printed = out;
out = "";
const again = await s.eval("i :ok");
node.stop();
process.stdout.write(JSON.stringify({ first, again, printed, printedAgain: out }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", probe]);
  const r = JSON.parse(stdout);
  expect(r.first).toEqual({ kind: "ok", text: "" });
  expect(r.again).toEqual({ kind: "ok", text: "" });
  expect(r.printed).toMatch(/^Term\n  :ok\nData type\n  Atom\n[\s\S]*Implemented protocols\n  \S/);
  expect(r.printed).toBe(r.printedAgain);
});
