// A release's application runs under an application master, as on the BEAM: `bin/APP stop` and
// SIGTERM stop it (prep_stop/1, the tree shut down, stop/1) before the node ends, and the application is
// permanent, so its top supervisor dying takes the node down with OTP's "Kernel pid terminated".
import { describe, it, expect } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, Background } from "./helpers.ts";

const MIX = `defmodule Lantern.MixProject do
  use Mix.Project

  def project do
    [app: :lantern, version: "0.1.0", elixir: "~> 1.14", start_permanent: Mix.env() == :prod, deps: []]
  end

  def application do
    [extra_applications: [:logger], mod: {Lantern.Application, []}]
  end
end
`;

const APP = `defmodule Lantern.Application do
  use Application

  def start(_type, _args) do
    IO.puts("lantern starting")
    Supervisor.start_link([Lantern.Keeper], strategy: :one_for_one, name: Lantern.Supervisor)
  end

  def prep_stop(state) do
    IO.puts("lantern prep_stop")
    state
  end

  def stop(_state), do: IO.puts("lantern stopped")
end

defmodule Lantern.Keeper do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def init(:ok), do: {:ok, :ok}
end
`;

function project(dir: string): void {
  mkdirSync(join(dir, "lib"), { recursive: true });
  writeFileSync(join(dir, "mix.exs"), MIX);
  writeFileSync(join(dir, "lib", "lantern.ex"), APP);
}

describe("a release's application master", () => {
  it("stop runs the application's stop callbacks; the top supervisor's death takes the node down", async () => {
    const tmp = tempDir("appmaster");
    const dir = join(tmp, "lantern");
    project(dir);
    let node: Background | null = null;
    try {
      expect((await beamlet(["release"], { cwd: dir, env: { MIX_ENV: "prod" } })).code).toBe(0);
      const bin = join(dir, "_build", "prod", "rel", "lantern", "bin", "lantern");

      node = new Background(bin, ["start"], tmp);
      await node.waitFor(/^lantern starting\n/m);
      const rpc = async (code: string) => (await run(bin, ["rpc", code], { cwd: tmp })).stdout;
      // the keeper belongs to the application through its group leader, the master
      expect(await rpc("IO.inspect(:application.get_application(Process.whereis(Lantern.Keeper)))")).toBe("{:ok, :lantern}\n");
      expect(await rpc("IO.inspect(is_pid(:application_controller.get_master(:lantern)))")).toBe("true\n");
      expect((await run(bin, ["stop"], { cwd: tmp })).code).toBe(0);
      expect(await node.waitExit()).toBe(0);
      expect(node.out).toMatch(/lantern prep_stop\nlantern stopped\n/);

      // SIGTERM stops it as OTP's signal handler does: a notice, then init:stop (status 0)
      node = new Background(bin, ["start"], tmp);
      await node.waitFor(/^lantern starting\n/m);
      node.child.kill("SIGTERM");
      expect(await node.waitExit()).toBe(0);
      expect(node.out).toMatch(/^lantern starting\n\n\d\d:\d\d:\d\d\.\d{3} \[notice\] SIGTERM received - shutting down\n\nlantern prep_stop\nlantern stopped\n$/);
      // SIGHUP ends it at once, as the BEAM has no handler for it (128 + 1)
      node = new Background(bin, ["start"], tmp);
      await node.waitFor(/^lantern starting\n/m);
      node.child.kill("SIGHUP");
      expect(await node.waitExit()).toBe(129);
      expect(node.out).toBe("lantern starting\n");

      node = new Background(bin, ["start"], tmp);
      await node.waitFor(/^lantern starting\n/m);
      await run(bin, ["rpc", "Process.exit(Process.whereis(Lantern.Supervisor), :kill)"], { cwd: tmp });
      expect(await node.waitExit()).toBe(1);
      expect(node.out).toMatch(/lantern prep_stop\nlantern stopped\n\n\d\d:\d\d:\d\d\.\d{3} \[notice\] Application lantern exited: killed\n/);
      expect(node.out).toContain('{"Kernel pid terminated",application_controller,"{application_terminated,lantern,killed}"}\n');
      expect(node.err).toContain("Kernel pid terminated (application_controller) ({application_terminated,lantern,killed})\n");
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  });
});
