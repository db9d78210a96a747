# Random link/monitor graphs (issue 9), made by scripts/gen-link-graphs.mjs --seed 9009
# (file 1, 10 graphs); goldens from real Elixir (scripts/regen-goldens.sh linkgraph/).
# mN.K is the K-th monitor process N took; each graph prints every process's fate and messages.
defmodule GraphProc do
  # a graph process: set up its links and monitors when told, then forward every message it
  # receives to main (so main sees them in this process's order) until it ends
  def start(id, main) do
    receive do
      {:setup, tag, pids, trap, relay, links, monitors} ->
        Process.flag(:trap_exit, trap)
        for t <- links, do: Process.link(elem(pids, t))
        refs = for t <- monitors, do: Process.monitor(elem(pids, t))
        send(main, {:ready, id, refs})
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

  defp show({:EXIT, pid, reason}, names, _), do: "EXIT #{names[pid]} #{inspect(reason)}"
  defp show({:DOWN, ref, :process, pid, reason}, names, refs),
    do: "DOWN #{refs[ref]} #{names[pid]} #{inspect(reason)}"
end

Main.run("seed 9009 file 1 graph 0", [
  {true, false, [4], []},
  {false, false, [0], [2, 4]},
  {false, false, [3, 4], []},
  {true, false, [0], []},
  {false, false, [3], [1]},
  {true, false, [1], [0, 2]}
], [{:main, 3, :normal}])
Main.run("seed 9009 file 1 graph 1", [
  {false, false, [], [2]},
  {false, false, [], [0]},
  {true, true, [1], []}
], [{:main, 1, :normal}])
Main.run("seed 9009 file 1 graph 2", [
  {false, false, [3], [2]},
  {true, false, [], [0]},
  {false, false, [0], []},
  {false, false, [], []}
], [{0, {:exit, :boom}}])
Main.run("seed 9009 file 1 graph 3", [
  {false, false, [], []},
  {false, false, [], []},
  {false, false, [0], []}
], [{2, {:exit, :normal}}])
Main.run("seed 9009 file 1 graph 4", [
  {true, false, [], [4]},
  {false, false, [4], []},
  {false, false, [3], [3, 0]},
  {true, true, [], [0, 1]},
  {true, false, [], [3, 1]}
], [{4, {:signal, 2, :normal}}])
Main.run("seed 9009 file 1 graph 5", [
  {false, false, [], [1, 5]},
  {false, false, [5, 0], []},
  {false, false, [0, 6], [3]},
  {true, false, [6, 0], [4, 0]},
  {false, false, [3, 2, 0], []},
  {true, false, [3, 0], [4]},
  {false, false, [1, 0], [1]}
], [{:main, 6, :boom}])
Main.run("seed 9009 file 1 graph 6", [
  {false, false, [1], [3, 2]},
  {false, false, [2], [3]},
  {true, true, [], []},
  {false, false, [], [0, 1, 2]},
  {false, false, [0], []}
], [{3, {:exit, :normal}}])
Main.run("seed 9009 file 1 graph 7", [
  {true, true, [1], [1]},
  {false, false, [3], []},
  {true, false, [1], [3, 1]},
  {false, false, [0, 4], []},
  {false, false, [], []}
], [{:main, 2, :normal}])
Main.run("seed 9009 file 1 graph 8", [
  {true, false, [1], []},
  {false, false, [], []},
  {false, false, [], []}
], [{:main, 0, :shutdown}])
Main.run("seed 9009 file 1 graph 9", [
  {false, false, [], []},
  {false, false, [], [5, 0]},
  {true, true, [4], [5]},
  {false, false, [1], [0]},
  {true, false, [], []},
  {false, false, [3], [2]},
  {true, true, [1], []}
], [{0, {:exit, {:shutdown, :bye}}}])
