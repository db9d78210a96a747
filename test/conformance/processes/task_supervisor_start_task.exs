# Task.Supervisor children as Elixir's: start_child asks {:start_task, args, restart, shutdown}
# (seen in the exit of a call to a missing supervisor), its child is Task.Supervised.start_link
# with [Task.Supervised] as modules, and restart/shutdown default to the supervisor's
defmodule Main do
  def children(ts), do: :sys.get_state(ts).children |> Map.values() |> Enum.map(fn {{m, f, a}, r, s, t, mods} -> {m, f, is_list(a), r, s, t, mods} end) |> Enum.sort()

  def run do
    r = try do Task.Supervisor.start_child(:nope, fn -> 1 end) catch :exit, r -> r end
    {:noproc, {GenServer, :call, [:nope, {:start_task, [owner, callers, {:erlang, :apply, [_fun, []]}], nil, nil}, :infinity]}} = r
    IO.inspect({owner == {node(), self(), self()}, callers == [self()]})
    Process.register(self(), :main)
    r = try do Task.Supervisor.start_child(:nope, Kernel, :+, [1, 2], restart: :transient, shutdown: 10) catch :exit, r -> r end
    {:noproc, {GenServer, :call, [:nope, {:start_task, [owner, _, mfa], restart, shutdown}, :infinity]}} = r
    IO.inspect({owner == {node(), :main, self()}, mfa, restart, shutdown})

    {:ok, ts} = Task.Supervisor.start_link(restart: :transient, shutdown: 777)
    {:ok, _} = Task.Supervisor.start_child(ts, fn -> Process.sleep(300) end)
    {:ok, _} = Task.Supervisor.start_child(ts, fn -> Process.sleep(300) end, restart: :temporary, shutdown: :brutal_kill)
    IO.inspect(DynamicSupervisor.which_children(ts) |> Enum.map(fn {a, _, c, d} -> {a, c, d} end))
    IO.inspect(children(ts))
    t = Task.Supervisor.async(ts, fn -> Process.sleep(100); 1 end)
    t2 = Task.Supervisor.async_nolink(ts, fn -> 2 end, shutdown: 99)
    IO.inspect(children(ts))
    IO.inspect({Task.await(t), Task.await(t2)})

    {:ok, ts2} = Task.Supervisor.start_link()
    {:ok, _} = Task.Supervisor.start_child(ts2, fn -> Process.sleep(300) end)
    s = Task.Supervisor.async_stream(ts2, [1, 2], fn i -> Process.sleep(100); i end)
    spawn(fn -> Process.sleep(50); send(:main, {:children, children(ts2)}) end)
    IO.inspect(Enum.to_list(s))
    receive do {:children, c} -> IO.inspect(c) end
  end
end

Main.run()
