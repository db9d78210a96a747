// The compiler (lang/, compiler/ and the BIFs that compile) is fetched on a page's first
// compilation, not at start: a visit whose first output comes from a script compiled at build
// time (the playground's hello) downloads and parses none of it. createNode({ compiler: "lazy" })
// on a fresh bundle, in a Node process of its own; goldens (NAME.both) from real elixir
// (scripts/regen-playground-goldens.sh).
import { it, expect, beforeAll } from "vitest";
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { pathToFileURL } from "node:url";
import { ROOT as root, ensureWebBuild, IMPORT_PROBE } from "./web_build.ts";
import { precompileScripts } from "../../web/build/precompile_scripts.ts";

const dist = path.join(root, "dist", "web");
const programs = path.join(root, "test", "web", "programs");
/** the compiler's own files: none is in what a visit loads first */
const COMPILER_FILES = ["lang/parser.ts", "lang/lexer.ts", "compiler/compile.ts", "compiler/warnings/index.ts", "vm/bifs/elixir_code.ts", "vm/compiler_host.ts"];

interface Meta {
  outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown> }>;
}

beforeAll(async () => {
  await ensureWebBuild();
});

const meta = (): Meta => JSON.parse(fs.readFileSync(path.join(dist, "beamlet.meta.json"), "utf8"));
/** the chunks holding the compiler's files */
const compilerChunks = (): string[] =>
  Object.entries(meta().outputs)
    .filter(([, o]) => COMPILER_FILES.some((f) => f in o.inputs))
    .map(([f]) => path.basename(f));

it("what index.html names holds none of the compiler, under 450 KB gzipped", () => {
  const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const named = [...html.matchAll(/(?:href|src)="([^"]+\.(?:js|css|txt))"/g)].map((m) => m[1]);
  expect(named).toContain("beamlet.js");
  const chunks = compilerChunks();
  expect(chunks.length).toBeGreaterThan(0);
  expect(named.filter((f) => chunks.includes(f))).toEqual([]);
  // the first load is two module files besides playground.js (esbuild's split was 21, requested
  // over HTTP/1.1's 6 connections behind each other), and what they import statically is named
  const modules = named.filter((f) => f.endsWith(".js") && f !== "playground.js");
  expect(modules.length).toBeLessThanOrEqual(2);
  const imported = modules.flatMap((f) => [...fs.readFileSync(path.join(dist, f), "utf8").matchAll(/(?:import|export)\s*(?:[\w$*{][^;]*?)?from\s*"\.\/([^"]+)"/g)].map((m) => m[1]));
  expect(imported.filter((f) => !named.includes(f))).toEqual([]);
  const gzip = ["index.html", ...named].reduce((n, f) => n + gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length, 0);
  expect(gzip).toBeLessThan(450 * 1024);
});

it("cuts what a visit loads at start into two files of about as much code each, JSON text apart", async () => {
  // V8 parses each on a background thread of its own and the page's modules run when both are
  // parsed; a table kept as JSON text (vm/lazy_json.ts) is one long string, which it scans ~20
  // times faster than code (a cut by bytes gave one file 170 KB of code, the other 447 KB)
  const { holdsJsonText } = await import(pathToFileURL(path.join(root, "scripts", "build-web.mjs")).href);
  const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  const modules = [...html.matchAll(/modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
  expect(modules.length).toBe(2);
  const outputs = meta().outputs as Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  const code = modules.map((f) => {
    const [, o] = Object.entries(outputs).find(([k]) => path.basename(k) === f)!;
    return Object.entries(o.inputs).reduce((n, [input, { bytesInOutput }]) => n + (holdsJsonText(input) ? 0 : bytesInOutput), 0);
  });
  expect(Math.min(...code)).toBeGreaterThan(100_000);
  expect(Math.max(...code) / Math.min(...code)).toBeLessThan(1.4);
});

it("holds the build's own tables in beamlet.js as JSON text, not as literals V8 parses as code", () => {
  // the library's index and reach and the lazily loaded BIFs' keys (~50 KB): JSON.parse of a
  // string compiled and ran in 0.50 ms of CPU where the same literals took 1.25 (medians of 60
  // alternating cold compiles in Node)
  const text = fs.readFileSync(path.join(dist, "beamlet.js"), "utf8");
  expect(text).toMatch(/JSON\.parse\((['"`])\[\["beamlet_boot","lib\/boot\/boot\.ex",/);
  expect(text).toMatch(/JSON\.parse\((['"`])\{"beamlet_boot\.[a-z_]+\/\d+":\[\d/);
  expect(text).toMatch(/JSON\.parse\((['"`])\{"[a-z_]+":\["[a-z_]+:[a-z_]+\/\d+"/);
});

it("runs a script compiled ahead without the compiler; the first compilation fetches it", async () => {
  const first = fs.readFileSync(path.join(programs, "lazy_compiler_first.exs"), "utf8");
  const second = fs.readFileSync(path.join(programs, "lazy_compiler_second.exs"), "utf8");
  const [bytecode] = precompileScripts([{ file: "main.exs", source: first }]);
  expect(bytecode).toBeTruthy();
  const probe = `${IMPORT_PROBE}const m = await import(${JSON.stringify(path.join(dist, "beamlet.js"))});
const out = [];
let text = "";
const node = await m.createNode({ compiler: "lazy", output: (t) => (text += t), precompiled: [{ source: ${JSON.stringify(first)}, file: "main.exs", bytecode: Uint8Array.from(${JSON.stringify([...bytecode!])}) }] });
const r1 = await node.run(${JSON.stringify(first)}, "main.exs");
out.push({ run: r1.status, text, imported: await imported() });
text = "";
const c1 = node.compile("defmodule Early do\\nend\\n", "early.ex");
const r2 = await node.run(${JSON.stringify(second)}, "main.exs");
const c2 = node.compile("defmodule Later do\\nend\\n", "later.ex");
out.push({ compileBefore: c1, run: r2.status, text, compileAfter: c2, imported: await imported() });
node.stop();
process.stdout.write(JSON.stringify(out));`;
  const { stdout } = await promisify(execFile)(process.execPath, ["--input-type=module", "-e", probe]);
  const [atFirst, atSecond] = JSON.parse(stdout);
  const chunks = compilerChunks();
  expect(atFirst.run).toBe("ok");
  expect(atFirst.text).toBe(fs.readFileSync(path.join(programs, "lazy_compiler_first.both"), "utf8"));
  expect(atFirst.imported.filter((f: string) => chunks.includes(f))).toEqual([]);
  // compile() cannot wait: before the compiler is here it says so; run() waits for it
  expect(atSecond.compileBefore.modules).toEqual([]);
  expect(atSecond.compileBefore.error).toBe("** (CompileError) early.ex: the compiler is still loading; compile again in a moment (run and the REPL wait for it)\n");
  expect(atSecond.run).toBe("ok");
  expect(atSecond.text).toBe(atSecond.compileBefore.error + fs.readFileSync(path.join(programs, "lazy_compiler_second.both"), "utf8"));
  expect(atSecond.compileAfter).toEqual({ modules: ["Later"] });
  expect(atSecond.imported.filter((f: string) => chunks.includes(f)).length).toBeGreaterThan(0);
});
