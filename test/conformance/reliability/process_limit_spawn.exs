# At the process limit (262,144, the BEAM's default +P) a spawn raises SystemLimitError from the
# BIF OTP 25's erlang.erl calls (spawn/1 is spawn/3 of :erlang.apply(fun, []), spawn_monitor/1,3
# are spawn_opt/4 with [:monitor], their own frame under it), and the emulator's "Too many
# processes" report goes through Logger: it comes later (its text ends with a blank line of its
# own), and at the level :none nothing is printed
defmodule Fill do
  def run do
    # the report comes later, through Logger
    fillers = fill([])
    Process.sleep(1000)
    Logger.flush()
    IO.inspect(length(fillers) + length(Process.list()) >= :erlang.system_info(:process_limit), label: "filled")

    # (changing Logger's level spawns on the BEAM: a few processes are let go first)
    for pid <- Enum.take(fillers, 10) do
      ref = Process.monitor(pid)
      send(pid, :go)
      receive do: ({:DOWN, ^ref, _, _, _} -> :ok)
    end

    Logger.configure(level: :none)
    fill([])
    f = fn -> :ok end

    for {name, call} <- [
          spawn1: fn -> spawn(f) end,
          spawn3: fn -> spawn(Kernel, :node, []) end,
          spawn_link1: fn -> spawn_link(f) end,
          spawn_link3: fn -> spawn_link(Kernel, :node, []) end,
          spawn_monitor1: fn -> spawn_monitor(f) end,
          spawn_monitor3: fn -> spawn_monitor(Kernel, :node, []) end,
          spawn_opt2: fn -> :erlang.spawn_opt(f, [:link]) end,
          spawn_opt4: fn -> :erlang.spawn_opt(Kernel, :node, [], [:monitor]) end
        ] do
      try do
        call.()
      rescue
        e -> IO.inspect({name, e, Enum.map(Enum.take(__STACKTRACE__, 2), &shown/1)})
      end
    end

    Process.sleep(1000)
    IO.puts("end")
  end

  defp fill(pids) do
    fill([spawn(fn -> receive do: (:go -> :ok) end) | pids])
  rescue
    SystemLimitError -> pids
  end

  # (funs as :fun: a masked fun is shorter than the real one, and would move a line break)
  defp shown({m, f, args, _loc}) when is_list(args), do: {m, f, Enum.map(args, &no_funs/1)}
  defp shown({m, f, arity, _loc}), do: {m, f, arity}
  defp no_funs(x) when is_function(x), do: :fun
  defp no_funs(x) when is_list(x), do: Enum.map(x, &no_funs/1)
  defp no_funs(x), do: x
end

Fill.run()
