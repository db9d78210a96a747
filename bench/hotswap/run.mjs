#!/usr/bin/env node
// Runs bench/hotswap/hotswap.exs on real Elixir and on beamlet in the same run and prints the
// throughput, the worst pause during an upgrade and whether no cast was lost (both must say ok).
import { spawnSync } from "node:child_process";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const bin = resolve(here, "..", "..", "cli", "bin.js");
const file = join(here, "hotswap.exs");
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: here, encoding: "utf8", timeout: 600_000 });
  const out = r.stdout ?? "";
  const check = out.split("\n").find((l) => l.startsWith("hotswap")) ?? `FAILED: ${(r.stderr ?? "").split("\n")[0]}`;
  const t = /elapsed_us=(\d+) worst_pause_us=(\d+) casts_per_s=(\d+)/.exec(out);
  return { check, elapsed: t ? Number(t[1]) / 1e6 : NaN, worst: t ? Number(t[2]) / 1e3 : NaN, rate: t ? Number(t[3]) : NaN };
};
const rows = [["elixir", run("elixir", [file])], ["beamlet", run(process.execPath, [bin, "run", file])]];
console.log("| runtime | result | elapsed s | casts/s | worst upgrade pause ms |");
console.log("|---|---|---:|---:|---:|");
for (const [name, r] of rows) console.log(`| ${name} | ${r.check} | ${r.elapsed.toFixed(2)} | ${r.rate} | ${r.worst.toFixed(1)} |`);
const [e, b] = [rows[0][1], rows[1][1]];
if (e.rate && b.rate) console.log(`\nthroughput ratio (elixir/beamlet): ${(e.rate / b.rate).toFixed(2)}x; worst pause ratio: ${(b.worst / e.worst).toFixed(2)}x`);
