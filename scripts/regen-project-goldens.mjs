#!/usr/bin/env node
// Regenerates the goldens of the test projects (test/cli/projects/NAME/, a mix project) from real
// Elixir 1.14: for each command line of NAME.cases, `mix test ARGS` (or `mix run ARGS`) in a fresh copy of the project
// writes NAME.N.out (stdout), NAME.N.err (stderr), both masked (test/conformance/mask.mjs), and
// NAME.N.exit. test/cli/project_goldens.test.ts runs `beamlet test|run ARGS` the same way.
//
//   node scripts/regen-project-goldens.mjs [NAME...]
import { spawnSync } from "node:child_process";
import { readdirSync, writeFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { projectCases, freshCopy, keptFrames, taskEnv, caseEnv, runCase, PROJECTS } from "../test/cli/project_cases.mjs";
import { mask } from "../test/conformance/mask.mjs";

const wanted = process.argv.slice(2);
const names = readdirSync(PROJECTS).filter((n) => statSync(join(PROJECTS, n)).isDirectory() && (wanted.length === 0 || wanted.includes(n)));
for (const name of names) {
  projectCases(name).forEach(([task, ...args], i, cases) => {
    const dir = freshCopy(name);
    for (const [t, ...a] of cases[i].before) spawnSync("mix", [t, ...a], { cwd: dir, env: taskEnv(t) });
    const r = runCase("mix", [task, ...args], { cwd: dir, env: caseEnv(task, cases[i]) }, cases[i].merged);
    const base = join(PROJECTS, `${name}.${i + 1}`);
    writeFileSync(base + ".out", mask(r.stdout, keptFrames(task, name)));
    writeFileSync(base + ".err", mask(r.stderr, keptFrames(task, name)));
    writeFileSync(base + ".exit", `${r.status}\n`);
    console.log(`${name} ${i + 1}: mix ${task} ${args.join(" ")}${cases[i].merged ? " 2>&1" : ""} -> ${r.status}`);
  });
}
