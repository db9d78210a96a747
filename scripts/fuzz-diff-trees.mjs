#!/usr/bin/env node
// Random process trees built by the processes themselves (spawn_link/spawn_monitor from inside a
// process, so links come from spawning, not from link/1), with extra links and monitors across
// the tree, some trapping processes (which report every message to main and may die when an
// EXIT reaches them), and main itself trapping exits and linked to some of them. One random
// event (an exit, a raise, a throw, an exit signal from main or from a tree process, a kill)
// starts a cascade; main prints, in the order it got them, its own DOWN and EXIT messages and the
// reports of the trapping processes: the order in which the BEAM delivers a cascade's signals,
// one hop at a time. Run with real `elixir` and with beamlet (needs elixir on PATH; not part of
// `npm test`).
//
//   node scripts/fuzz-diff-trees.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I]
import { options, main } from "./fuzz-lib.mjs";

const HEADER = `Logger.configure(level: :none)
defmodule GNode do
  # spec: {id, trap, relay, children}; children are spawned linked (or spawn_monitor'ed) by
  # this process; every process reports {:up, id, pid} to main first
  def start(main, {id, trap, relay, how, children}) do
    Process.flag(:trap_exit, trap)
    send(main, {:up, id, self()})
    for c <- children do
      case elem(c, 3) do
        :link -> spawn_link(fn -> start(main, c) end)
        :monitor -> spawn_monitor(fn -> start(main, c) end)
        :plain -> spawn(fn -> start(main, c) end)
      end
    end
    _ = how
    loop(main, id, relay)
  end

  defp loop(main, id, relay) do
    receive do
      {:do, :link, pid} -> Process.link(pid); send(main, {:done, id}); loop(main, id, relay)
      {:do, :monitor, pid} -> Process.monitor(pid); send(main, {:done, id}); loop(main, id, relay)
      {:do, :exit, reason} -> exit(reason)
      {:do, :raise} -> raise "boom"
      {:do, :throw} -> throw(:ball)
      {:do, :return} -> :ok
      {:do, :signal, pid, reason} -> Process.exit(pid, reason); loop(main, id, relay)
      {:ping, ref} -> send(main, {:pong, ref}); loop(main, id, relay)
      {:EXIT, _, r} = m when relay and r != :normal -> send(main, {:got, id, m}); exit({:relay, id})
      m -> send(main, {:got, id, m}); loop(main, id, relay)
    end
  end
end

defmodule Main do
  def count({_, _, _, _, cs}), do: 1 + Enum.reduce(cs, 0, &(count(&1) + &2))

  def run(label, tree, extra, main_links, event) do
    IO.puts(label)
    Process.flag(:trap_exit, true)
    me = self()
    n = count(tree)
    spawn(fn -> GNode.start(me, tree) end)
    pids = for _ <- 1..n, into: %{}, do: (receive do {:up, id, pid} -> {id, pid} end)
    names = Map.new(pids, fn {id, pid} -> {pid, "p#{id}"} end) |> Map.put(me, "main")
    mons = Map.new(pids, fn {id, pid} -> {Process.monitor(pid), "m#{id}"} end)
    for {a, kind, b} <- extra do
      send(pids[a], {:do, kind, pids[b]})
      receive do {:done, ^a} -> :ok end
    end
    for i <- main_links, do: Process.link(pids[i])
    # every process idle in its receive before the event: the order then is the signals' alone
    for {_, pid} <- pids do
      ref = make_ref()
      send(pid, {:ping, ref})
      receive do {:pong, ^ref} -> :ok end
    end
    case event do
      {:main, i, reason} -> Process.exit(pids[i], reason)
      {:signal, i, j, reason} -> send(pids[i], {:do, :signal, pids[j], reason})
      {i, ev} -> send(pids[i], List.to_tuple([:do | Tuple.to_list(ev)]))
    end
    collect(names, mons, pids)
    for {_, pid} <- pids, do: Process.unlink(pid)
    for {_, pid} <- pids, do: Process.exit(pid, :kill)
    flush()
  end

  defp collect(names, mons, pids) do
    receive do
      msg -> IO.puts("  " <> show(msg, names, mons)); collect(names, mons, pids)
    after
      300 ->
        alive = for {id, pid} <- Enum.sort(pids), Process.alive?(pid), do: id
        IO.puts("  alive: #{inspect(alive)}")
    end
  end

  defp flush do
    receive do
      _ -> flush()
    after
      50 -> :ok
    end
  end

  defp show(msg, names, mons) do
    msg
    |> rename(names, mons)
    |> inspect()
  end

  defp rename(t, names, _mons) when is_pid(t), do: Map.get(names, t, :other_pid)
  defp rename(t, _names, mons) when is_reference(t), do: Map.get(mons, t, :other_ref)
  defp rename(t, names, mons) when is_tuple(t), do: t |> Tuple.to_list() |> Enum.map(&rename(&1, names, mons)) |> List.to_tuple()
  defp rename([h | t], names, mons), do: [rename(h, names, mons) | rename(t, names, mons)]
  defp rename(%RuntimeError{} = e, _, _), do: e
  defp rename(t, _, _), do: t
end
`;

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  const out = [];
  for (let g = 0; g < Math.max(1, Math.floor(o.steps / 5)); g++) {
    let next = 0;
    const nodes = [];
    const build = (depth) => {
      const id = next++;
      const trap = chance(0.35);
      const relay = trap && chance(0.4);
      const how = pick(["link", "link", "link", "monitor", "plain"]);
      const kids = [];
      const k = depth > 2 ? 0 : rnd(4 - depth);
      for (let i = 0; i < k && next < 8; i++) kids.push(build(depth + 1));
      nodes.push(id);
      return `{${id}, ${trap}, ${relay}, :${how}, [${kids.join(", ")}]}`;
    };
    const tree = build(0);
    const n = next;
    const extra = [];
    for (let e = 0; e < rnd(4); e++) {
      const a = rnd(n), b = rnd(n);
      if (a !== b) extra.push(`{${a}, :${pick(["link", "monitor"])}, ${b}}`);
    }
    const mainLinks = [];
    for (let i = 0; i < n; i++) if (chance(0.25)) mainLinks.push(i);
    const reason = () => pick([":boom", ":normal", ":kill", ":shutdown", "{:shutdown, :x}"]);
    const who = rnd(n);
    const event = pick([
      () => `{:main, ${who}, ${reason()}}`,
      () => `{:signal, ${who}, ${rnd(n)}, ${reason()}}`,
      () => `{${who}, {:exit, ${reason()}}}`,
      () => `{${who}, {:raise}}`,
      () => `{${who}, {:throw}}`,
      () => `{${who}, {:return}}`,
    ])();
    out.push(`Main.run("graph ${g}", ${tree}, [${extra.join(", ")}], [${mainLinks.join(", ")}], ${event})`);
  }
  return `${HEADER}\n${out.join("\n")}\n`;
}

main("fuzz-diff-trees", gen, options(515151));
