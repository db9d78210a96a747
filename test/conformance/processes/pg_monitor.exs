# :pg's monitor_scope/monitor/demonitor: the watcher hears {ref, :join | :leave, group, pids} (the
# pids as joined or left, a member that exits leaving each of its memberships in turn, newest
# first), scope watchers before group watchers; demonitor drops what was already sent. A scope
# started under a supervisor from a map child spec; {:pg, []} is no child spec.
defmodule Main do
  def flush(named, acc \\ []) do
    receive do
      {ref, event, group, pids} -> flush(named, [{Map.fetch!(named, ref), event, group, Enum.map(pids, &Map.fetch!(named, &1))} | acc])
    after
      50 -> Enum.reverse(acc)
    end
  end

  def run do
    {:ok, sup} =
      Supervisor.start_link(
        [%{id: :pg, start: {:pg, :start_link, []}}, %{id: :s2, start: {:pg, :start_link, [:s2]}}],
        strategy: :one_for_one
      )

    IO.inspect(Supervisor.which_children(sup) |> Enum.map(fn {id, p, t, m} -> {id, is_pid(p), t, m} end))

    for child <- [{:pg, []}, :pg] do
      try do
        Supervisor.start_link([child], strategy: :one_for_one)
      rescue
        e in ArgumentError -> IO.puts(e.message |> String.split("\n") |> hd())
      end
    end

    me = self()
    p1 = spawn(fn -> Process.sleep(:infinity) end)
    p2 = spawn(fn -> Process.sleep(:infinity) end)
    :ok = :pg.join(:a, me)

    {scope_ref, groups} = :pg.monitor_scope()
    IO.inspect({is_reference(scope_ref), groups == %{a: [me]}}, label: "monitor_scope")
    {a_ref, members} = :pg.monitor(:a)
    IO.inspect(members == [me], label: "monitor a")
    {b_ref, members} = :pg.monitor(:b)
    IO.inspect(members, label: "monitor b")
    named = %{me => :me, p1 => :p1, p2 => :p2, scope_ref => :scope, a_ref => :a, b_ref => :b}

    :ok = :pg.join(:a, [p1, p2, p1, me])
    :ok = :pg.join(:b, p1)
    :ok = :pg.join(:c, [])
    :ok = :pg.join(:a, [p1])
    :ok = :pg.leave(:a, [me, p2, me, p2])
    :not_joined = :pg.leave(:a, [p2])
    IO.inspect(flush(named), label: "joins and leaves")
    Process.exit(p1, :kill)
    Process.sleep(20)
    IO.inspect(flush(named), label: "member killed")
    IO.inspect({:pg.get_members(:a), :pg.which_groups() |> Enum.sort()}, label: "left")

    {again, groups} = :pg.monitor_scope(:pg)
    IO.inspect(groups, label: "monitor_scope again")
    IO.inspect(:pg.demonitor(again), label: "demonitor again")

    :ok = :pg.join(:a, p2)
    Process.sleep(20)
    IO.inspect(:pg.demonitor(a_ref), label: "demonitor a")
    IO.inspect(Process.info(self(), :messages) |> elem(1) |> Enum.map(&Map.fetch!(named, elem(&1, 0))), label: "after demonitor")
    IO.inspect(:pg.demonitor(a_ref), label: "demonitor a again")
    IO.inspect(:pg.demonitor(:pg, scope_ref), label: "demonitor scope")
    IO.inspect(:pg.demonitor(:x), label: "demonitor atom")
    flush(%{})
    :ok = :pg.join(:a, me)
    IO.inspect(flush(named) |> length(), label: "heard after demonitor")

    try do
      :pg.monitor_scope(:nope)
    catch
      :exit, reason -> IO.inspect(reason, label: "monitor_scope no scope")
    end

    IO.inspect(:pg.which_groups(:s2), label: "s2")
    watcher = spawn(fn -> :pg.monitor_scope(:s2); Process.sleep(:infinity) end)
    Process.sleep(10)
    Process.exit(watcher, :kill)
    :ok = :pg.join(:s2, :g, me)
    Process.sleep(10)
    IO.inspect(Process.alive?(Process.whereis(:s2)), label: "s2 alive after watcher died")
  end
end

Main.run()
