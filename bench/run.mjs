#!/usr/bin/env node
// Times every bench/*.exs on real Elixir and on beamlet (`node dist/beamlet.mjs run`, what an
// installed `beamlet` runs; cli/bin.js is called once first to bring the bundle up to date) in the same run,
// checks both print the same line, and prints a table with two ratios and their geometric means:
// the measured part (each program times its work with :timer.tc and prints `measured_us N` to
// stderr) and the whole command (start-up included).
//
//   node bench/run.mjs                 # all benchmarks, 1 run each
//   node bench/run.mjs --runs 3 fib    # median of 3 runs, only names containing "fib"
//   options: --runs N, --timeout SECONDS (default 300), --no-elixir (beamlet only),
//            --out FILE (markdown table, default bench/RESULTS.md when every benchmark runs;
//            --no-out to skip), --interp (also time beamlet's interpreter alone,
//            BEAMLET_TIER=interp, beside the default tiers), --startup-only (only the start-up
//            figures: `run bench/startup/hello.exs`, best wall of 5 and beamlet's peak RSS)
// The load average of the machine is printed before and after (the machine may be shared).
import { spawnSync } from "node:child_process";
import { readdirSync, existsSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH, "..");
// the bundle itself, not cli/bin.js: in a checkout bin.js stats every source before each run, and
// that garbage (Date objects per stat) showed inside the measured part (fib27 13-14 ms against 10.5)
const BIN = join(ROOT, "dist", "beamlet.mjs");

const USAGE = `usage: node bench/run.mjs [options] [name-filter...]
  runs every bench/*.exs (or those whose file name contains a filter) on elixir and beamlet alternately
  --runs N          median of N runs (default 1)
  --timeout SECONDS per command (default 300)
  --no-elixir       beamlet only
  --interp          also time beamlet's interpreter alone (BEAMLET_TIER=interp)
  --out FILE        the markdown table there (default bench/RESULTS.md when every benchmark runs)
  --no-out          no table
  --startup-only    only the start-up figures (run bench/startup/hello.exs: best wall of 5, peak RSS)
  --help            this text
one benchmark:      node bench/run.mjs --runs 3 fib27
two builds A/B:     node bench/ab.mjs --help`;

const args = process.argv.slice(2);
let runs = 1;
let timeout = 300;
let withElixir = true;
let outFile = undefined;
let withInterp = false;
let startupOnly = false;
const filters = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else if (args[i] === "--timeout") timeout = Number(args[++i]);
  else if (args[i] === "--no-elixir") withElixir = false;
  else if (args[i] === "--out") outFile = args[++i];
  else if (args[i] === "--no-out") outFile = null;
  else if (args[i] === "--interp") withInterp = true;
  else if (args[i] === "--startup-only") startupOnly = true;
  else if (args[i] === "--help" || args[i] === "-h") {
    console.log(USAGE);
    process.exit(0);
  } else if (args[i].startsWith("-")) {
    console.error(`bench/run.mjs: unknown option ${args[i]}\n${USAGE}`);
    process.exit(2);
  } else filters.push(args[i]);
}

const programs = readdirSync(BENCH)
  .filter((f) => f.endsWith(".exs"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (filters.length > 0 && programs.length === 0 && !startupOnly) {
  console.error(`bench/run.mjs: no benchmark's name contains ${filters.join(" or ")}`);
  process.exit(2);
}
// bring the bundle up to date once (cli/bin.js rebuilds it in a checkout when a source is newer)
spawnSync(process.execPath, [join(ROOT, "cli", "bin.js"), "--version"], { stdio: "ignore" });

/** one run of a command: wall seconds, stdout, and the measured part it printed to stderr */
function once(cmd, argv, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd: BENCH, encoding: "utf8", timeout: timeout * 1000, maxBuffer: 1 << 26, env: { ...process.env, ...env } });
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 || r.error) {
    const lines = (r.stderr || "").split("\n").filter((l) => l.trim());
    const why = lines.find((l) => /\*\*|Error|error/.test(l) && !/node_modules|node:internal/.test(l)) ?? lines[0] ?? "";
    return { error: r.error ? String(r.error.code ?? r.error) : `exit ${r.status}: ${why.trim().slice(0, 160)}` };
  }
  const m = /measured_us (\d+)/.exec(r.stderr || "");
  return { secs, measured: m ? Number(m[1]) / 1e6 : null, out: r.stdout.trim() };
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

/** elixir and beamlet run alternately, so both see the same load on a shared machine */
function timeBoth(p) {
  const ex = [], bl = [], it = [];
  for (let i = 0; i < runs; i++) {
    ex.push(withElixir ? once("elixir", [p]) : { error: "skipped" });
    bl.push(existsSync(BIN) ? once(process.execPath, [BIN, "run", p]) : { error: "dist/beamlet.mjs missing" });
    if (withInterp) it.push(once(process.execPath, [BIN, "run", p], { BEAMLET_TIER: "interp" }));
  }
  const summarise = (rs) => {
    const bad = rs.find((r) => r.error);
    if (bad) return bad;
    return { secs: median(rs.map((r) => r.secs)), measured: median(rs.map((r) => r.measured)), out: rs[rs.length - 1].out };
  };
  return [summarise(ex), summarise(bl), withInterp ? summarise(it) : { error: "skipped" }];
}

const fmt = (x) => (x === null || x === undefined ? "-" : x.toFixed(3));

/**
 * Start-up: the best wall time of 5 runs of a hello-world script (elixir and beamlet alternately)
 * and beamlet's peak resident set size (through /usr/bin/time -f %M, where there is one).
 */
function startup() {
  const hello = join(BENCH, "startup", "hello.exs");
  const timeBin = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
  let ex = Infinity, bl = Infinity, rss = 0;
  for (let i = 0; i < 5; i++) {
    if (withElixir) {
      const r = once("elixir", [hello]);
      if (!r.error) ex = Math.min(ex, r.secs);
    }
    const t0 = process.hrtime.bigint();
    const r = timeBin
      ? spawnSync(timeBin, ["-f", "%M", process.execPath, BIN, "run", hello], { encoding: "utf8" })
      : spawnSync(process.execPath, [BIN, "run", hello], { encoding: "utf8" });
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status === 0) {
      bl = Math.min(bl, secs);
      const kb = timeBin ? Number((r.stderr.trim().split("\n").pop() ?? "").trim()) : NaN;
      if (Number.isFinite(kb)) rss = Math.max(rss, kb);
    }
  }
  return { ex: Number.isFinite(ex) ? ex : null, bl: Number.isFinite(bl) ? bl : null, rssMiB: rss > 0 ? rss / 1024 : null };
}

if (startupOnly) {
  const s = startup();
  console.log(`load average: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
  console.log(`start-up (run hello.exs, best of 5): elixir ${fmt(s.ex)} s, beamlet ${fmt(s.bl)} s, beamlet peak RSS ${s.rssMiB === null ? "-" : s.rssMiB.toFixed(1) + " MiB"}`);
  process.exit(0);
}

// (a Logger line's time stamp differs between any two runs)
const maskTimes = (out) => out.replace(/^\d\d:\d\d:\d\d\.\d{3} \[/gm, "HH:MM:SS.mmm [");

const rows = [];
const loadBefore = loadavg().map((x) => x.toFixed(1)).join(" ");
console.log(`load average before: ${loadBefore}`);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
const fmtMs = (x) => (x === null || x === undefined ? "-" : (x * 1000).toFixed(1));
const fmtRatio = (x) => (x === null ? "-" : x.toFixed(2) + "x");
const ratioOf = (a, b) => (a !== null && a !== undefined && b !== null && b !== undefined && b > 0 ? a / b : null);
console.log(
  `${pad("benchmark", 24)}${lpad("measured: elixir ms", 20)}${lpad("beamlet ms", 11)}${lpad("ratio", 9)}` +
    `${lpad("whole: elixir s", 17)}${lpad("beamlet s", 11)}${lpad("ratio", 9)}  check`,
);
for (const p of programs) {
  const name = p.replace(/\.exs$/, "");
  const [ex, bl, ip] = timeBoth(p);
  let check = "";
  if (bl.error) check = `beamlet: ${bl.error}`;
  else if (ex.error && withElixir) check = `elixir: ${ex.error}`;
  else if (withElixir && maskTimes(ex.out) !== maskTimes(bl.out)) check = `MISMATCH: elixir "${ex.out}" beamlet "${bl.out}"`;
  else check = /WRONG/.test(bl.out) ? "WRONG result" : "ok";
  const ok = !ex.error && !bl.error;
  const ratio = ok ? ratioOf(bl.secs, ex.secs) : null;
  const mratio = ok ? ratioOf(bl.measured, ex.measured) : null;
  const iratio = !ex.error && !ip.error ? ratioOf(ip.measured, ex.measured) : null;
  rows.push({ name, ratio, mratio, iratio, ex: ex.secs, bl: bl.secs, exm: ex.measured, blm: bl.measured, ipm: ip.error ? null : ip.measured, check });
  console.log(
    `${pad(name, 24)}${lpad(fmtMs(ex.measured), 20)}${lpad(fmtMs(bl.measured), 11)}${lpad(fmtRatio(mratio), 9)}` +
      `${lpad(fmt(ex.secs), 17)}${lpad(fmt(bl.secs), 11)}${lpad(fmtRatio(ratio), 9)}  ${check}` +
      (withInterp ? `  interpreter: ${fmtMs(ip.measured)} ms ${fmtRatio(iratio)}` : ""),
  );
}
const start = startup();
const startLine =
  `start-up (\`run bench/startup/hello.exs\`, best wall of 5): elixir ${fmt(start.ex)} s, beamlet ${fmt(start.bl)} s; ` +
  `beamlet's peak RSS ${start.rssMiB === null ? "-" : start.rssMiB.toFixed(1) + " MiB"}`;
console.log(startLine);
const loadAfter = loadavg().map((x) => x.toFixed(1)).join(" ");
console.log(`load average after: ${loadAfter}`);

function summaryOf(label, key) {
  const rs = rows.filter((r) => r[key] !== null);
  if (!rs.length) return `${label}: n/a (no benchmark ran on both)`;
  const geo = Math.exp(rs.reduce((a, r) => a + Math.log(r[key]), 0) / rs.length);
  const worst = rs.sort((a, b) => b[key] - a[key])[0];
  return `${label}: geometric mean ${geo.toFixed(2)}x over ${rs.length} benchmarks; worst: ${worst.name} ${worst[key].toFixed(2)}x`;
}
let summary = summaryOf("measured part", "mratio") + "\n" + summaryOf("whole command", "ratio");
if (withInterp) summary += "\n" + summaryOf("measured part, interpreter only (BEAMLET_TIER=interp)", "iratio");
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
    "Written by `node bench/run.mjs`; median of " + runs + " run(s), elixir and beamlet run alternately.",
    "Two figures per benchmark: **measured** is the work itself, timed by `:timer.tc` inside the",
    "program (printed to stderr as `measured_us N`); **whole** is the wall-clock time of the whole",
    "`elixir FILE.exs` / `node dist/beamlet.mjs run FILE.exs` command (the installed `beamlet`), start-up and compilation included.",
    "beamlet runs in its default tier (BEAMLET_TIER=auto: hot functions compiled to JavaScript)" +
      (withInterp ? "; **interpreter** is the measured part with BEAMLET_TIER=interp (no JIT), same run." : "."),
    "",
    `- date: ${new Date().toISOString()}`,
    `- machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}; node ${process.version}`,
    `- elixir: ${elixirVersion}`,
    `- load average (1, 5, 15 min) before: ${loadBefore}; after: ${loadAfter}`,
    "",
    "| benchmark | measured: elixir ms | beamlet ms | ratio |" + (withInterp ? " interpreter ms | ratio |" : "") + " whole: elixir s | beamlet s | ratio | check |",
    "|---|---:|---:|---:|" + (withInterp ? "---:|---:|" : "") + "---:|---:|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${fmtMs(r.exm)} | ${fmtMs(r.blm)} | ${fmtRatio(r.mratio)} |` +
        (withInterp ? ` ${fmtMs(r.ipm)} | ${fmtRatio(r.iratio)} |` : "") +
        ` ${fmt(r.ex)} | ${fmt(r.bl)} | ${fmtRatio(r.ratio)} | ${r.check.replace(/\|/g, "\\|")} |`,
    ),
    "",
    summary.split("\n").map((l) => `**${l}**`).join("\n\n"),
    "",
    `**${startLine}**`,
    "",
    "Idle processes: `node --expose-gc scripts/measure-idle-processes.mjs` (bytes of JS heap per process waiting in `receive`).",
    "",
  ].join("\n");
  writeFileSync(outFile, md);
  console.log(`wrote ${outFile}`);
}
