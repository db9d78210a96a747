#!/usr/bin/env node
// Regenerates test/cli/command_line_goldens/GROUP.json: what real `elixir` prints (stdout,
// stderr, exit status) for each command line of test/cli/command_line_cases.mjs, with the
// folder's and the checkout's paths masked. `node scripts/regen-command-line-goldens.mjs [GROUP...]`
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { GROUPS, maskPaths } from "../test/cli/command_line_cases.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "test", "cli", "command_line_goldens");
const only = process.argv.slice(2);

function writeFiles(dir, files = {}) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
}

for (const [name, group] of Object.entries(GROUPS)) {
  if (only.length && !only.includes(name)) continue;
  const dir = group.inRoot ? ROOT : mkdtempSync(join(tmpdir(), `cmdline-${name}-`));
  try {
    writeFiles(dir, group.files);
    for (const ebin of group.compile ?? []) {
      mkdirSync(join(dir, ebin), { recursive: true });
      const r = spawnSync("elixirc", ["-o", ebin, "demo.ex"], { cwd: dir, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`elixirc failed: ${r.stderr}`);
    }
    writeFiles(dir, group.afterCompile);
    const results = group.cases.map(({ args, files }) => {
      writeFiles(dir, files);
      const r = spawnSync("elixir", args, { cwd: dir, encoding: "utf8", timeout: 120000 });
      return { args, stdout: maskPaths(r.stdout, dir, ROOT), stderr: maskPaths(r.stderr, dir, ROOT), code: r.status };
    });
    writeFileSync(join(OUT, `${name}.json`), JSON.stringify(results, null, 1) + "\n");
    console.log(`${name}: ${results.length} cases`);
  } finally {
    if (!group.inRoot) rmSync(dir, { recursive: true, force: true });
  }
}
