#!/usr/bin/env node
// Times every bench/*.exs on real Elixir and on beamlet (`node cli/bin.js run`) in the same run,
// checks both print the same line, and prints a table with the ratio and the geometric mean.
//
//   node bench/run.mjs                 # all benchmarks, 1 run each
//   node bench/run.mjs --runs 3 fib    # median of 3 runs, only names containing "fib"
//   options: --runs N, --timeout SECONDS (default 300), --no-elixir (beamlet only),
//            --out FILE (markdown table, default bench/RESULTS.md when every benchmark runs;
//            --no-out to skip)
import { spawnSync } from "node:child_process";
import { readdirSync, existsSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, "..");
const BIN = join(ROOT, "cli", "bin.js");

const args = process.argv.slice(2);
let runs = 1;
let timeout = 300;
let withElixir = true;
let outFile = undefined;
const filters = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else if (args[i] === "--timeout") timeout = Number(args[++i]);
  else if (args[i] === "--no-elixir") withElixir = false;
  else if (args[i] === "--out") outFile = args[++i];
  else if (args[i] === "--no-out") outFile = null;
  else filters.push(args[i]);
}

const programs = readdirSync(BENCH)
  .filter((f) => f.endsWith(".exs"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

function time(cmd, argv) {
  const times = [];
  let out = null;
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, argv, { cwd: BENCH, encoding: "utf8", timeout: timeout * 1000, maxBuffer: 1 << 26 });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0 || r.error) {
      const lines = (r.stderr || "").split("\n").filter((l) => l.trim());
      const why = lines.find((l) => /\*\*|Error|error/.test(l) && !/node_modules|node:internal/.test(l)) ?? lines[0] ?? "";
      return { error: r.error ? String(r.error.code ?? r.error) : `exit ${r.status}: ${why.trim().slice(0, 160)}` };
    }
    out = r.stdout.trim();
    times.push(secs);
  }
  times.sort((a, b) => a - b);
  return { secs: times[Math.floor(times.length / 2)], out };
}

const rows = [];
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`${pad("benchmark", 26)}${lpad("elixir s", 10)}${lpad("beamlet s", 11)}${lpad("ratio", 9)}  check`);
for (const p of programs) {
  const name = p.replace(/\.exs$/, "");
  const ex = withElixir ? time("elixir", [p]) : { error: "skipped" };
  const bl = existsSync(BIN) ? time(process.execPath, [BIN, "run", p]) : { error: "cli/bin.js missing" };
  let check = "";
  if (bl.error) check = `beamlet: ${bl.error}`;
  else if (ex.error && withElixir) check = `elixir: ${ex.error}`;
  else if (withElixir && ex.out !== bl.out) check = `MISMATCH: elixir "${ex.out}" beamlet "${bl.out}"`;
  else check = /WRONG/.test(bl.out) ? "WRONG result" : "ok";
  const ratio = !ex.error && !bl.error ? bl.secs / ex.secs : null;
  rows.push({ name, ratio, ex: ex.secs, bl: bl.secs, check });
  console.log(
    `${pad(name, 26)}${lpad(ex.secs?.toFixed(3) ?? "-", 10)}${lpad(bl.secs?.toFixed(3) ?? "-", 11)}${lpad(ratio ? ratio.toFixed(2) + "x" : "-", 9)}  ${check}`,
  );
}
const ratios = rows.map((r) => r.ratio).filter((r) => r !== null);
let summary;
if (ratios.length) {
  const geo = Math.exp(ratios.reduce((a, r) => a + Math.log(r), 0) / ratios.length);
  const worst = rows.filter((r) => r.ratio !== null).sort((a, b) => b.ratio - a.ratio)[0];
  summary = `geometric mean: ${geo.toFixed(2)}x over ${ratios.length} benchmarks; worst: ${worst.name} ${worst.ratio.toFixed(2)}x`;
} else {
  summary = "geometric mean: n/a (no benchmark ran on both)";
}
const failed = rows.filter((r) => r.check !== "ok");
if (failed.length) summary += `\nNOT OK: ${failed.map((r) => `${r.name} (${r.check})`).join(", ")}`;
console.log(summary);

// the markdown table (bench/RESULTS.md by default when the whole suite ran)
if (outFile === undefined && filters.length === 0 && withElixir) outFile = join(BENCH, "RESULTS.md");
if (outFile) {
  const elixirVersion = withElixir ? (spawnSync("elixir", ["--version"], { encoding: "utf8" }).stdout || "").trim().split("\n").filter(Boolean).join("; ") : "-";
  const md = [
    "# Benchmarks: beamlet vs the BEAM",
    "",
    "Written by `node bench/run.mjs` (wall-clock seconds of the whole `elixir FILE.exs` and",
    "`node cli/bin.js run FILE.exs` commands, start-up included; median of " + runs + " run(s)).",
    "",
    `- date: ${new Date().toISOString()}`,
    `- machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}; node ${process.version}`,
    `- elixir: ${elixirVersion}`,
    "",
    "| benchmark | elixir s | beamlet s | ratio | check |",
    "|---|---:|---:|---:|---|",
    ...rows.map((r) => `| ${r.name} | ${r.ex?.toFixed(3) ?? "-"} | ${r.bl?.toFixed(3) ?? "-"} | ${r.ratio ? r.ratio.toFixed(2) + "x" : "-"} | ${r.check.replace(/\|/g, "\\|")} |`),
    "",
    summary.split("\n").map((l) => `**${l}**`).join("\n\n"),
    "",
  ].join("\n");
  writeFileSync(outFile, md);
  console.log(`wrote ${outFile}`);
}
