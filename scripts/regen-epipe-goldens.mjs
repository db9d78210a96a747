#!/usr/bin/env node
// Regenerates test/e2e/epipe/NAME.stderr and NAME.status: what real `elixir NAME.exs | head -1`
// writes to standard error and its exit status, once its standard output's reader went away.
// `node scripts/regen-epipe-goldens.mjs`
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "test", "e2e", "epipe");
for (const name of readdirSync(DIR).filter((f) => f.endsWith(".exs"))) {
  const stem = name.slice(0, -4);
  const r = spawnSync("bash", ["-c", `elixir ${name} 2>${stem}.stderr | head -1 >/dev/null; echo \${PIPESTATUS[0]} >${stem}.status`], { cwd: DIR, timeout: 120000 });
  if (r.status !== 0) throw new Error(`${name}: ${r.stderr}`);
  console.log(`${name}: status ${readFileSync(join(DIR, stem + ".status"), "utf8").trim()}`);
}
