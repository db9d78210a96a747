#!/usr/bin/env node
// Regenerates the goldens of test/lib/*.exs with real Elixir 1.14 / OTP 25:
//   NAME.out  masked stdout (test/conformance/mask.mjs), NAME.exit  exit code.
//   node test/lib/regen.mjs [NAME ...]
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync } from "node:fs";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { mask } from "../conformance/mask.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".exs"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
for (const f of files) {
  const r = spawnSync("elixir", [f], { cwd: here, encoding: "utf8", timeout: 60000 });
  const name = basename(f, ".exs");
  writeFileSync(join(here, name + ".out"), mask(r.stdout ?? ""));
  writeFileSync(join(here, name + ".exit"), String(r.status ?? 128) + "\n");
  console.log("wrote " + name + " (exit " + r.status + ")");
}
