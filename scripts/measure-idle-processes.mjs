#!/usr/bin/env node
// How much JS heap does an idle process cost? Boots a node with the standard library, lets a
// script spawn N processes that wait in `receive`, and compares process.memoryUsage().heapUsed
// (after forced GCs) before and after. Target (issue 4): <= 2 KB per idle process.
//
//   node scripts/measure-idle-processes.mjs [N=100000]
//
// Re-executes itself with --expose-gc when needed. The VM sources are bundled with esbuild into a
// temporary file (as cli/bin.js does) so the measured heap holds no transpiler state.
import { spawnSync } from "node:child_process";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tmpdir } from "node:os";
import { rmSync } from "node:fs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const N = Number(process.argv[2] ?? 100_000);

if (typeof globalThis.gc !== "function") {
  const r = spawnSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(r.status ?? 1);
}

const esbuild = await import("esbuild");
const out = join(ROOT, "dist", `measure-idle-${process.pid}.mjs`); // beside dist/beamlet.mjs: packages resolve from node_modules
await esbuild.build({
  stdin: {
    contents: `
      export { Node } from "./vm/node.ts";
      export { nodeHost } from "./cli/host.ts";
      export { loadLibraryCached } from "./cli/lib_cache.ts";
      export { compilerHost } from "./vm/boot.ts";
      export { compileScript } from "./compiler/compile.ts";
      export { parse } from "./lang/parse.ts";
      export { atom, tuple } from "./vm/terms.ts";`,
    resolveDir: ROOT,
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile: out,
  packages: "external",
  logLevel: "error",
});
const vm = await import(pathToFileURL(out).href);
rmSync(out, { force: true });

const node = new vm.Node(vm.nodeHost());
vm.loadLibraryCached(node);
const src = `
receive do
  {:go, n} ->
    for _ <- 1..n, do: spawn(fn -> receive do :stop -> :ok end end)
end
receive do
  :never -> :ok
end
`;
const script = vm.compileScript(vm.parse(src, "idle.exs"), "idle.exs", vm.compilerHost(node, new Map()), [], { fileEntry: true });
node.code.loadCompiled(script);
const [main] = node.spawn(null, vm.atom("beamlet_boot"), [vm.atom(script.name)], vm.atom("run_script"));
node.main = main;
const loop = node.runLoop();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const idle = () => [...node.processes.values()].every((p) => p.status === "waiting");
async function settle(expected) {
  while (node.processes.size < expected || !idle()) await sleep(5);
  for (let i = 0; i < 4; i++) {
    globalThis.gc();
    await sleep(20);
  }
  return process.memoryUsage();
}

const base = node.processes.size;
const before = await settle(base);
const t0 = performance.now();
node.send(main, vm.tuple(vm.atom("go"), N));
const after = await settle(base + N);
if (process.env.MEASURE_DEBUG) { const p = [...node.processes.values()].at(-1); console.log({ stack: p.stack.length, sp: p.sp, frames: p.frames.length, handlers: p.handlers.length, mailbox: p.mailbox.length, dict: p.dictionary.size }); }
const secs = (performance.now() - t0) / 1000;

const per = (k) => (after[k] - before[k]) / N;
const fmt = (b) => `${(b / 1024 / 1024).toFixed(1)} MB`;
console.log(`idle processes: ${N} spawned and waiting in receive (${secs.toFixed(2)} s), ${node.processes.size} processes on the node`);
console.log(`heapUsed: ${fmt(before.heapUsed)} -> ${fmt(after.heapUsed)}`);
console.log(`bytes per idle process: ${per("heapUsed").toFixed(0)} (heapUsed), ${per("rss").toFixed(0)} (rss)`);
console.log(per("heapUsed") <= 2048 ? "OK: <= 2 KB per idle process" : "OVER the 2 KB target");
node.halt(0);
await loop;
process.exit(0);
