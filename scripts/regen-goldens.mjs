#!/usr/bin/env node
// Regenerates the conformance goldens from real Elixir 1.14 / OTP 25.
//
//   node scripts/regen-goldens.mjs                 # every test/conformance/**/*.exs
//   node scripts/regen-goldens.mjs core/enum_      # only programs whose path contains a filter
//   node scripts/regen-goldens.mjs --check         # regenerate in memory, report goldens that differ
//   options: -j N (parallel jobs, default: cpus + 1), --timeout SECONDS (default 60)
//
// For each NAME.exs (run with `elixir NAME.exs` from the program's own directory) it writes
//   NAME.out   stdout, masked (test/conformance/mask.mjs), with the program's own stack frames
//   NAME.exit  the exit code
//   NAME.err1  for a non-zero exit: the first stderr line starting with "** (", masked (if any)
//   NAME.trace for programs in traces/: the whole uncaught-error report with the script's own
//              stack frames (mask.mjs `trace`)
//   NAME.warn  for deprecated_*.exs: the compile-time warnings on stderr, sorted
// NAME.in, when present, is piped to the program's standard input (in both runs).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync, existsSync, rmSync, statSync } from "node:fs";
import { join, dirname, basename, relative, resolve } from "node:path";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { mask, err1, trace, warnings, comparesWarnings, keepsPids, scriptFrames } from "../test/conformance/mask.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const CONF = join(ROOT, "test", "conformance");

const args = process.argv.slice(2);
let jobs = cpus().length + 1;
let timeout = 60;
let check = false;
const filters = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "-j") jobs = Number(args[++i]);
  else if (a === "--timeout") timeout = Number(args[++i]);
  else if (a === "--check") check = true;
  else filters.push(a);
}

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith(".exs")) out.push(p);
  }
  return out;
}

const programs = walk(CONF).filter((p) => {
  const rel = relative(CONF, p);
  return filters.length === 0 || filters.some((f) => rel.includes(f));
});

function run(file) {
  return new Promise((res) => {
    const child = spawn("elixir", [basename(file)], {
      cwd: dirname(file),
      // NAME.in, when there is one, is the program's standard input
      stdio: [existsSync(file.slice(0, -4) + ".in") ? "pipe" : "ignore", "pipe", "pipe"],
    });
    if (child.stdin) child.stdin.end(readFileSync(file.slice(0, -4) + ".in"));
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d) => (stderr += d));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, timeout * 1000);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      res({ stdout, stderr, code: code ?? 128, timedOut, signal });
    });
  });
}

let changed = 0;
let failed = 0;
let done = 0;
const queue = [...programs];
async function worker() {
  while (queue.length) {
    const file = queue.shift();
    const rel = relative(CONF, file);
    const r = await run(file);
    done++;
    if (r.timedOut) {
      failed++;
      console.log(`TIMEOUT ${rel}`);
      continue;
    }
    const stem = file.slice(0, -".exs".length);
    const want = {
      out: mask(r.stdout, scriptFrames(basename(file)), keepsPids(rel)),
      exit: `${r.code}\n`,
      err1: r.code !== 0 ? err1(r.stderr, keepsPids(rel)) : null,
      trace: rel.startsWith("traces/") ? trace(r.stderr, basename(file)) : null,
      warn: comparesWarnings(rel) ? warnings(r.stderr) + "\n" : null,
    };
    const files = { out: stem + ".out", exit: stem + ".exit", err1: stem + ".err1", trace: stem + ".trace", warn: stem + ".warn" };
    const old = {
      out: existsSync(files.out) ? readFileSync(files.out, "utf8") : null,
      exit: existsSync(files.exit) ? readFileSync(files.exit, "utf8") : null,
      err1: existsSync(files.err1) ? readFileSync(files.err1, "utf8").replace(/\n$/, "") : null,
      trace: existsSync(files.trace) ? readFileSync(files.trace, "utf8").replace(/\n$/, "") : null,
      warn: existsSync(files.warn) ? readFileSync(files.warn, "utf8") : null,
    };
    const diff = ["out", "exit", "err1", "trace", "warn"].filter((k) => old[k] !== want[k]);
    if (diff.length) {
      changed++;
      console.log(`${check ? "DIFFERS" : "wrote"} ${rel} (${diff.join(", ")})${r.code ? ` exit ${r.code}` : ""}`);
    }
    if (check) continue;
    writeFileSync(files.out, want.out);
    writeFileSync(files.exit, want.exit);
    if (want.err1 !== null) writeFileSync(files.err1, want.err1 + "\n");
    else if (existsSync(files.err1)) rmSync(files.err1);
    if (want.trace !== null) writeFileSync(files.trace, want.trace + "\n");
    else if (existsSync(files.trace)) rmSync(files.trace);
    if (want.warn !== null) writeFileSync(files.warn, want.warn);
    else if (existsSync(files.warn)) rmSync(files.warn);
  }
}
await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
console.log(`${done} programs, ${changed} ${check ? "differ" : "changed"}, ${failed} timed out`);
process.exit(failed || (check && changed) ? 1 : 0);
