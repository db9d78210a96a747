// Pids in a project are numbered as `mix run` (and `mix test`) number them once the project is compiled: the
// command's process is #PID<0.96.0>, its group leader 0.65, the application's master and tree and
// what the commands spawn take the BEAM's numbers. The expected output is real mix's, run beside.
import { describe, it, expect } from "vitest";
import { mkdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { run, beamlet } from "../e2e/helpers.ts";

const MIX = `defmodule Pidnum.MixProject do
  use Mix.Project
  def project, do: [app: :pidnum, version: "0.1.0", elixir: "~> 1.14", deps: []]
  def application, do: [extra_applications: [:logger], mod: {Pidnum.Application, []}]
end
`;

const APP = `defmodule Pidnum.Application do
  use Application
  def start(_type, _args) do
    Supervisor.start_link([{Agent, fn -> 0 end}], strategy: :one_for_one, name: Pidnum.Supervisor)
  end
end
`;

const SHOW = `show = fn label, pid -> IO.puts("#{label}: " <> inspect(pid)) end
show.("self", self())
show.("group leader", Process.group_leader())
show.("master", :application_controller.get_master(:pidnum))
show.("supervisor", Process.whereis(Pidnum.Supervisor))
show.("spawned", spawn(fn -> :ok end))
defmodule Later do
end
show.("after a module", spawn(fn -> :ok end))
`;

describe("pid numbers in a project", () => {
  it("are mix run's: in a file, -e code and --no-start", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "beamlet-pidnum-")), "pidnum");
    try {
      mkdirSync(join(dir, "lib"), { recursive: true });
      writeFileSync(join(dir, "mix.exs"), MIX);
      writeFileSync(join(dir, "lib", "pidnum.ex"), APP);
      writeFileSync(join(dir, "show.exs"), SHOW);
      const env = { MIX_ENV: "dev" };
      expect((await run("mix", ["compile"], { cwd: dir, env })).code).toBe(0);
      expect((await beamlet(["compile"], { cwd: dir, env })).code).toBe(0);
      const cases = [["show.exs"], ["-e", SHOW], ["--no-start", "-e", "IO.inspect(self()); IO.inspect(spawn(fn -> :ok end))"]];
      for (const args of cases) {
        const want = await run("mix", ["run", ...args], { cwd: dir, env });
        const got = await beamlet(["run", ...args], { cwd: dir, env });
        expect(want.code, want.stderr).toBe(0);
        expect(want.stdout).toContain("#PID<0.96.0>");
        expect({ out: got.stdout, code: got.code }, args.join(" ")).toEqual({ out: want.stdout, code: want.code });
      }
    } finally {
      rmSync(join(dir, ".."), { recursive: true, force: true });
    }
  });

  it("are mix test's for the application, the helper's process, the tests and their group leader", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "beamlet-pidnum-")), "pidnum");
    try {
      mkdirSync(join(dir, "lib"), { recursive: true });
      mkdirSync(join(dir, "test"), { recursive: true });
      writeFileSync(join(dir, "mix.exs"), MIX);
      writeFileSync(join(dir, "lib", "pidnum.ex"), APP.replace("def start(_type, _args) do", 'def start(_type, _args) do\n    IO.puts("start: " <> inspect(self()))'));
      writeFileSync(join(dir, "test", "test_helper.exs"), 'IO.puts("helper: #{inspect(self())} led by #{inspect(Process.group_leader())}")\nExUnit.start()\n');
      // three modules in one file: their tests' processes take mix test's numbers (with several
      // files, the order mix runs their modules in follows its parallel compile, which varies)
      const TEST = (mod: string) => `defmodule ${mod} do\n  use ExUnit.Case\n  test "leader" do\n    IO.puts("${mod}: #{inspect(self())} led by #{inspect(Process.group_leader())}")\n  end\n\n  test "spawns" do\n    IO.puts("${mod} spawned " <> inspect(spawn(fn -> :ok end)))\n  end\nend\n`;
      writeFileSync(join(dir, "test", "pidnum_test.exs"), TEST("PidnumTest") + TEST("PidnumMoreTest") + TEST("PidnumLastTest"));
      const env = { MIX_ENV: "test" };
      expect((await run("mix", ["compile"], { cwd: dir, env })).code).toBe(0);
      expect((await beamlet(["compile"], { cwd: dir, env })).code).toBe(0);
      // mix's formatter prints a test's dot from another process than the test's own output:
      // where the dots land between the lines varies run to run, under mix too
      const times = (s: string) => s.replace(/^Finished in .*$/m, "Finished in T").replace(/^\.+/gm, "");
      const want = await run("mix", ["test", "--seed", "0"], { cwd: dir, env });
      const got = await beamlet(["test", "--seed", "0"], { cwd: dir, env });
      expect(want.code, want.stderr).toBe(0);
      expect(want.stdout).toContain("PidnumTest: #PID<0.");
      expect(want.stdout).toContain(" led by #PID<0.65.0>\n");
      expect({ out: times(got.stdout), code: got.code }).toEqual({ out: times(want.stdout), code: want.code });
    } finally {
      rmSync(join(dir, ".."), { recursive: true, force: true });
    }
  });

  it("are mix run's right after a compile: a first build, then a changed file of two modules", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "beamlet-pidnum-"));
    try {
      // each tool in a folder of its own: both write _build/dev/lib/pidnum/ebin/pidnum.app
      const dirs = ["mix", "beamlet"].map((side) => {
        const dir = join(tmp, side, "pidnum");
        mkdirSync(join(dir, "lib"), { recursive: true });
        writeFileSync(join(dir, "mix.exs"), MIX);
        writeFileSync(join(dir, "lib", "pidnum.ex"), APP);
        writeFileSync(join(dir, "lib", "extra.ex"), "defmodule Extra do\n  def x, do: 1\nend\n");
        return dir;
      });
      const env = { MIX_ENV: "dev" };
      const code = 'IO.inspect(self()); IO.inspect(:application_controller.get_master(:pidnum)); IO.inspect(spawn(fn -> :ok end))';
      const both = async () => {
        const want = await run("mix", ["run", "-e", code], { cwd: dirs[0], env });
        const got = await beamlet(["run", "-e", code], { cwd: dirs[1], env });
        expect(want.stdout).toMatch(/^Compiling \d files? \(\.ex\)\n/);
        expect({ out: got.stdout, code: got.code }).toEqual({ out: want.stdout, code: want.code });
      };
      await both();
      await new Promise((r) => setTimeout(r, 1100)); // mix's staleness is by the second
      for (const dir of dirs) writeFileSync(join(dir, "lib", "extra.ex"), "defmodule Extra do\n  def x, do: 2\nend\n\ndefmodule Extra.More do\nend\n");
      await both();
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("are a mix release's in bin/APP eval: its code's process 0.94, Logger 0.88, modules and spawns as elixir -e's", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "beamlet-pidnum-"));
    try {
      // each tool in a folder of its own, each making its release (MIX_ENV=prod)
      const bins = await Promise.all(
        ["mix", "beamlet"].map(async (side) => {
          const dir = join(tmp, side, "pidnum");
          mkdirSync(join(dir, "lib"), { recursive: true });
          writeFileSync(join(dir, "mix.exs"), MIX);
          writeFileSync(join(dir, "lib", "pidnum.ex"), APP);
          const env = { MIX_ENV: "prod" };
          const r = side === "mix" ? await run("mix", ["release", "--quiet"], { cwd: dir, env }) : await beamlet(["release"], { cwd: dir, env });
          expect(r.code, r.stderr).toBe(0);
          return join(dir, "_build", "prod", "rel", "pidnum", "bin", "pidnum");
        }),
      );
      const code = 'defmodule A do end; IO.inspect(self()); IO.inspect(spawn(fn -> :ok end)); defmodule B do end; IO.inspect(spawn(fn -> :ok end)); IO.inspect(Process.group_leader()); IO.inspect(Process.whereis(Logger)); IO.inspect(Task.async(fn -> 1 end).pid)';
      const want = await run(bins[0], ["eval", code], { cwd: tmp });
      const got = await run(bins[1], ["eval", code], { cwd: tmp });
      expect(want.code, want.stderr).toBe(0);
      expect(want.stdout).toMatch(/^#PID<0\.94\.0>\n/);
      expect({ out: got.stdout, code: got.code }).toEqual({ out: want.stdout, code: want.code });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
