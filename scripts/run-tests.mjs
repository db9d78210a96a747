#!/usr/bin/env node
// `npm test`: runs vitest over the whole test/ tree with a readable reporter and a JSON
// reporter, then prints as its last line `tests: N passed, N failed` from the JSON results.
// Extra arguments are passed to vitest (e.g. `npm test -- test/lang`).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, mkdirSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(ROOT, "_build");
mkdirSync(outDir, { recursive: true });
const jsonFile = join(outDir, "vitest-results.json");
rmSync(jsonFile, { force: true });

const extra = process.argv.slice(2);
const vitest = join(ROOT, "node_modules", "vitest", "vitest.mjs");
const r = spawnSync(
  process.execPath,
  [
    vitest,
    "run",
    ...(extra.length ? extra : ["test/"]),
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${jsonFile}`,
  ],
  { cwd: ROOT, stdio: "inherit" },
);

let passed = 0;
let failed = 0;
if (existsSync(jsonFile)) {
  try {
    const j = JSON.parse(readFileSync(jsonFile, "utf8"));
    passed = j.numPassedTests ?? 0;
    failed = (j.numFailedTests ?? 0) + (j.numTodoTests ? 0 : 0);
    // a test file that fails to load (syntax error, missing import) has no tests: count it as failed
    for (const f of j.testResults ?? []) {
      if (f.status === "failed" && (f.assertionResults ?? []).length === 0) failed++;
    }
  } catch (e) {
    console.error(`could not read ${jsonFile}: ${e}`);
    failed++;
  }
} else {
  console.error(`vitest wrote no results (exit status ${r.status}, signal ${r.signal})`);
  failed++;
}
if (failed === 0 && r.status !== 0) failed++; // vitest failed for another reason
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
