// Ctrl-C on a node in the foreground shows the BEAM's BREAK menu (through a real terminal, tmux):
// `c` continues, `a` or a second Ctrl-C quits; for `bin/APP start` and `beamlet run --no-halt`.
// While it is shown no process runs, and its answers are read as the BEAM reads them (beside elixir).
import { privateTmux, hasTmux } from "../tmux_server.ts";
import { describe, it, expect, afterAll } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, BIN, TIME_SCALE, anemoneRelease, tempDir, sleep } from "./helpers.ts";

describe.skipIf(!hasTmux)("BREAK menu", () => {
  const { tmux, killServer, waitScreen: waitOn } = privateTmux("break");
  afterAll(killServer);
  // (with the lines scrolled off: the menu's and the counter's)
  const waitScreen = (name: string, re: RegExp) => waitOn(name, re, { history: 200 });

  it("bin/APP start: Ctrl-C shows it, c continues, a second Ctrl-C quits; run --no-halt: a quits", async () => {
    const { tmp, dir, bin } = await anemoneRelease("break");
    const name = `beamlet-break-${process.pid}`;
    try {
      tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", `cd ${dir} && BEAMLET_TIME_SCALE=${TIME_SCALE} ${bin} start; echo EXITED=$?; sleep 60`);
      await waitScreen(name, /count\[\]: 1\n/);
      tmux("send-keys", "-t", name, "C-c");
      await waitScreen(name, /BREAK: \(a\)bort \(A\)bort with dump \(c\)ontinue/);
      tmux("send-keys", "-t", name, "c", "Enter");
      const after = (await waitScreen(name, /BREAK[\s\S]*\nc\n/)).length;
      // still counting after `c`
      await waitScreen(name, new RegExp(`BREAK[\\s\\S]*\\nc\\n[\\s\\S]*count\\[\\]: \\d+\\n[\\s\\S]*count\\[\\]: \\d+\\n`));
      expect(after).toBeGreaterThan(0);
      tmux("send-keys", "-t", name, "C-c");
      // the second Ctrl-C once the menu is shown again (waiting for it, not for time)
      await waitScreen(name, /BREAK[\s\S]*\nc\n[\s\S]*BREAK: \(a\)bort/);
      tmux("send-keys", "-t", name, "C-c");
      await waitScreen(name, /EXITED=0/);
      tmux("kill-session", "-t", name);

      tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", `cd ${dir} && BEAMLET_TIME_SCALE=${TIME_SCALE} node ${BIN} run --no-halt; echo EXITED=$?; sleep 60`);
      await waitScreen(name, /count\[\]: 1\n/);
      tmux("send-keys", "-t", name, "C-c");
      await waitScreen(name, /BREAK: \(a\)bort/);
      tmux("send-keys", "-t", name, "a", "Enter");
      await waitScreen(name, /EXITED=0/);
    } finally {
      try {
        tmux("kill-session", "-t", name);
      } catch {}
      cleanup(tmp);
    }
  });

  it("no process runs while it is shown; an unknown letter, an empty line and v are answered as the BEAM does, q quits (as elixir)", async () => {
    const dir = tempDir("break-answers");
    writeFileSync(join(dir, "tick.exs"), 'Stream.iterate(0, &(&1 + 1)) |> Enum.each(fn i -> IO.puts("tick #{i}"); Process.sleep(300) end)\n');
    const name = `beamlet-break-answers-${process.pid}`;
    /** the screen of one session, with the runs of tick lines (how many is the clock's) as one */
    const session = async (command: string) => {
      tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "50", `cd ${dir} && ${command}; echo EXITED=$?; sleep 60`);
      try {
        await waitScreen(name, /^tick 2$/m);
        tmux("send-keys", "-t", name, "C-c");
        await waitScreen(name, /\(d\)istribution\n/);
        await sleep(1500);
        tmux("send-keys", "-t", name, "xc", "Enter");
        await waitScreen(name, /Invalid option[\s\S]*\(d\)istribution\n/);
        await sleep(1000);
        tmux("send-keys", "-t", name, "Enter");
        await sleep(500);
        const blocked = tmux("capture-pane", "-p", "-t", name);
        tmux("send-keys", "-t", name, "v", "Enter");
        await waitScreen(name, /emulator version[^\n]*\ntick \d+\n/);
        tmux("send-keys", "-t", name, "C-c");
        await waitScreen(name, /emulator version[\s\S]*\(d\)istribution\n/);
        tmux("send-keys", "-t", name, "q", "Enter");
        const screen = await waitScreen(name, /EXITED=/);
        const menuShown = blocked.slice(blocked.indexOf("BREAK"));
        return { ticksWhileShown: /tick/.test(menuShown), screen: screen.replace(/(tick \d+\n)+/g, "ticks\n").trimEnd() };
      } finally {
        tmux("kill-session", "-t", name);
      }
    };
    try {
      const want = await session("elixir tick.exs");
      expect(want.ticksWhileShown).toBe(false);
      expect(want.screen).toMatch(/EXITED=0$/);
      expect(await session(`node ${BIN} run tick.exs`)).toEqual(want);
    } finally {
      cleanup(dir);
    }
  });

  it("d prints the node's distribution entry as the BEAM does, and the node goes on (beside elixir)", async () => {
    const dir = tempDir("break-d");
    writeFileSync(join(dir, "wait.exs"), 'IO.puts("ready")\nProcess.sleep(:infinity)\n');
    const name = `beamlet-break-d-${process.pid}`;
    const session = async (command: string) => {
      tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "40", `cd ${dir} && ${command}; echo EXITED=$?; sleep 60`);
      try {
        await waitScreen(name, /^ready$/m);
        tmux("send-keys", "-t", name, "C-c");
        await waitScreen(name, /\(d\)istribution\n/);
        tmux("send-keys", "-t", name, "d", "Enter");
        await waitScreen(name, /^d\n=node:/m);
        tmux("send-keys", "-t", name, "C-c");
        await waitScreen(name, /^d\n[\s\S]*\(d\)istribution\n/m);
        tmux("send-keys", "-t", name, "a", "Enter");
        return (await waitScreen(name, /EXITED=/)).trimEnd();
      } finally {
        tmux("kill-session", "-t", name);
      }
    };
    try {
      const want = await session("elixir wait.exs");
      expect(want).toContain("=no_distribution");
      expect(await session(`node ${BIN} run wait.exs`)).toBe(want);
    } finally {
      cleanup(dir);
    }
  });

  it("Ctrl-C while a script compiles a module shows it at once: the script goes on only after c (beside elixir)", async () => {
    const dir = tempDir("break-compile");
    // a module that takes both compilers seconds: the Ctrl-C sent once "a" is shown comes while it compiles
    const defs = Array.from({ length: 600 }, (_, i) => `  def f${i}(x) when is_integer(x), do: Enum.map([x, ${i}], fn y -> y * ${i} + x end) |> Enum.sum()\n`).join("");
    writeFileSync(join(dir, "big.exs"), `IO.puts("a")\ndefmodule Big do\n${defs}end\nIO.puts("compiled")\n`);
    const name = `beamlet-break-compile-${process.pid}`;
    const session = async (command: string) => {
      tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "40", `cd ${dir} && ${command}; echo EXITED=$?; sleep 60`);
      try {
        await waitScreen(name, /^a$/m);
        tmux("send-keys", "-t", name, "C-c");
        await waitScreen(name, /\(d\)istribution\n/);
        tmux("send-keys", "-t", name, "c", "Enter");
        await waitScreen(name, /^compiled$/m);
        tmux("send-keys", "-t", name, "C-c");
        await waitScreen(name, /^compiled\n[\s\S]*\(d\)istribution\n/m);
        tmux("send-keys", "-t", name, "a", "Enter");
        return (await waitScreen(name, /EXITED=/)).trimEnd();
      } finally {
        tmux("kill-session", "-t", name);
      }
    };
    try {
      const want = await session("elixir --no-halt big.exs");
      expect(want).toMatch(/^a\n\^C\nBREAK[^\n]*\n[^\n]*\nc\ncompiled\n/);
      expect(await session(`node ${BIN} run --no-halt big.exs`)).toBe(want);
    } finally {
      cleanup(dir);
    }
  });

  it("Ctrl-C while a module body sleeps or loops shows it at once, not once the file compiled (a script beside elixir, a project beside mix)", async () => {
    const name = `beamlet-break-body-${process.pid}`;
    // (the bodies take two minutes: the menu must show well before)
    const busy = "  wait = fn wait, until -> if System.monotonic_time(:millisecond) < until, do: wait.(wait, until), else: :ok end\n  wait.(wait, System.monotonic_time(:millisecond) + 120_000)\n";
    /** the screen of `command` run in `dir`: Ctrl-C once `ready` shows, then the keys */
    const session = async (dir: string, command: string, ready: RegExp, keys: string[]) => {
      tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "40", `cd ${dir} && ${command}; echo EXITED=$?; sleep 60`);
      try {
        await waitScreen(name, ready);
        // (beamlet's watcher of a Ctrl-C starts once the body has run a moment: cli/sync_break.ts)
        await sleep(2000);
        tmux("send-keys", "-t", name, "C-c");
        await waitOn(name, /\(d\)istribution\n/, { ms: 60_000, history: 200 });
        for (const key of keys) {
          await sleep(500);
          tmux("send-keys", "-t", name, ...(key === "C-c" ? ["C-c"] : [key, "Enter"]));
        }
        return (await waitOn(name, /EXITED=/, { ms: 60_000, history: 200 })).trimEnd();
      } finally {
        tmux("kill-session", "-t", name);
      }
    };
    const dir = tempDir("break-body");
    writeFileSync(join(dir, "sleepy.exs"), 'defmodule Sleepy do\n  IO.puts("sleeping")\n  Process.sleep(120_000)\nend\nIO.puts("after")\n');
    try {
      const want = await session(dir, "elixir sleepy.exs", /^sleeping$/m, ["x", "a"]);
      expect(want).toMatch(/^sleeping\n\^C\nBREAK[^\n]*\n[^\n]*\nx\nInvalid option[\s\S]*\na\nEXITED=0$/m);
      expect(await session(dir, `node ${BIN} run sleepy.exs`, /^sleeping$/m, ["x", "a"])).toBe(want);
    } finally {
      cleanup(dir);
    }
    const project = (label: string) => {
      const d = tempDir(`break-body-${label}`);
      mkdirSync(join(d, "lib"));
      writeFileSync(join(d, "mix.exs"), 'defmodule Brk.MixProject do\n  use Mix.Project\n  def project, do: [app: :brk, version: "0.1.0", elixir: "~> 1.14", deps: []]\n  def application, do: [extra_applications: [:logger]]\nend\n');
      writeFileSync(join(d, "lib", "busy.ex"), `defmodule Busy do\n  IO.puts("compiling Busy")\n${busy}  def f, do: 1\nend\n`);
      return d;
    };
    const [mixDir, beamletDir] = [project("mix"), project("beamlet")];
    try {
      // a second Ctrl-C quits
      const want = await session(mixDir, "mix run -e 'IO.puts(:ran)'", /^compiling Busy$/m, ["C-c"]);
      expect(want).toMatch(/^compiling Busy\n\^C\nBREAK[^\n]*\n[^\n]*\n\^CEXITED=0$/m);
      expect(await session(beamletDir, `node ${BIN} run -e 'IO.puts(:ran)'`, /^compiling Busy$/m, ["C-c"])).toBe(want);
    } finally {
      cleanup(mixDir);
      cleanup(beamletDir);
    }
  });

  it("Ctrl-C while a project compiles (mix run) shows it; a quits before anything runs (beside mix)", async () => {
    const name = `beamlet-break-project-${process.pid}`;
    /** a fresh copy of the project for each run: a module whose body takes seconds, then the
     *  screen of `command` in it, Ctrl-C sent while that module compiles and `a` answered */
    const session = async (label: string, command: string) => {
      const dir = tempDir(`break-project-${label}`);
      mkdirSync(join(dir, "lib"));
      writeFileSync(join(dir, "mix.exs"), 'defmodule Brk.MixProject do\n  use Mix.Project\n  def project, do: [app: :brk, version: "0.1.0", elixir: "~> 1.14", deps: []]\n  def application, do: [extra_applications: [:logger]]\nend\n');
      // (a busy wait: beamlet's compiler runs no module body that blocks)
      const wait = "  wait = fn wait, until -> if System.monotonic_time(:millisecond) < until, do: wait.(wait, until), else: :ok end\n  wait.(wait, System.monotonic_time(:millisecond) + 3000)\n";
      writeFileSync(join(dir, "lib", "slow.ex"), `defmodule Slow do\n  IO.puts("compiling Slow")\n${wait}  def f, do: 1\nend\n`);
      tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "40", `cd ${dir} && ${command}; echo EXITED=$?; sleep 60`);
      try {
        await waitScreen(name, /^compiling Slow$/m);
        tmux("send-keys", "-t", name, "C-c");
        await waitScreen(name, /\(d\)istribution\n/);
        tmux("send-keys", "-t", name, "a", "Enter");
        return (await waitScreen(name, /EXITED=/)).trimEnd();
      } finally {
        tmux("kill-session", "-t", name);
        cleanup(dir);
      }
    };
    const want = await session("mix", "mix run -e 'IO.puts(:ran)'");
    expect(want).toMatch(/^compiling Slow\n\^C\nBREAK[^\n]*\n[^\n]*\na\nEXITED=0$/m);
    expect(await session("beamlet", `node ${BIN} run -e 'IO.puts(:ran)'`)).toBe(want);
  });
});
