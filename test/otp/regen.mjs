#!/usr/bin/env node
// Regenerates the goldens of test/otp/*.exs with real Elixir 1.14 / OTP 25:
//   NAME.out  masked stdout (test/conformance/mask.mjs), NAME.exit  exit code.
// Each program is run 3 times; a program whose masked output differs between runs is
// reported (and its golden not written): OTP programs must not depend on timing.
//   node test/otp/regen.mjs [NAME ...]
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
let unstable = 0;
for (const f of files) {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync("elixir", [f], { cwd: here, encoding: "utf8", timeout: 60000 });
    runs.push({ out: mask(r.stdout ?? ""), code: r.status ?? 128 });
  }
  if (runs.some((r) => r.out !== runs[0].out || r.code !== runs[0].code)) {
    unstable++;
    console.log("UNSTABLE " + f);
    continue;
  }
  const name = basename(f, ".exs");
  writeFileSync(join(here, name + ".out"), runs[0].out);
  writeFileSync(join(here, name + ".exit"), String(runs[0].code) + "\n");
  console.log("wrote    " + name);
}
process.exit(unstable ? 1 : 0);
