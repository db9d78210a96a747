#!/usr/bin/env node
// Regenerates test/cli/eval_string_frames/expected.json: for each program of cases.exs (blocks
// separated by `# ---` lines), the stderr and exit status of real `elixir -e PROGRAM`.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), ".."), "test", "cli", "eval_string_frames");
const programs = readFileSync(join(DIR, "cases.exs"), "utf8")
  .split(/^# ---\n/m)
  .map((p) => p.replace(/^#.*\n/gm, ""));
const expected = programs.map((code) => {
  const r = spawnSync("elixir", ["-e", code], { cwd: DIR, encoding: "utf8", timeout: 60000 });
  return { code, stderr: r.stderr, status: r.status };
});
writeFileSync(join(DIR, "expected.json"), JSON.stringify(expected, null, 2) + "\n");
console.log(`${expected.length} programs written`);
