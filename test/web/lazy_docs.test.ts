// The library's docs are a file of their own (dist/web/beamlet-library-docs.js), fetched when docs
// are first asked for: h/1 in a REPL session, Code.fetch_docs. A first program never fetches
// them, nor does a module's md5. The library's types and callbacks (t/1 and b/1) are a chunk of
// their own, fetched the same way. Each case runs in a Node process of its own, on a fresh instance
// of the bundle; what it prints is compared with the Node CLI's REPL, or with real elixir
// (NAME.both, scripts/regen-playground-goldens.sh).
import { it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ROOT as root, ensureWebBuild, IMPORT_PROBE } from "./web_build.ts";
import { Node } from "../../vm/node.ts";
import { nodeHost } from "../../cli/host.ts";
import { loadLibraryCached } from "../../cli/lib_cache.ts";
import { evalString, newEvalState } from "../../cli/repl/session.ts";

const programs = path.join(root, "test", "web", "programs");
const bundle = path.join(root, "dist", "web", "beamlet.js");
const DOCS = "beamlet-library-docs.js";

beforeAll(async () => {
  await ensureWebBuild();
});

/** `body` (code using `node`, pushing to `out`) on a fresh bundle; whether the docs file was
 *  imported before it ran and after */
async function fresh(body: string): Promise<{ out: unknown[]; docs: [boolean, boolean] }> {
  const probe = `${IMPORT_PROBE}const docs = async () => (await imported()).includes(${JSON.stringify(DOCS)});
const m = await import(${JSON.stringify(bundle)});
let both = "";
const node = await m.createNode({ output: (text) => (both += text) });
const out = [];
const before = await docs();
${body}
const after = await docs();
node.stop();
process.stdout.write(JSON.stringify({ out, docs: [before, after] }));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", probe]);
  return JSON.parse(stdout);
}

const golden = (name: string) => fs.readFileSync(path.join(programs, `${name}.both`), "utf8");
const runBody = (name: string) => `const r = await node.run(${JSON.stringify(fs.readFileSync(path.join(programs, `${name}.exs`), "utf8"))}, "main.exs");\nout.push(r.status, both);`;

it("a first program runs without the docs; Code.fetch_docs by a name made at run time waits for them", async () => {
  expect(await fresh(`out.push((await node.run('IO.puts("hello")\\n', "main.exs")).status, both);`)).toEqual({ out: ["ok", "hello\n"], docs: [false, false] });
  expect(await fresh(runBody("lazy_docs"))).toEqual({ out: ["ok", golden("lazy_docs")], docs: [false, true] });
});

it("a library module's md5 and vsn leave out its docs, so they do not fetch them; nor does the modules table", async () => {
  expect(await fresh(runBody("lazy_docs_md5"))).toEqual({ out: ["ok", golden("lazy_docs_md5")], docs: [false, false] });
  expect(await fresh(`out.push(node.modules(true).some((m) => m.name === "Enum" && m.vsn.length > 0));`)).toEqual({ out: [true], docs: [false, false] });
});

it("h, t and b in a REPL session wait for the docs and the types and print what the CLI's REPL prints", async () => {
  const inputs = ["h Enum.map", "h Enum", "t Enum", "b GenServer.init", "t String.t", "h Enum.map"];
  const r = await fresh(`const s = node.repl();\nfor (const i of ${JSON.stringify(inputs)}) out.push(await s.eval(i));`);
  expect(r.docs).toEqual([false, true]);
  const cli = new Node(nodeHost());
  loadLibraryCached(cli);
  const ev = cli.newEvaluator(() => {});
  const st = newEvalState();
  const expected = [];
  for (const i of inputs) expected.push({ kind: "ok", text: ((await evalString(cli, ev, i, st)) as { text: string }).text });
  expect(expected[0].text).toContain("def map(enumerable, fun)");
  expect(r.out).toEqual(expected);
});
