// A release's node is named as a mix release's (`--sname APP`): node() is APP@SHORT_HOST in rpc, in a
// remote shell and in the application's own processes, and the node is alive; `eval` runs on a fresh
// node that is not distributed (:nonode@nohost), as mix's `bin/APP eval` does (checked against a
// `mix release` of a tiny app on Elixir 1.14 / OTP 25). The named node's cookie is the release's
// (get_cookie/0, and get_cookie/1 of any node), eval's is :nocookie; its pids and references are
// written by term_to_binary with its name and read back as themselves.
import { describe, it, expect } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, Background } from "./helpers.ts";

const MIX = `defmodule Wren.MixProject do
  use Mix.Project

  def project do
    [app: :wren, version: "0.1.0", elixir: "~> 1.14", deps: []]
  end

  def application do
    [extra_applications: [:logger], mod: {Wren.Application, []}]
  end
end
`;

const APP = `defmodule Wren.Application do
  use Application

  def start(_type, _args) do
    IO.puts("wren starting")
    Supervisor.start_link([Wren.Keeper], strategy: :one_for_one)
  end
end

defmodule Wren.Keeper do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def init(:ok), do: {:ok, node()}
  def handle_call(:node, _from, n), do: {:reply, n, n}
end
`;

describe("a release's node name", () => {
  it("node() is APP@HOST in rpc, remote and the application; eval's node is not alive", async () => {
    const tmp = tempDir("nodename");
    const dir = join(tmp, "wren");
    mkdirSync(join(dir, "lib"), { recursive: true });
    writeFileSync(join(dir, "mix.exs"), MIX);
    writeFileSync(join(dir, "lib", "wren.ex"), APP);
    const name = `wren@${hostname().split(".")[0]}`;
    let node: Background | null = null;
    try {
      expect((await beamlet(["release"], { cwd: dir, env: { MIX_ENV: "prod" } })).code).toBe(0);
      const bin = join(dir, "_build", "prod", "rel", "wren", "bin", "wren");
      expect((await run(bin, ["eval", "IO.inspect {node(), :erlang.is_alive()}"], { cwd: tmp })).stdout).toBe("{:nonode@nohost, false}\n");
      expect((await run(bin, ["eval", "IO.inspect {:erlang.get_cookie(), :erlang.get_cookie(:a@b)}"], { cwd: tmp })).stdout).toBe("{:nocookie, :nocookie}\n");
      expect((await run(bin, ["eval", "IO.inspect {:erlang.system_info(:creation), binary_part(:erlang.term_to_binary(self()), 26, 4)}"], { cwd: tmp })).stdout).toBe("{0, <<0, 0, 0, 0>>}\n");
      const cookie = readFileSync(join(dir, "_build", "prod", "rel", "wren", "releases", "COOKIE"), "utf8").trim();

      node = new Background(bin, ["start"], tmp);
      await node.waitFor(/^wren starting\n/m);
      const rpc = async (code: string) => (await run(bin, ["rpc", code], { cwd: tmp })).stdout;
      expect(await rpc("IO.inspect {node(), :erlang.is_alive(), node(self())}")).toBe(`{:${name}, true, :${name}}\n`);
      // the application's processes run on the same named node
      expect(await rpc("IO.inspect GenServer.call(Wren.Keeper, :node)")).toBe(`:${name}\n`);
      expect(await rpc("IO.inspect {Node.self(), Node.alive?(), Node.list(:this)}")).toBe(`{:${name}, true, [:${name}]}\n`);
      // {name, node()} reaches the registered process on this node
      expect(await rpc("IO.inspect GenServer.call({Wren.Keeper, node()}, :node)")).toBe(`:${name}\n`);
      expect(await rpc("IO.inspect :ets.info(:ets.new(:t, []), :node)")).toBe(`:${name}\n`);
      expect(await rpc("IO.puts Enum.map_join([:erlang.get_cookie(), :erlang.get_cookie(node()), :erlang.get_cookie(:a@b)], \" \", &Atom.to_string/1)")).toBe(`${cookie} ${cookie} ${cookie}\n`);
      // pids and references are written as of this node, and read back as themselves
      const ext = "for t <- [self(), make_ref()] do b = :erlang.term_to_binary(t); IO.inspect {:binary.match(b, Atom.to_string(node())) != :nomatch, :binary.match(b, \"nonode\"), :erlang.binary_to_term(b) == t} end";
      expect(await rpc(ext)).toBe("{true, :nomatch, true}\n{true, :nomatch, true}\n");
      expect(await rpc("IO.inspect node(:erlang.binary_to_term(:erlang.term_to_binary(self())))")).toBe(`:${name}\n`);
      // with the node's creation, as epmd's on the BEAM (OTP 25: a 32-bit number above 3; 0 is a
      // node that is not alive): system_info(:creation) is what pids, references and ports carry,
      // and a pid of this node's name with creation 0 is another incarnation's, not self()
      const creation = "c = :erlang.system_info(:creation); IO.inspect {c > 3, Enum.map([self(), make_ref(), :erlang.list_to_port('#Port<0.1>')], fn t -> :binary.match(:erlang.term_to_binary(t), <<c::32>>) != :nomatch end)}";
      expect(await rpc(creation)).toBe("{true, [true, true, true]}\n");
      const zero = "<<131, 88, rest::binary>> = :erlang.term_to_binary(self()); s = byte_size(rest) - 4; <<n::binary-size(s), _::32>> = rest; p = :erlang.binary_to_term(<<131, 88, n::binary, 0::32>>); IO.inspect {p == self(), node(p) == node(), inspect(p) == inspect(self()), p > self()}";
      expect(await rpc(zero)).toBe("{false, true, true, false}\n");
      // a crash report names the node, as the emulator's does on a live node
      const crashed = node.out.length;
      await rpc('spawn(fn -> raise "boom" end); Process.sleep(100)');
      await node.waitFor(/raised an exception\n\*\* \(RuntimeError\) boom\n/, undefined, crashed);
      expect(node.out.slice(crashed)).toMatch(new RegExp(`\\[error\\] Process #PID<0\\.\\d+\\.0> on node :${name} raised an exception\n`));
      const remote = await run(bin, ["remote"], { cwd: tmp, input: "IO.inspect node()\n" });
      expect(remote.stdout).toContain(`:${name}\n`);
      expect(remote.stdout).not.toContain("nonode");
      expect((await run(bin, ["stop"], { cwd: tmp })).code).toBe(0);
      expect(await node.waitExit()).toBe(0);
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  });
});
