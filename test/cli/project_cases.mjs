// The test projects' command lines (test/cli/projects/NAME.cases), shared by the golden generator
// (scripts/regen-project-goldens.mjs) and the test (test/cli/project_goldens.test.ts).
import { readFileSync, mkdtempSync, cpSync, existsSync, openSync, closeSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

export const PROJECTS = join(dirname(fileURLToPath(import.meta.url)), "projects");

/** the words of a line: split at spaces, except inside '...' */
function words(line) {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2]);
}

/** one command of a case line: a line starting with `run` is that task's, any other gives the
 *  arguments of `test`. [task, ...args] */
function command(l) {
  return /^run(\s|$)/.test(l) ? words(l) : ["test", ...words(l)];
}

/** the command lines of NAME.cases (comments and blank lines skipped). Each: [task, ...args], the
 *  command whose output is compared; a line of several commands joined by ` && ` runs the others
 *  first, in the same copy of the project (`.before`: what a run leaves, as --failed's manifest).
 *  A line starting with `2>&1 ` compares the command's standard output and error as they
 *  interleave, in one stream (`.merged`: its .out holds both, its .err nothing). NAME=VALUE words
 *  first set environment variables for the compared command (`.env`) */
export function projectCases(name) {
  return readFileSync(join(PROJECTS, name + ".cases"), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => {
      const merged = l.startsWith("2>&1 ");
      let rest = merged ? l.slice(5) : l;
      const env = {};
      for (let m; (m = /^([A-Z_][A-Z0-9_]*)=(\S*)\s+/.exec(rest)); rest = rest.slice(m[0].length)) env[m[1]] = m[2];
      const steps = rest.split(" && ").map((c) => command(c.trim()));
      const last = steps.pop();
      last.before = steps;
      last.merged = merged;
      last.env = env;
      return last;
    });
}

/** spawnSync(cmd, args, opts), with standard output and error written to one file when `merged`
 *  (in the order they were written): { stdout, stderr, status } */
export function runCase(cmd, args, opts, merged) {
  if (!merged) return spawnSync(cmd, args, { ...opts, encoding: "utf8" });
  const file = join(mkdtempSync(join(tmpdir(), "beamlet-merged-")), "both");
  const fd = openSync(file, "a");
  try {
    const r = spawnSync(cmd, args, { ...opts, stdio: ["ignore", fd, fd] });
    return { stdout: readFileSync(file, "utf8"), stderr: "", status: r.status };
  } finally {
    closeSync(fd);
    rmSync(dirname(file), { recursive: true, force: true });
  }
}

/** the environment of a case's command: taskEnv's, with the case's NAME=VALUE words */
export function caseEnv(task, c) {
  return { ...taskEnv(task), ...c.env };
}

/** the environment of a task: MIX_ENV=test for `test`, the default (dev) for `run` */
export function taskEnv(task) {
  const env = { ...process.env };
  if (task === "test") env.MIX_ENV = "test";
  else delete env.MIX_ENV;
  return env;
}

/** a copy of the project in a new temporary folder (nothing compiled yet) */
export function freshCopy(name) {
  const dir = join(mkdtempSync(join(tmpdir(), "beamlet-project-")), name);
  cpSync(join(PROJECTS, name), dir, { recursive: true });
  return dir;
}

/** the stack frames kept by the masking of a task's output: every one for `run` (the frames of
 *  Elixir and Mix below the code `mix run` runs are reproduced), the project's own for `test` */
export function keptFrames(task, name) {
  return task === "run" ? () => true : ownFrame(name);
}

/** a stack frame in the project's own files (`       lib/shop/cart.ex:81: ...`, maybe after
 *  "(shop 0.1.0) "): kept by the masking, which drops the runtime's library frames */
export function ownFrame(name) {
  return (line) => {
    const m = /^ +(?:\([a-z_]+ [0-9][\w.\-]*\) )?(\S+):\d+: /.exec(line);
    return !!m && existsSync(join(PROJECTS, name, m[1]));
  };
}
