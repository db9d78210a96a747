#!/usr/bin/env node
// Regenerates test/cli/raw_output/NAME.stdout and NAME.stderr: the exact bytes real `elixir NAME.exs`
// writes (the conformance goldens are compared as UTF-8 text, which cannot show a stray byte).
// `node scripts/regen-raw-output.mjs`
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "test", "cli", "raw_output");
for (const name of readdirSync(DIR).filter((f) => f.endsWith(".exs"))) {
  const r = spawnSync("elixir", [name], { cwd: DIR, timeout: 120000 });
  const stem = join(DIR, name.slice(0, -4));
  writeFileSync(stem + ".stdout", r.stdout);
  writeFileSync(stem + ".stderr", r.stderr);
  console.log(`${name}: ${r.stdout.length} + ${r.stderr.length} bytes, status ${r.status}`);
}
