#!/usr/bin/env node
// Regenerates the compiler-warning goldens: for each test/warnings/NAME.exs, the whole stderr of
// real `elixir NAME.exs` (run from test/warnings) goes to NAME.err. Filters (substrings of NAME)
// limit the programs. test/warnings.test.ts compares beamlet's stderr with them, byte for byte.
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "test", "warnings");
const filters = process.argv.slice(2);
let n = 0;
for (const f of readdirSync(DIR).sort()) {
  if (!f.endsWith(".exs") || (filters.length && !filters.some((x) => f.includes(x)))) continue;
  const r = spawnSync("elixir", [f], { cwd: DIR, encoding: "utf8", timeout: 60000 });
  writeFileSync(join(DIR, f.replace(/\.exs$/, ".err")), r.stderr);
  n++;
}
console.log(`${n} goldens written`);
