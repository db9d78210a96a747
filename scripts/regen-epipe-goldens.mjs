#!/usr/bin/env node
// Regenerates the goldens of a failed standard output, from real elixir:
//  - test/e2e/epipe/NAME.stderr and NAME.status: what `elixir NAME.exs | head -1` writes to
//    standard error and its exit status, once its standard output's reader went away;
//  - test/e2e/full_stdout/NAME.stderr and NAME.status: the same for `elixir NAME.exs >/dev/full`
//    (every write to standard output fails with ENOSPC).
// `node scripts/regen-epipe-goldens.mjs`
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const E2E = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "test", "e2e");
const KINDS = [
  ["epipe", (name, stem) => `elixir ${name} 2>${stem}.stderr | head -1 >/dev/null; echo \${PIPESTATUS[0]} >${stem}.status`],
  ["full_stdout", (name, stem) => `elixir ${name} 2>${stem}.stderr >/dev/full; echo $? >${stem}.status`],
];
for (const [dir, command] of KINDS) {
  const DIR = join(E2E, dir);
  for (const name of readdirSync(DIR).filter((f) => f.endsWith(".exs"))) {
    const stem = name.slice(0, -4);
    const r = spawnSync("bash", ["-c", command(name, stem)], { cwd: DIR, timeout: 120000 });
    if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
    console.log(`${dir}/${name}: status ${readFileSync(join(DIR, stem + ".status"), "utf8").trim()}`);
  }
}
