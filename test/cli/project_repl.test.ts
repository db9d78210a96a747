// `beamlet repl` in a project (the `iex -S mix` of beamlet) and recompile/0, through the real
// binary with a piped session, against what real `iex -S mix` printed for the same session in the
// same project (project_repl_fixtures/record.sh). The session edits, adds and removes files itself.
import { describe, it, expect } from "vitest";
import { mkdirSync, copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, tempDir, cleanup, ROOT } from "../e2e/helpers.ts";

const FIX = join(ROOT, "test", "cli", "project_repl_fixtures");

describe("beamlet repl in a project", () => {
  it("compiles, reads config, starts the app, and recompile() prints and reloads as iex -S mix does", async () => {
    const tmp = tempDir("project-repl");
    try {
      const made = await beamlet(["new", "fdrepl", "--sup"], { cwd: tmp });
      expect(made.code).toBe(0);
      const dir = join(tmp, "fdrepl");
      mkdirSync(join(dir, "config"));
      copyFileSync(join(FIX, "config.exs"), join(dir, "config", "config.exs"));
      const r = await beamlet(["repl"], { cwd: dir, input: readFileSync(join(FIX, "session.in"), "utf8") });
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(readFileSync(join(FIX, "session.out"), "utf8"));
      expect(r.code).toBe(0);
    } finally {
      cleanup(tmp);
    }
  });

  it("numbers the shell's pids as iex -S mix: the application's tree, the evaluator, what is spawned at the prompt", async () => {
    const tmp = tempDir("project-repl-pids");
    try {
      expect((await beamlet(["new", "fdrepl", "--sup"], { cwd: tmp })).code).toBe(0);
      const dir = join(tmp, "fdrepl");
      mkdirSync(join(dir, "config"));
      copyFileSync(join(FIX, "config.exs"), join(dir, "config", "config.exs"));
      const r = await beamlet(["repl"], { cwd: dir, input: readFileSync(join(FIX, "pids.in"), "utf8") });
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(readFileSync(join(FIX, "pids.out"), "utf8"));
    } finally {
      cleanup(tmp);
    }
  });

  it("recompile() outside a project says Mix is not running, as iex does", async () => {
    const tmp = tempDir("plain-repl");
    try {
      const r = await beamlet(["repl"], { cwd: tmp, input: "recompile()\n" });
      expect(r.stdout).toContain("iex(1)> Mix is not running. Please start IEx with: iex -S mix\n:error\niex(2)> ");
    } finally {
      cleanup(tmp);
    }
  });
});
