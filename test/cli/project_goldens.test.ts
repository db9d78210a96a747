// `beamlet test` on the test projects (test/cli/projects/NAME/, mix projects written as real
// suites are: several modules, describe, setup with context, pattern-match asserts, assert_raise,
// assert_receive, doctests, tags, async) gives what `mix test` gives, and `beamlet run` what
// `mix run` gives (greeter and sup_greeter, made by `beamlet new` and `beamlet new --sup`): for each
// command line of NAME.cases, the same stdout and stderr (masked as the conformance goldens are)
// and exit status.
// The goldens come from real Elixir: scripts/regen-project-goldens.mjs.
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
// @ts-expect-error plain JS shared with the generator
import { projectCases, freshCopy, keptFrames, taskEnv, caseEnv, runCase, PROJECTS } from "./project_cases.mjs";
// @ts-expect-error plain JS shared with the generator
import { mask } from "../conformance/mask.mjs";

const BIN = path.resolve(__dirname, "../../cli/bin.js");
const names: string[] = fs.readdirSync(PROJECTS).filter((n: string) => fs.statSync(path.join(PROJECTS, n)).isDirectory());

describe("beamlet test and run on the test projects, as mix test and run", () => {
  for (const name of names) {
    (projectCases(name) as Array<string[] & { before: string[][]; merged: boolean; env: Record<string, string> }>).forEach(([task, ...args], i, cases) => {
      const before = (cases[i].merged ? "2>&1 " : "") + cases[i].before.map((c) => c.join(" ") + " && ").join("");
      const env = Object.entries(cases[i].env).map(([k, v]) => `${k}=${v} `).join("");
      it(`${name}: ${before}${env}${task} ${args.join(" ")}`, () => {
        const dir: string = freshCopy(name);
        try {
          for (const [t, ...a] of cases[i].before) spawnSync(process.execPath, [BIN, t, ...a], { cwd: dir, timeout: 300_000, env: taskEnv(t) });
          const r = runCase(process.execPath, [BIN, task, ...args], { cwd: dir, timeout: 300_000, env: caseEnv(task, cases[i]) }, cases[i].merged);
          const base = path.join(PROJECTS, `${name}.${i + 1}`);
          const got = { out: mask(r.stdout, keptFrames(task, name)), err: mask(r.stderr, keptFrames(task, name)), exit: r.status };
          const want = { out: fs.readFileSync(base + ".out", "utf8"), err: fs.readFileSync(base + ".err", "utf8"), exit: Number(fs.readFileSync(base + ".exit", "utf8")) };
          expect(got).toEqual(want);
        } finally {
          fs.rmSync(path.dirname(dir), { recursive: true, force: true });
        }
      });
    });
  }
});
