# OTP 25's :pg: a scope server (default :pg) and its groups. Members are listed newest first (a
# list joined at once in its order), a pid may join a group several times and leaves one
# membership at a time; a member that exits leaves every group it is in; the reads answer [] for
# an unknown scope or group; bad arguments fail as on OTP.
defmodule Main do
  def try_it(label, f) do
    result =
      try do
        {:ok, f.()}
      rescue
        e -> {:raised, e}
      catch
        kind, reason -> {kind, reason}
      end

    IO.inspect(result, label: label)
  end

  def names(pids, named), do: Enum.map(pids, fn pid -> Map.fetch!(named, pid) end)

  def run do
    me = self()
    try_it("whereis before", fn -> Process.whereis(:pg) end)
    try_it("members without scope", fn -> :pg.get_members(:g) end)
    try_it("local members without scope", fn -> :pg.get_local_members(:g) end)
    try_it("which_groups without scope", fn -> :pg.which_groups() end)
    try_it("which_local_groups without scope", fn -> :pg.which_local_groups() end)
    try_it("join without scope", fn -> :pg.join(:g, me) |> inspect() |> String.replace(inspect(me), "ME") end)

    {:ok, pg} = :pg.start_link()
    IO.inspect(Process.whereis(:pg) == pg, label: "registered")
    IO.inspect(:pg.start_link() == {:error, {:already_started, pg}}, label: "start_link again")
    IO.inspect(:pg.start(:pg) == {:error, {:already_started, pg}}, label: "start again")
    IO.inspect({:ets.info(:pg, :protection), :ets.info(:pg, :owner) == pg}, label: "table")
    IO.inspect(Process.info(pg, :trap_exit), label: "trap_exit")

    p1 = spawn(fn -> Process.sleep(:infinity) end)
    p2 = spawn(fn -> Process.sleep(:infinity) end)
    named = %{me => :me, p1 => :p1, p2 => :p2}
    show = fn label, group -> IO.inspect(names(:pg.get_members(group), named), label: label) end

    IO.inspect(:pg.join(:a, me), label: "join me")
    IO.inspect(:pg.join(:a, [p1, p2]), label: "join list")
    show.("a", :a)
    IO.inspect(:pg.join(:a, me), label: "join me again")
    IO.inspect(:pg.join(:a, [p2, p1]), label: "join list again")
    show.("a", :a)
    IO.inspect(:pg.get_local_members(:a) == :pg.get_members(:a), label: "local == all")
    :ok = :pg.join(:b, p1)
    :ok = :pg.join("c", p1)
    :ok = :pg.join({:x, 1}, [p2])
    IO.inspect(:pg.which_groups() |> Enum.sort(), label: "which_groups")
    IO.inspect(:pg.which_local_groups() |> Enum.sort(), label: "which_local_groups")
    IO.inspect(:pg.join(:e, []), label: "join []")
    IO.inspect({:pg.get_members(:e), :pg.which_groups() |> Enum.sort()}, label: "empty group")
    IO.inspect(:pg.which_local_groups() |> Enum.sort(), label: "which_local_groups")

    try_it("join atom", fn -> :pg.join(:a, :notapid) end)
    try_it("join integer", fn -> :pg.join(:a, 1) end)
    try_it("join bad element", fn -> :pg.join(:a, [me, :x]) end)
    try_it("join bad tail", fn -> :pg.join(:a, [:x | me]) end)
    try_it("leave atom", fn -> :pg.leave(:a, :notapid) end)
    try_it("leave bad element", fn -> :pg.leave(:a, [me, :x]) end)

    IO.inspect(:pg.leave(:zz, me), label: "leave unknown group")
    IO.inspect(:pg.leave(:b, p2), label: "leave non-member")
    IO.inspect(:pg.leave(:a, me), label: "leave me")
    show.("a", :a)
    IO.inspect(:pg.leave(:a, [me, p2, me]), label: "leave list")
    show.("a", :a)
    IO.inspect(:pg.leave(:a, [me]), label: "leave list again")
    IO.inspect(:pg.leave(:a, []), label: "leave []")
    IO.inspect(:pg.leave(:e, me), label: "leave empty group")
    IO.inspect(:pg.leave(:b, p1), label: "leave b")
    IO.inspect({:pg.get_members(:b), :pg.which_groups() |> Enum.sort()}, label: "b gone")

    Process.exit(p1, :kill)
    Process.sleep(20)
    show.("a after kill", :a)
    IO.inspect(:pg.which_groups() |> Enum.sort(), label: "groups after kill")

    :ok = :pg.join(:e, me)
    :ok = :pg.leave(:e, me)
    IO.inspect(:pg.which_groups() |> Enum.sort(), label: "emptied group goes")

    try_it("members of other scope", fn -> :pg.get_members(:other, :a) end)
    {:ok, other} = :pg.start(:other)
    IO.inspect(Process.info(other, :links) == {:links, []}, label: "start does not link")
    IO.inspect(:pg.join(:other, :a, me), label: "join other")
    IO.inspect(names(:pg.get_members(:other, :a), named), label: "other a")
    IO.inspect(names(:pg.get_local_members(:other, :a), named), label: "other local a")
    IO.inspect({:pg.which_groups(:other), :pg.which_local_groups(:other)}, label: "other groups")
    show.("pg a untouched", :a)
    IO.inspect(:pg.leave(:other, :a, me), label: "leave other")
    try_it("start string", fn -> :pg.start("x") end)
    try_it("start_link integer", fn -> :pg.start_link(1) end)
    try_it("members string scope", fn -> :pg.get_members("x", :a) end)
    try_it("local members integer scope", fn -> :pg.get_local_members(1, :a) end)
    try_it("which_groups string", fn -> :pg.which_groups("x") end)
    try_it("which_local_groups integer", fn -> :pg.which_local_groups(1) end)
  end
end

Main.run()
