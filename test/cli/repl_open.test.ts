// open/1 in the REPL as iex 1.14 answers it (IEx.Introspection.open): a module, function or
// {file, line} handed to the editor ELIXIR_EDITOR or EDITOR names, iex's messages when none is set,
// when the module has no object code (compiled in memory: no lines to open at), is missing, or the
// function is not defined. record_open.sh played open.in into real iex in a new directory holding
// open.ex: open.out with no editor, open_editor.out with ELIXIR_EDITOR=echo (the file:line iex
// hands the editor), the directory written as <DIR>.
import { describe, it, expect } from "vitest";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "../../cli/host.ts";

const FIX = path.join(ROOT, "test", "cli", "repl_fixtures");

function repl(editor: string | undefined): { out: string; dir: string } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "beamlet-open-")));
  try {
    fs.copyFileSync(path.join(FIX, "open.ex"), path.join(dir, "open.ex"));
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1" };
    delete env.EDITOR;
    delete env.ELIXIR_EDITOR;
    if (editor !== undefined) env.ELIXIR_EDITOR = editor;
    const out = execFileSync(process.execPath, [path.join(ROOT, "cli", "bin.js"), "repl"], {
      cwd: dir,
      input: fs.readFileSync(path.join(FIX, "open.in")),
      env,
      encoding: "utf8",
      stdio: ["pipe", "pipe", "ignore"],
    });
    return { out, dir };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("open/1 (outputs recorded from real iex)", () => {
  it("with no editor set: iex's message for each kind of argument", () => {
    const { out, dir } = repl(undefined);
    expect(out).toBe(fs.readFileSync(path.join(FIX, "open.out"), "utf8").replaceAll("<DIR>", dir));
  });

  it("with ELIXIR_EDITOR set: the file and the line of the module, function or macro given to it", () => {
    const { out, dir } = repl("echo");
    expect(out).toBe(fs.readFileSync(path.join(FIX, "open_editor.out"), "utf8").replaceAll("<DIR>", dir));
  });
});
