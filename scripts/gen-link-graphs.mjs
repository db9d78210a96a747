#!/usr/bin/env node
// Generates the random link/monitor-graph programs of test/conformance/linkgraph/ (issue 9: exit
// signals travel one hop at a time). Each program runs GRAPHS random graphs of processes with
// links, monitors, trap_exit flags and one or two random first events (an exit, a kill, an exit
// signal sent by one process to another), lets every cascade settle, and prints how each process
// ended and every message it received, in order. Goldens come from real Elixir as for every
// conformance program:
//
//   node scripts/gen-link-graphs.mjs [--seed N] [--files F] [--graphs G] [--out DIR] [--diff]
//
// --out DIR writes the programs there instead; --diff (with --out or a fresh temporary directory)
// runs each with real elixir and with beamlet and prints the differences (fuzz-lib's compare).
//   scripts/regen-goldens.sh linkgraph/
//
// The seed (default 9009) is written into every program's header, so a failing program names
// the seed and graph that made it; the same seed always makes the same programs.
import { writeFileSync, mkdirSync, readdirSync, rmSync, readFileSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compare, workDir } from "./fuzz-lib.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const SEED = opt("--seed", 9009);
const FILES = opt("--files", 8);
const GRAPHS = opt("--graphs", 10);
const DIFF = args.includes("--diff");
const outAt = args.indexOf("--out");
const OUT = outAt >= 0 ? args[outAt + 1] : DIFF ? workDir(null, "linkgraph") : join(ROOT, "test", "conformance", "linkgraph");

// a small LCG: the same seed makes the same programs on every Node version
let state = SEED >>> 0;
function rand() {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0;
  return (state >>> 8) / 2 ** 24;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (xs) => xs[int(0, xs.length - 1)];
const chance = (p) => rand() < p;

const SELF_EXITS = [":boom", ":normal", ":kill", "{:shutdown, :bye}"];
const SIGNALS = [":boom", ":normal", ":kill", ":shutdown"];

/** one random graph: node settings, links and monitors (each made by one side, in order), events */
function graph() {
  const n = int(3, 7);
  const nodes = [];
  for (let i = 0; i < n; i++) {
    const trap = chance(0.4);
    // a trapping "relay" dies of its own accord when a non-normal EXIT reaches it, as a
    // supervisor giving up would: cascades also pass through trapping processes
    nodes.push({ trap, relay: trap && chance(0.35), links: [], monitors: [] });
  }
  const edgeP = 0.25 + rand() * 0.3;
  for (let a = 0; a < n; a++) {
    for (let b = a + 1; b < n; b++) {
      if (chance(edgeP)) {
        // which side calls link/1 decides whose link set gets the link first
        if (chance(0.5)) nodes[a].links.push(b);
        else nodes[b].links.push(a);
      }
    }
  }
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a !== b && chance(0.2)) nodes[a].monitors.push(b);
    }
  }
  // links and monitors of one process in a random order
  for (const nd of nodes) {
    nd.links.sort(() => rand() - 0.5);
    nd.monitors.sort(() => rand() - 0.5);
  }
  const events = [];
  const count = chance(0.3) ? 2 : 1;
  for (let k = 0; k < count; k++) {
    const who = int(0, n - 1);
    switch (int(0, 5)) {
      case 0:
      case 1:
        events.push(`{${who}, {:exit, ${pick(SELF_EXITS)}}}`);
        break;
      case 2:
        events.push(`{:main, ${who}, ${pick(SIGNALS)}}`);
        break;
      case 4:
        // Process.exit/2 on itself: :normal kills a process that does not trap exits too
        events.push(`{${who}, {:self, ${pick([...SIGNALS, "{:custom, 1}"])}}}`);
        break;
      case 5:
        // a demonitor (with :info, maybe :flush) of one of its monitors, after the last settle
        if (nodes[who].monitors.length > 0) {
          events.push(`{${who}, {:demonitor, ${int(0, nodes[who].monitors.length - 1)}, ${pick(["[:info]", "[:flush, :info]"])}}}`);
          break;
        }
      // falls through
      default: {
        let t = int(0, n - 1);
        if (t === who) t = (t + 1) % n;
        events.push(`{${who}, {:signal, ${t}, ${pick(SIGNALS)}}}`);
      }
    }
  }
  return { n, nodes, events };
}

const DRIVER = `defmodule GraphProc do
  # a graph process: set up its links and monitors when told, then forward every message it
  # receives to main (so main sees them in this process's order) until it ends
  def start(id, main) do
    receive do
      {:setup, tag, pids, trap, relay, links, monitors} ->
        Process.flag(:trap_exit, trap)
        for t <- links, do: Process.link(elem(pids, t))
        refs = for t <- monitors, do: Process.monitor(elem(pids, t))
        send(main, {:ready, id, refs})
        Process.put(:monitors, refs)
        loop({tag, id}, main, pids, relay)
    end
  end

  defp loop(id, main, pids, relay) do
    receive do
      {:ping, ref} ->
        send(main, {:pong, ref})
        loop(id, main, pids, relay)

      {:event, {:exit, :normal}} ->
        :ok

      {:event, {:exit, reason}} ->
        exit(reason)

      {:event, {:self, reason}} ->
        Process.exit(self(), reason)
        loop(id, main, pids, relay)

      {:event, {:demonitor, k, opts}} ->
        send(main, {:got, id, {:demonitor, k, Process.demonitor(Enum.at(Process.get(:monitors), k), opts)}})
        loop(id, main, pids, relay)

      {:event, {:signal, t, reason}} ->
        Process.exit(elem(pids, t), reason)
        # main pings only after this: the signal is then in the target's queue before the ping
        send(main, {:signalled, id})
        loop(id, main, pids, relay)

      {:EXIT, _, reason} = msg when relay and reason != :normal ->
        send(main, {:got, id, msg})
        exit({:relay, elem(id, 1)})

      msg ->
        send(main, {:got, id, msg})
        loop(id, main, pids, relay)
    end
  end
end

defmodule Main do
  # nodes: [{trap, relay, links, monitors}]; events: {id, event} (sent to process id) or
  # {:main, id, reason} (main calls Process.exit/2)
  def run(label, nodes, events) do
    main = self()
    # a graph's own tag: a late message from an earlier graph's process is not counted
    tag = make_ref()
    pids = for i <- 0..(length(nodes) - 1), do: spawn(GraphProc, :start, [i, main])
    watch = Map.new(Enum.with_index(pids), fn {pid, i} -> {Process.monitor(pid), i} end)
    tuple = List.to_tuple(pids)
    refs =
      for {{trap, relay, links, monitors}, i} <- Enum.with_index(nodes), reduce: %{} do
        acc ->
          send(elem(tuple, i), {:setup, tag, tuple, trap, relay, links, monitors})
          receive do
            {:ready, ^i, rs} ->
              rs |> Enum.with_index() |> Enum.reduce(acc, fn {r, k}, a -> Map.put(a, r, "m#{i}.#{k}") end)
          end
      end
    names = Map.new(Enum.with_index(pids), fn {pid, i} -> {pid, "p#{i}"} end) |> Map.put(main, "main")
    state = %{alive: MapSet.new(0..(length(nodes) - 1)), watch: watch, got: %{}, died: %{}}
    state =
      Enum.reduce(events, state, fn
        {:main, i, reason}, st ->
          Process.exit(elem(tuple, i), reason)
          settle(st, tuple, tag)
        {i, {:signal, _, _} = ev}, st ->
          # after a settle nothing runs: a live process gets the event and signals at once
          if MapSet.member?(st.alive, i) do
            send(elem(tuple, i), {:event, ev})
            receive do: ({:signalled, {^tag, ^i}} -> :ok)
          end
          settle(st, tuple, tag)
        {i, ev}, st ->
          send(elem(tuple, i), {:event, ev})
          settle(st, tuple, tag)
      end)
    IO.puts("== #{label}")
    for i <- 0..(length(nodes) - 1) do
      fate = if Map.has_key?(state.died, i), do: "died #{inspect(state.died[i])}", else: "alive"
      got = state.got |> Map.get(i, []) |> Enum.reverse() |> Enum.map(&show(&1, names, refs))
      IO.puts("p#{i} #{fate}: #{Enum.join(got, ", ")}")
    end
    for pid <- pids, do: Process.exit(pid, :kill)
    for _ <- state.alive, do: receive(do: ({:DOWN, _, _, _, _} -> :ok))
  end

  # ping every live process until a whole round passes without a death: then every exit signal
  # sent so far has been handled (a dead process's signals went out before main's :DOWN)
  # a cascade runs undisturbed first: on the BEAM, main's pings would wake the processes and
  # reorder the run queue (on beamlet every runnable process runs before a timer fires, so this
  # wait costs nothing and does not depend on the machine's speed)
  defp settle(st, tuple, tag) do
    Process.sleep(100)
    ping_round(st, tuple, tag)
  end

  defp ping_round(st, tuple, tag) do
    pending = Map.new(st.alive, fn i -> {i, send_ping(elem(tuple, i))} end)
    {st, deaths} = collect(st, pending, 0, tag)
    if deaths > 0, do: ping_round(st, tuple, tag), else: st
  end

  defp send_ping(pid) do
    ref = make_ref()
    send(pid, {:ping, ref})
    ref
  end

  defp collect(st, pending, deaths, _tag) when map_size(pending) == 0, do: {st, deaths}

  defp collect(st, pending, deaths, tag) do
    receive do
      {:got, {^tag, i}, msg} ->
        collect(%{st | got: Map.update(st.got, i, [msg], &[msg | &1])}, pending, deaths, tag)
      {:pong, ref} ->
        {i, _} = Enum.find(pending, fn {_, r} -> r == ref end)
        collect(st, Map.delete(pending, i), deaths, tag)
      {:DOWN, ref, :process, _, reason} ->
        i = Map.fetch!(st.watch, ref)
        st = %{st | alive: MapSet.delete(st.alive, i), died: Map.put(st.died, i, reason)}
        collect(st, Map.delete(pending, i), deaths + 1, tag)
    end
  end

  defp show({:demonitor, k, r}, _, _), do: "demonitor #{k} #{inspect(r)}"
  defp show({:EXIT, pid, reason}, names, _), do: "EXIT #{names[pid]} #{inspect(reason)}"
  defp show({:DOWN, ref, :process, pid, reason}, names, refs),
    do: "DOWN #{refs[ref]} #{names[pid]} #{inspect(reason)}"
end
`;

function program(fileIndex, graphs) {
  const lines = [
    `# Random link/monitor graphs (issue 9), made by scripts/gen-link-graphs.mjs --seed ${SEED}`,
    `# (file ${fileIndex}, ${graphs.length} graphs); goldens from real Elixir (scripts/regen-goldens.sh linkgraph/).`,
    `# mN.K is the K-th monitor process N took; each graph prints every process's fate and messages.`,
    DRIVER,
  ];
  graphs.forEach((g, k) => {
    const nodes = g.nodes.map((nd) => `{${nd.trap}, ${nd.relay}, [${nd.links.join(", ")}], [${nd.monitors.join(", ")}]}`);
    lines.push(`Main.run("seed ${SEED} file ${fileIndex} graph ${k}", [\n  ${nodes.join(",\n  ")}\n], [${g.events.join(", ")}])`);
  });
  return lines.join("\n") + "\n";
}

mkdirSync(OUT, { recursive: true });
// only the programs: a regenerated program keeps its goldens until regen-goldens.sh rewrites them
for (const f of readdirSync(OUT)) if (f.startsWith("graphs_") && f.endsWith(".exs")) rmSync(join(OUT, f));
for (let f = 0; f < FILES; f++) {
  const graphs = Array.from({ length: GRAPHS }, graph);
  const name = `graphs_${String(f).padStart(2, "0")}.exs`;
  writeFileSync(join(OUT, name), program(f, graphs));
}
if (!DIFF) console.log(`seed ${SEED}: wrote ${FILES} programs of ${GRAPHS} graphs to ${OUT}; now run scripts/regen-goldens.sh linkgraph/`);
else {
  let diffs = 0;
  for (let f = 0; f < FILES; f++) {
    const name = `graphs_${String(f).padStart(2, "0")}.exs`;
    const d = compare(OUT, name, readFileSync(join(OUT, name), "utf8"));
    if (d) { diffs++; console.log(`--- seed ${SEED} file ${f}: ${d}`); }
  }
  console.log(`gen-link-graphs seed ${SEED}: ${FILES} programs of ${GRAPHS} graphs, ${diffs} with differences (files in ${OUT})`);
}
