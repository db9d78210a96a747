// `start_permanent:` in mix.exs: `mix run` (and iex -S mix, mix test) start the application as
// permanent when it is true, so its top supervisor dying takes the node down with OTP's "Kernel pid
// terminated"; as temporary otherwise, the death is logged and the node goes on. Real mix, beside.
import { describe, it, expect } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { run, beamlet, tempDir, cleanup } from "../e2e/helpers.ts";

const MIX = `defmodule Keel.MixProject do
  use Mix.Project
  def project, do: [app: :keel, version: "0.1.0", elixir: "~> 1.14", start_permanent: Mix.env() == :prod, deps: []]
  def application, do: [extra_applications: [:logger], mod: {Keel.Application, []}]
end
`;

const APP = `defmodule Keel.Application do
  use Application

  def start(_type, _args) do
    IO.puts("keel started")
    Supervisor.start_link([], strategy: :one_for_one, name: Keel.Supervisor)
  end

  def stop(_state), do: IO.puts("keel stopped")
end
`;

const KILL = "Process.exit(Process.whereis(Keel.Supervisor), :kill); Process.sleep(3000); IO.puts(:alive)";

// the Logger's timestamps differ run to run; under mix the BEAM ends its halt lines with \r\n
const stamps = (s: string) => s.replace(/^\d\d:\d\d:\d\d\.\d{3} /gm, "HH:MM:SS.mmm ").replace(/\r\n/g, "\n");

describe("start_permanent in mix.exs", () => {
  it("true (MIX_ENV=prod here): the top supervisor's death halts the node; false: the node goes on", async () => {
    const tmp = tempDir("start-permanent");
    const dir = join(tmp, "keel");
    try {
      mkdirSync(join(dir, "lib"), { recursive: true });
      writeFileSync(join(dir, "mix.exs"), MIX);
      writeFileSync(join(dir, "lib", "keel.ex"), APP);
      for (const env of [{ MIX_ENV: "prod" }, { MIX_ENV: "dev" }]) {
        expect((await run("mix", ["compile"], { cwd: dir, env })).code).toBe(0);
        expect((await beamlet(["compile"], { cwd: dir, env })).code).toBe(0);
        const want = await run("mix", ["run", "-e", KILL], { cwd: dir, env });
        const got = await beamlet(["run", "-e", KILL], { cwd: dir, env });
        if (env.MIX_ENV === "prod") {
          expect(want.code).toBe(1);
          expect(stamps(want.stderr)).toContain("Kernel pid terminated (application_controller) ({application_terminated,keel,killed})\n");
          // the BEAM writes a crash dump then; beamlet has none to write
          expect(got.stderr).toBe("Kernel pid terminated (application_controller) ({application_terminated,keel,killed})\n");
        } else {
          expect(want.stdout).toContain("alive\n");
          expect(got.stderr).toBe(want.stderr);
        }
        expect({ out: stamps(got.stdout), code: got.code }, env.MIX_ENV).toEqual({ out: stamps(want.stdout), code: want.code });
      }
    } finally {
      cleanup(tmp);
    }
  });
});
