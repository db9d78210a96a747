// SIGTERM stops a running program as OTP's signal handler does (a notice, then init:stop: the
// applications' prep_stop/1 and stop/1 run, exit status 0), SIGINT shows the BREAK menu, and
// System.halt/1 typed in the REPL ends it with that status. Each expectation is what real elixir, mix and iex did, run beside.
import { describe, it, expect } from "vitest";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BIN, Background, run, beamlet, tempDir, cleanup, sleep, waitUntil } from "../e2e/helpers.ts";

const MIX = `defmodule Bell.MixProject do
  use Mix.Project
  def project, do: [app: :bell, version: "0.1.0", elixir: "~> 1.14", deps: []]
  def application, do: [extra_applications: [:logger], mod: {Bell.Application, []}]
end
`;

const APP = `defmodule Bell.Application do
  use Application

  def start(_type, _args) do
    IO.puts("bell started")
    Supervisor.start_link([], strategy: :one_for_one, name: Bell.Supervisor)
  end

  def prep_stop(state) do
    IO.puts("bell prep_stop")
    state
  end

  def stop(_state), do: IO.puts("bell stopped")
end
`;

/** the Logger's timestamps differ run to run */
const stamps = (s: string) => s.replace(/^\d\d:\d\d:\d\d\.\d{3} /gm, "HH:MM:SS.mmm ");

/** the process is the runtime itself (beam.smp or node, not the shell scripts `elixir` and `erl`
 *  exec it from) and catches SIGTERM (Linux's /proc; elsewhere assumed) */
function handlesSigterm(pid: number): boolean {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return !existsSync("/proc/self/status");
  }
  const name = /^Name:\s*(\S+)/m.exec(status)?.[1];
  const caught = /^SigCgt:\s*([0-9a-f]+)/m.exec(status)?.[1];
  return (name === "beam.smp" || name === "node") && caught !== undefined && (BigInt("0x" + caught) & (1n << 14n)) !== 0n;
}

/** run cmd until it printed `ready`, send it the signal, and return what it printed and its status */
async function terminated(cmd: string, args: string[], cwd: string, ready: RegExp, signal: NodeJS.Signals = "SIGTERM"): Promise<{ out: string; code: number }> {
  const p = new Background(cmd, args, cwd, { MIX_ENV: "dev" });
  try {
    await p.waitFor(ready);
    p.child.kill(signal);
    const code = await p.waitExit();
    return { out: stamps(p.out), code };
  } finally {
    p.kill();
  }
}

describe("SIGTERM and halting", () => {
  it("a script: a notice, then the node stops with status 0 (no at_exit hooks), as elixir", async () => {
    const dir = tempDir("sigterm-script");
    try {
      writeFileSync(join(dir, "wait.exs"), 'System.at_exit(fn s -> IO.puts("at_exit #{s}") end)\nIO.puts("waiting")\nProcess.sleep(:infinity)\n');
      const want = await terminated("elixir", ["wait.exs"], dir, /^waiting\n/m);
      expect(want.out).toContain("[notice] SIGTERM received - shutting down\n");
      const got = await terminated(process.execPath, [BIN, "run", "wait.exs"], dir, /^waiting\n/m);
      expect(got).toEqual(want);
    } finally {
      cleanup(dir);
    }
  });

  it("a script that filled the atom table: SIGTERM still stops it (a notice, status 0)", async () => {
    // (real elixir aborts the VM at 1,048,576 atoms; beamlet raises SystemLimitError in the process
    // instead and goes on, so there is nothing of elixir's to compare with.) The stop's Logger
    // modules are first used after the table filled: before, their load failed, the stop crashed
    // and its reports failed again without end, and the node ran on
    const dir = tempDir("sigterm-atoms");
    try {
      writeFileSync(join(dir, "atoms.exs"), 'try do\n  for i <- 1..1_100_000, do: String.to_atom("filler_#{i}")\nrescue\n  e in SystemLimitError -> IO.puts(Exception.message(e))\nend\nIO.puts("waiting")\nProcess.sleep(:infinity)\n');
      const got = await terminated(process.execPath, [BIN, "run", "atoms.exs"], dir, /^waiting\n/m);
      expect(got).toEqual({ out: "a system limit has been reached\nwaiting\n\nHH:MM:SS.mmm [notice] SIGTERM received - shutting down\n\n", code: 0 });
    } finally {
      cleanup(dir);
    }
  });

  it("SIGINT off a terminal: the BREAK menu, then the end of standard input quits with status 0, as elixir", async () => {
    const dir = tempDir("sigint-script");
    try {
      writeFileSync(join(dir, "wait.exs"), 'IO.puts("waiting")\nProcess.sleep(:infinity)\n');
      const want = await terminated("elixir", ["wait.exs"], dir, /^waiting\n/m, "SIGINT");
      expect(want.out).toContain("BREAK: (a)bort");
      const got = await terminated(process.execPath, [BIN, "run", "wait.exs"], dir, /^waiting\n/m, "SIGINT");
      expect(got).toEqual(want);
    } finally {
      cleanup(dir);
    }
  });

  it("--no-halt alone: a node that runs nothing and keeps running until SIGTERM (a notice, status 0), as elixir", async () => {
    // (nothing is printed to wait for: each is given a few seconds to be up once its runtime
    // handles SIGTERM, and must still run. At load 45 elixir was still its shell script after
    // 20 s: a SIGTERM then killed it with 143, and the fixed 4 s from the start did not suffice)
    const dir = tempDir("sigterm-bare");
    const idle = async (cmd: string, args: string[]) => {
      const p = new Background(cmd, args, dir);
      try {
        await waitUntil(() => p.exited !== null || handlesSigterm(p.child.pid!), "the runtime's own SIGTERM handler");
        await sleep(4000);
        const running = p.exited === null;
        p.child.kill("SIGTERM");
        const code = await p.waitExit();
        return { running, out: stamps(p.out), err: p.err, code };
      } finally {
        p.kill();
      }
    };
    try {
      const want = await idle("elixir", ["--no-halt"]);
      expect(want).toEqual({ running: true, out: "\nHH:MM:SS.mmm [notice] SIGTERM received - shutting down\n\n", err: "", code: 0 });
      expect(await idle(process.execPath, [BIN, "--no-halt"])).toEqual(want);
    } finally {
      cleanup(dir);
    }
  });

  it("run --no-halt in a project: the application's prep_stop/1 and stop/1 run, as mix run", async () => {
    const tmp = tempDir("sigterm-project");
    const dir = join(tmp, "bell");
    try {
      mkdirSync(join(dir, "lib"), { recursive: true });
      writeFileSync(join(dir, "mix.exs"), MIX);
      writeFileSync(join(dir, "lib", "bell.ex"), APP);
      const env = { MIX_ENV: "dev" };
      expect((await run("mix", ["compile"], { cwd: dir, env })).code).toBe(0);
      expect((await beamlet(["compile"], { cwd: dir, env })).code).toBe(0);
      // (Logger's notice is written by Logger's process while init stops the applications: on a
      // busy machine mix printed it after "bell stopped" once, so its place is not compared)
      const notice = "\nHH:MM:SS.mmm [notice] SIGTERM received - shutting down\n\n";
      const apart = (r: { out: string; code: number }) => ({ ...r, out: r.out.replace(notice, ""), notice: r.out.includes(notice) });
      const want = apart(await terminated("mix", ["run", "--no-halt"], dir, /^bell started\n/m));
      expect(want).toEqual({ out: "bell started\nbell prep_stop\nbell stopped\n", code: 0, notice: true });
      const got = apart(await terminated(process.execPath, [BIN, "run", "--no-halt"], dir, /^bell started\n/m));
      expect(got).toEqual(want);
    } finally {
      cleanup(tmp);
    }
  });

  it("System.halt/1 typed in the REPL ends it with that status, as iex", async () => {
    const dir = tempDir("repl-halt");
    try {
      const input = "IO.puts(1)\nSystem.halt(3)\nIO.puts(2)\n";
      const want = await run("iex", [], { cwd: dir, input });
      expect(want.code).toBe(3);
      const got = await beamlet(["repl"], { cwd: dir, input });
      expect({ out: got.stdout, code: got.code }).toEqual({ out: want.stdout, code: want.code });
    } finally {
      cleanup(dir);
    }
  });
});
