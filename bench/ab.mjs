#!/usr/bin/env node
// Two builds of beamlet, interleaved: each run times build A then build B (B then A on odd runs),
// so both see the same load of a shared machine, and reports the medians and the median of the
// per-pair ratios B/A of the measured part (`measured_us N` on stderr, as bench/run.mjs reads it).
// A timing on a busy machine varies 2-3x from run to run; a ratio of runs made side by side varies
// much less. A build is a checkout: its cli/bin.js brings its bundle up to date once, then its
// dist/beamlet.mjs is timed, as bench/run.mjs does (bin.js's source walk before each run showed
// inside the measured part).
//
//   git worktree add --detach /tmp/base main && ln -s "$PWD/node_modules" /tmp/base/
//   node bench/ab.mjs --runs 12 /tmp/base . fib27 tail_loop_10m
//
// --cpu: the measured part in CPU time (bench/cpu_clock.mjs), steadier than wall-clock time on a
// machine other work keeps busy. --cpu-main: the main thread's CPU time only, without V8's helper
// threads (GC, background compiles), whose work lands in a short measured part by accident. It
// also leaves out what those threads collect: compare a change in allocation with --cpu
// (enum_pipeline_1m after the in-place reversals: 0.77x with --cpu, 0.91x with --cpu-main).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { loadavg } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";

const BENCH = dirname(fileURLToPath(import.meta.url));
const USAGE = `usage: node bench/ab.mjs [--runs N] [--cpu | --cpu-main] CHECKOUT_A CHECKOUT_B NAME...
  times bench/NAME.exs (this checkout's) under both builds alternately, N runs (default 10),
  and prints each build's median measured ms and the median of the per-pair ratios B/A with
  the range of their middle half`;

const args = process.argv.slice(2);
let runs = 10;
let cpu = false;
const rest = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--runs") runs = Number(args[++i]);
  else if (args[i] === "--cpu") cpu = true;
  else if (args[i] === "--cpu-main") cpu = "main";
  else if (args[i] === "--help" || args[i] === "-h") {
    console.log(USAGE);
    process.exit(0);
  } else rest.push(args[i]);
}
const [a, b, ...names] = rest;
const checkouts = [a, b].map((d) => d && resolve(d));
if (names.length === 0 || !(runs > 0) || checkouts.some((d) => !d || !existsSync(join(d, "cli", "bin.js")))) {
  console.error(USAGE);
  process.exit(2);
}
for (const d of checkouts) spawnSync(process.execPath, [join(d, "cli", "bin.js"), "--version"], { stdio: "ignore" });
const bins = checkouts.map((d) => join(d, "dist", "beamlet.mjs"));
const known = new Set(readdirSync(BENCH).filter((f) => f.endsWith(".exs")).map((f) => f.slice(0, -4)));
const unknown = names.filter((n) => !known.has(n));
if (unknown.length > 0) {
  console.error(`bench/ab.mjs: no benchmark ${unknown.join(", ")} (bench/*.exs: ${[...known].join(" ")})`);
  process.exit(2);
}

/** the measured part of one run, in ms */
function once(bin, name) {
  const pre = cpu ? ["--import", pathToFileURL(join(BENCH, "cpu_clock.mjs")).href] : [];
  const env = cpu === "main" ? { ...process.env, BEAMLET_CPU_CLOCK: "main" } : process.env;
  const r = spawnSync(process.execPath, [...pre, bin, "run", join(BENCH, `${name}.exs`)], { encoding: "utf8", maxBuffer: 1 << 26, env });
  const m = /measured_us (\d+)/.exec(r.stderr ?? "");
  if (r.status !== 0 || !m) throw new Error(`${bin} run ${name}: exit ${r.status}\n${(r.stderr ?? "").slice(0, 800)}`);
  return Number(m[1]) / 1000;
}

const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`A ${resolve(a)}, B ${resolve(b)}, ${runs} runs${cpu === "main" ? ", main thread's CPU time" : cpu ? ", CPU time" : ""}; load average before: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
for (const name of names) {
  const ta = [], tb = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      ta.push(once(bins[0], name));
      tb.push(once(bins[1], name));
    } else {
      tb.push(once(bins[1], name));
      ta.push(once(bins[0], name));
    }
  }
  const ratios = ta.map((x, i) => tb[i] / x).sort((x, y) => x - y);
  // the middle half of the per-pair ratios: a median outside 1 by less than this spread is noise
  // (two runs of one checkout read 1.20x on fib27 on a busy machine)
  const q = (f) => ratios[Math.min(ratios.length - 1, Math.floor(ratios.length * f))];
  console.log(`${name.padEnd(24)} A ${median(ta).toFixed(1).padStart(8)} ms  B ${median(tb).toFixed(1).padStart(8)} ms  B/A ${median(ratios).toFixed(3)} (middle half ${q(0.25).toFixed(2)}-${q(0.75).toFixed(2)})`);
}
console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
