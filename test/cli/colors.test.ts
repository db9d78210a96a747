// Colours as elixir uses them, through a real terminal (tmux): "warning: " in yellow and
// IO.ANSI.enabled? true when standard output is a terminal; none with NO_COLOR or when standard
// output is redirected; iex's colours in the REPL whenever its output is a terminal. The expected
// bytes are what real elixir and iex wrote for the same commands (colors_fixtures/record.sh); the
// warning names the file relative to the current directory.
import { privateTmux, hasTmux } from "../tmux_server.ts";
import { describe, it, expect, afterAll } from "vitest";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { ROOT } from "../../cli/host.ts";

const FIX = path.join(ROOT, "test", "cli", "colors_fixtures");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!hasTmux)("colours on a terminal, as elixir", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "colors-"));
  const sessions: string[] = [];
  const { tmux, killServer } = privateTmux("colors");
  afterAll(() => {
    for (const s of sessions) {
      try {
        tmux("kill-session", "-t", s);
      } catch {}
    }
    killServer();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** run `command` in a shell on a tmux terminal; the bytes it wrote (CR removed) */
  async function onTerminal(name: string, command: string): Promise<string> {
    const s = `beamlet-colors-${process.pid}-${name}`;
    const raw = path.join(dir, name);
    fs.writeFileSync(raw, "");
    sessions.push(s);
    tmux("new-session", "-d", "-s", s, "-x", "150", "-y", "20", "sh");
    tmux("pipe-pane", "-o", "-t", s, `cat >> ${raw}`);
    // typed before the shell shows its prompt, the command's echo and the prompt interleave (on a
    // loaded machine sh starts late): wait for the prompt first
    for (let t0 = Date.now(); Date.now() - t0 < 180000 && !/[$#] ?$/m.test(tmux("capture-pane", "-p", "-t", s).trimEnd()); await sleep(50));
    tmux("send-keys", "-t", s, "-l", `cd ${ROOT} && ${command}; echo DONE`);
    tmux("send-keys", "-t", s, "Enter");
    // waits for the program to finish, not for time
    for (let t0 = Date.now(); Date.now() - t0 < 180000; await sleep(100)) {
      if (/^DONE\r?$/m.test(fs.readFileSync(raw, "utf8"))) break;
    }
    tmux("kill-session", "-t", s);
    const text = fs.readFileSync(raw, "utf8").replace(/\r/g, "");
    return text.replace(/^[^]*?echo DONE\n/, "").replace(/^DONE\n[^]*$/m, "");
  }

  const bin = `node ${path.join(ROOT, "cli", "bin.js")} run ${path.join(FIX, "warn.exs")}`;
  const expected = (name: string) => fs.readFileSync(path.join(FIX, `${name}.raw`), "utf8");

  it("a terminal: yellow warning, IO.ANSI.enabled? true", async () => {
    expect(await onTerminal("tty", bin)).toBe(expected("tty"));
  });
  it("NO_COLOR: none", async () => {
    expect(await onTerminal("no_color", `NO_COLOR=1 ${bin}`)).toBe(expected("no_color"));
  });
  it("the REPL with its input piped and its output a terminal: iex's colours, a FunctionClauseError's arguments in their syntax colours", async () => {
    const repl = `node ${path.join(ROOT, "cli", "bin.js")} < ${path.join(FIX, "repl.in")}; echo`;
    expect(await onTerminal("repl", repl)).toBe(expected("repl"));
  });
  const logger = `node ${path.join(ROOT, "cli", "bin.js")} run ${path.join(FIX, "logger.exs")}; echo`;
  it("Logger's console on a terminal: each level in its colour; NO_COLOR: none unless turned on", async () => {
    expect(await onTerminal("logger", logger)).toBe(expected("logger"));
    expect(await onTerminal("logger_no_color", `NO_COLOR=1 ${logger}`)).toBe(expected("logger_no_color"));
  });
  // ExUnit's report, its times masked (the run's, a --trace line's)
  const exunit = (env: string) => `${env}node ${path.join(ROOT, "cli", "bin.js")} run test/cli/colors_fixtures/exunit_test.exs`;
  const masked = (text: string) => text.replace(/Finished in .*/g, "Finished in T").replace(/\(\d+\.\d+ms\)/g, "(Tms)");
  it("ExUnit on a terminal: dots, failure labels and locations, each comparison's sides diffed, the summary in colour", async () => {
    expect(masked(await onTerminal("exunit", exunit("")))).toBe(masked(expected("exunit")));
  });
  it("ExUnit with trace: true: each test's line in its colour", async () => {
    expect(masked(await onTerminal("exunit_trace", exunit("TRACE=1 ")))).toBe(masked(expected("exunit_trace")));
  });
  it("ExUnit with NO_COLOR on a terminal: no colours, the report laid out to the terminal's width", async () => {
    expect(masked(await onTerminal("exunit_no_color", exunit("NO_COLOR=1 ")))).toBe(masked(expected("exunit_no_color")));
  });
  it("standard output redirected: none", async () => {
    expect(await onTerminal("redirected", `${bin} > /dev/null`)).toBe(expected("redirected"));
  });
});
