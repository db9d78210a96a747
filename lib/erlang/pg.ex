# OTP 25's :pg, process groups on the local node. A scope (default :pg) is a gen_server registered
# under the scope's name, owning a protected named ETS table of the same name with one
# {group, members, local_members} row per group; get_members/get_local_members/which_groups read
# that table without asking the server (a missing table or group reads as []), join/leave/monitor
# go through the server. A group's members are listed newest first, a list joined at once kept in
# its order; a pid may join a group several times and leaves it one membership at a time; the row
# goes when its last member does (a group joined with [] stays, empty, until then).
#
# The server monitors each member pid, remembering the groups it is in (newest first, once per
# membership); when one exits it leaves each of them in turn. monitor_scope/monitor hand out the
# reference of a monitor the server holds on the caller: the caller then hears
# {ref, :join | :leave, group, pids} for the scope's (or the group's) changes, scope watchers
# first, until it demonitors or exits.
#
# State: {:state, scope, local, remote, scope_monitors, group_monitors, monitored_groups}:
# local is pid => {monitor_ref, groups}, remote stays %{} (one node), scope_monitors
# ref => pid, group_monitors ref => {pid, group}, monitored_groups group => [{pid, ref}]. A call,
# cast or message the server does not expect stops it with badarg.
defmodule :pg do
  @moduledoc false
  @behaviour :gen_server

  def start_link(), do: start_link(:pg)

  @file "pg.erl"
  @beamlet_def_line 114
  def start(scope) when is_atom(scope), do: :gen_server.start({:local, scope}, :pg, [scope], [])

  @file "pg.erl"
  @beamlet_def_line 121
  def start_link(scope) when is_atom(scope), do: :gen_server.start_link({:local, scope}, :pg, [scope], [])

  def join(group, pid_or_pids), do: join(:pg, group, pid_or_pids)

  @file "pg.erl"
  @beamlet_def_line 134
  def join(scope, group, pid_or_pids) when is_pid(pid_or_pids) or is_list(pid_or_pids) do
    :ok = __at_line__(135, ensure_local(pid_or_pids))
    :gen_server.call(scope, {:join_local, group, pid_or_pids}, :infinity)
  end

  def leave(group, pid_or_pids), do: leave(:pg, group, pid_or_pids)

  @file "pg.erl"
  @beamlet_def_line 147
  def leave(scope, group, pid_or_pids) when is_pid(pid_or_pids) or is_list(pid_or_pids) do
    :ok = __at_line__(148, ensure_local(pid_or_pids))
    :gen_server.call(scope, {:leave_local, group, pid_or_pids}, :infinity)
  end

  def monitor_scope(), do: monitor_scope(:pg)
  def monitor_scope(scope), do: :gen_server.call(scope, :monitor, :infinity)

  def monitor(group), do: monitor(:pg, group)
  def monitor(scope, group), do: :gen_server.call(scope, {:monitor, group}, :infinity)

  def demonitor(ref), do: demonitor(:pg, ref)

  def demonitor(scope, ref) do
    case :gen_server.call(scope, {:demonitor, ref}, :infinity) do
      :ok ->
        # a notification sent before the server forgot the watcher is not left behind
        flush_notifications(ref)

      false ->
        false
    end
  end

  def get_members(group), do: get_members(:pg, group)

  def get_members(scope, group) do
    try do
      :ets.lookup_element(scope, group, 2)
    rescue
      ArgumentError -> []
    end
  end

  def get_local_members(group), do: get_local_members(:pg, group)

  def get_local_members(scope, group) do
    try do
      :ets.lookup_element(scope, group, 3)
    rescue
      ArgumentError -> []
    end
  end

  def which_groups(), do: which_groups(:pg)

  @file "pg.erl"
  @beamlet_def_line 237
  def which_groups(scope) when is_atom(scope),
    do: for([group] <- :ets.match(scope, {:"$1", :_, :_}), do: group)

  def which_local_groups(), do: which_local_groups(:pg)

  @file "pg.erl"
  @beamlet_def_line 248
  def which_local_groups(scope) when is_atom(scope),
    do: :ets.select(scope, [{{:"$1", :_, :"$2"}, [{:"=/=", :"$2", []}], [:"$1"]}])

  # (frames as OTP's: a list's bad element fails in ensure_local's fun, at pg.erl's line)
  defp ensure_local(pid) when is_pid(pid) and node(pid) == node(), do: :ok

  @file "pg.erl"
  defp ensure_local(pids) when is_list(pids) do
    :lists.foreach(
      fn
        pid when is_pid(pid) and node(pid) == node() -> :ok
        bad -> __at_line__(465, :erlang.error({:nolocal, bad}))
      end,
      pids
    )
  end

  defp ensure_local(bad), do: :erlang.error({:nolocal, bad})

  defp flush_notifications(ref) do
    receive do
      {^ref, event, _group, _pids} when event in [:join, :leave] -> flush_notifications(ref)
    after
      0 -> :ok
    end
  end

  # ---- the scope server --------------------------------------------------------------------

  @impl true
  def init([scope]) do
    ^scope = :ets.new(scope, [:set, :protected, :named_table, {:read_concurrency, true}])
    {:ok, {:state, scope, %{}, %{}, %{}, %{}, %{}}}
  end

  @impl true
  def handle_call({:join_local, group, pid_or_pids}, _from, {:state, scope, local, _, _, _, _} = state) do
    pids = List.wrap(pid_or_pids)

    local =
      Enum.reduce(pids, local, fn pid, local ->
        case local do
          %{^pid => {mref, groups}} -> %{local | pid => {mref, [group | groups]}}
          %{} -> Map.put(local, pid, {:erlang.monitor(:process, pid), [group]})
        end
      end)

    case :ets.lookup(scope, group) do
      [{^group, all, mine}] -> :ets.insert(scope, {group, pids ++ all, pids ++ mine})
      [] -> :ets.insert(scope, {group, pids, pids})
    end

    state = put_elem(state, 2, local)
    notify(state, :join, group, pids)
    {:reply, :ok, state}
  end

  def handle_call({:leave_local, group, pid_or_pids}, _from, {:state, scope, local, _, _, _, _} = state) do
    pids = List.wrap(pid_or_pids)

    {left, local} =
      Enum.reduce(pids, {[], local}, fn pid, {left, local} ->
        with %{^pid => {mref, groups}} <- local, true <- group in groups do
          {[pid | left], forget_membership(local, pid, mref, List.delete(groups, group))}
        else
          _ -> {left, local}
        end
      end)

    case left do
      [] ->
        {:reply, :not_joined, state}

      _ ->
        Enum.each(:lists.reverse(left), &drop_member(scope, group, &1))
        state = put_elem(state, 2, local)
        notify(state, :leave, group, pids)
        {:reply, :ok, state}
    end
  end

  def handle_call(:monitor, {pid, _}, {:state, scope, _, _, watchers, _, _} = state) do
    ref = :erlang.monitor(:process, pid)
    groups = Map.new(:ets.tab2list(scope), fn {group, all, _} -> {group, all} end)
    {:reply, {ref, groups}, put_elem(state, 4, Map.put(watchers, ref, pid))}
  end

  def handle_call({:monitor, group}, {pid, _}, {:state, scope, _, _, _, by_ref, by_group} = state) do
    ref = :erlang.monitor(:process, pid)
    by_ref = Map.put(by_ref, ref, {pid, group})
    by_group = Map.update(by_group, group, [{pid, ref}], &[{pid, ref} | &1])
    state = state |> put_elem(5, by_ref) |> put_elem(6, by_group)
    {:reply, {ref, get_members(scope, group)}, state}
  end

  def handle_call({:demonitor, ref}, _from, state) do
    case forget_watcher(state, ref) do
      {:ok, state} ->
        :erlang.demonitor(ref, [:flush])
        {:reply, :ok, state}

      :error ->
        {:reply, false, state}
    end
  end

  # a request :pg does not make stops the server with badarg, as on OTP
  @file "pg.erl"
  def handle_call(_request, _from, _state), do: __at_line__(339, :erlang.error(:badarg))

  @impl true
  @file "pg.erl"
  def handle_cast(_request, _state), do: __at_line__(353, :erlang.error(:badarg))

  @impl true
  def handle_info({:DOWN, ref, :process, pid, _reason}, {:state, scope, local, _, _, _, _} = state) do
    case local do
      %{^pid => {^ref, groups}} ->
        state = put_elem(state, 2, Map.delete(local, pid))

        Enum.each(groups, fn group ->
          drop_member(scope, group, pid)
          notify(state, :leave, group, [pid])
        end)

        {:noreply, state}

      %{} ->
        case forget_watcher(state, ref) do
          {:ok, state} -> {:noreply, state}
          :error -> {:noreply, state}
        end
    end
  end

  @file "pg.erl"
  def handle_info(_message, _state), do: __at_line__(447, :erlang.error(:badarg))

  @impl true
  def terminate(_reason, _state), do: :ok

  defp forget_membership(local, pid, mref, []) do
    :erlang.demonitor(mref, [:flush])
    Map.delete(local, pid)
  end

  defp forget_membership(local, pid, mref, groups), do: %{local | pid => {mref, groups}}

  # one membership of pid in group goes; so does the group's row with its last member
  defp drop_member(scope, group, pid) do
    case :ets.lookup(scope, group) do
      [{^group, all, mine}] ->
        case List.delete(all, pid) do
          [] -> :ets.delete(scope, group)
          all -> :ets.insert(scope, {group, all, List.delete(mine, pid)})
        end

      [] ->
        :ok
    end
  end

  defp forget_watcher({:state, _, _, _, watchers, by_ref, by_group} = state, ref) do
    case {watchers, by_ref} do
      {%{^ref => _}, _} ->
        {:ok, put_elem(state, 4, Map.delete(watchers, ref))}

      {_, %{^ref => {pid, group}}} ->
        by_group =
          case List.delete(Map.fetch!(by_group, group), {pid, ref}) do
            [] -> Map.delete(by_group, group)
            rest -> %{by_group | group => rest}
          end

        {:ok, state |> put_elem(5, Map.delete(by_ref, ref)) |> put_elem(6, by_group)}

      _ ->
        :error
    end
  end

  defp notify({:state, _, _, _, watchers, _, by_group}, event, group, pids) do
    Enum.each(watchers, fn {ref, pid} -> send(pid, {ref, event, group, pids}) end)
    Enum.each(Map.get(by_group, group, []), fn {pid, ref} -> send(pid, {ref, event, group, pids}) end)
  end
end
