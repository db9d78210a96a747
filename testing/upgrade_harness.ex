defmodule Beamlet.UpgradeHarness do
  @moduledoc false
  # One scenario of a property-based upgrade test (`beamlet upgrade test`, testing/): start the
  # server on the old code, let client processes perform the generated operations while the
  # upgrade happens at the generated point, then check that the server did not crash, every call
  # got a reply and the spec's invariant held on every state looked at. It prints its trace as
  # lines starting with "@@ " (deterministic on a seeded node) and ends with "@@ RESULT ok" or
  # "@@ RESULT fail: WHY". Failures are thrown as {:upgrade_fail, text} and reported once.

  def describe(spec) do
    trace("ops #{length(spec.operations())} clients #{clients(spec)}")
  end

  def run(spec, module, new_binaries, ops, upgrade_at) do
    Process.flag(:trap_exit, true)

    result =
      try do
        scenario(spec, module, new_binaries, ops, upgrade_at)
        "ok"
      catch
        :throw, {:upgrade_fail, why} -> "fail: " <> why
      end

    trace("RESULT " <> result)
  end

  defp scenario(spec, module, new_binaries, ops, upgrade_at) do
    table = List.to_tuple(spec.operations())
    server = start(spec)
    monitor = Process.monitor(server)
    invariant(spec, server, monitor, "the initial state")
    me = self()
    clients = for n <- 0..(clients(spec) - 1), do: spawn_link(fn -> client(n, me, server, call_timeout(spec)) end)
    clients = List.to_tuple(clients)

    ops
    |> Enum.with_index()
    |> Enum.each(fn {{c, k, arg}, i} ->
      if i == upgrade_at, do: upgrade_when_sent(i, spec, module, new_binaries, server, monitor)
      {kind, make} = operation(elem(table, k))
      msg = make.(arg)
      trace("#{i + 1}. client #{c} #{kind} #{inspect(msg)}")
      send(elem(clients, c), {:op, i, kind, msg})
    end)

    if upgrade_at >= length(ops), do: upgrade_when_sent(length(ops), spec, module, new_binaries, server, monitor)

    outcomes =
      clients
      |> Tuple.to_list()
      |> Enum.flat_map(fn pid ->
        send(pid, {:finish, me})

        receive do
          {:finished, ^pid, outcomes} -> outcomes
          {:EXIT, ^pid, reason} -> fail("a client crashed: " <> Exception.format_exit(reason))
        end
      end)
      |> Enum.sort()

    # a crash explains the calls it left unanswered: report it first
    alive!(server, monitor)

    Enum.each(outcomes, fn
      {i, {:reply, r}} -> trace("reply to #{i + 1}: #{inspect(r)}")
      {i, {:no_reply, reason}} -> fail("call #{i + 1} got no reply: " <> Exception.format_exit(reason))
    end)

    state = invariant(spec, server, monitor, "the final state")
    alive!(server, monitor)

    # the spec's check of the whole run (e.g. every cast counted exactly once in the final state)
    if function_exported?(spec, :check_final, 2) do
      performed = Enum.map(ops, fn {_c, k, arg} -> {kind, make} = operation(elem(table, k)); {kind, make.(arg)} end)

      verdict =
        try do
          spec.check_final(state, performed)
        rescue
          e -> fail("check_final/2 raised on #{inspect(state)}: " <> Exception.format(:error, e, __STACKTRACE__))
        end

      if verdict != true, do: fail("check_final/2 does not hold on the final state #{inspect(state)}")
    end
  end

  defp start(spec) do
    case spec.start() do
      {:ok, pid} when is_pid(pid) -> pid
      pid when is_pid(pid) -> pid
      other -> fail("start/0 returned #{inspect(other)}, expected {:ok, pid}")
    end
  end

  defp operation({kind, make}) when kind in [:call, :cast, :send] and is_function(make, 1), do: {kind, make}
  defp operation({kind, make}) when kind in [:call, :cast, :send] and is_function(make, 0), do: {kind, fn _ -> make.() end}
  defp operation({kind, msg}) when kind in [:call, :cast, :send], do: {kind, fn _ -> msg end}
  defp operation(other), do: fail("operations/0: #{inspect(other)} is not {:call | :cast | :send, fun}")

  defp clients(spec), do: if(function_exported?(spec, :clients, 0), do: spec.clients(), else: 3)
  defp call_timeout(spec), do: if(function_exported?(spec, :call_timeout, 0), do: spec.call_timeout(), else: 5000)

  defp client(n, harness, server, timeout) do
    client_loop(n, harness, server, timeout, [])
  end

  defp client_loop(n, harness, server, timeout, outcomes) do
    receive do
      {:op, i, :call, msg} ->
        outcome =
          try do
            {:reply, GenServer.call(server, msg, timeout)}
          catch
            :exit, reason -> {:no_reply, reason}
          end

        send(harness, {:performed, i})
        client_loop(n, harness, server, timeout, [{i, outcome} | outcomes])

      {:op, i, :cast, msg} ->
        GenServer.cast(server, msg)
        send(harness, {:performed, i})
        client_loop(n, harness, server, timeout, outcomes)

      {:op, i, :send, msg} ->
        send(server, msg)
        send(harness, {:performed, i})
        client_loop(n, harness, server, timeout, outcomes)

      {:finish, ^harness} ->
        send(harness, {:finished, self(), outcomes})
    end
  end

  # "the upgrade after operation k": the clients have performed the first k operations (their
  # messages are in the server's mailbox before the upgrade's first system message); the later
  # ones run concurrently with the upgrade
  defp upgrade_when_sent(k, spec, module, new_binaries, server, monitor) do
    for _ <- 1..k//1 do
      receive do
        {:performed, _i} -> :ok
      end
    end

    upgrade(spec, module, new_binaries, server, monitor)
  end

  defp upgrade(spec, module, new_binaries, server, monitor) do
    mode = upgrade_mode(spec, module, new_binaries)
    trace("-- upgrade (#{describe_mode(mode)})")

    case mode do
      {:change_code, extra} ->
        old_vsn = vsn(module)
        step(":sys.suspend", fn -> :sys.suspend(server) end, server, monitor)
        invariant(spec, server, monitor, "the state before code_change")
        load(new_binaries)
        result = step(":sys.change_code(#{inspect(module)}, #{inspect(old_vsn)}, #{inspect(extra)})", fn -> :sys.change_code(server, module, old_vsn, extra) end, server, monitor)
        if result != :ok, do: fail("code_change did not succeed: #{inspect(result)}")
        invariant(spec, server, monitor, "the state after code_change")
        step(":sys.resume", fn -> :sys.resume(server) end, server, monitor)

      :reload ->
        load(new_binaries)
    end

    trace("-- upgraded")
  end

  defp upgrade_mode(spec, module, new_binaries) do
    cond do
      function_exported?(spec, :upgrade, 0) -> spec.upgrade()
      exports_code_change?(new_binaries, module) -> {:change_code, nil}
      true -> :reload
    end
  end

  defp exports_code_change?(new_binaries, module) do
    Enum.any?(new_binaries, fn {m, _file, _bin, exports_code_change} -> m == module and exports_code_change end)
  end

  defp describe_mode({:change_code, _}), do: "suspend, load, change_code, resume"
  defp describe_mode(:reload), do: "purge, load"
  defp describe_mode(other), do: fail("upgrade/0 returned #{inspect(other)}, expected :reload or {:change_code, extra}")

  defp load(new_binaries) do
    Enum.each(new_binaries, fn {m, file, bin, _} ->
      purged = :code.purge(m)
      loaded = :code.load_binary(m, to_charlist(file), bin)
      trace(":code.purge(#{inspect(m)}) -> #{inspect(purged)}; :code.load_binary -> #{inspect(loaded)}")
      if loaded != {:module, m}, do: fail("loading #{inspect(m)} failed: #{inspect(loaded)}")
    end)
  end

  defp vsn(module) do
    case Keyword.get(module.module_info(:attributes), :vsn) do
      [v] -> v
      other -> other
    end
  end

  defp step(label, fun, server, monitor) do
    result =
      try do
        fun.()
      catch
        :exit, reason ->
          alive!(server, monitor)
          fail("#{label} exited: " <> Exception.format_exit(reason))
      end

    trace("#{label} -> #{inspect(result)}")
    result
  end

  defp invariant(spec, server, monitor, stage) do
    state =
      try do
        :sys.get_state(server)
      catch
        :exit, reason ->
          alive!(server, monitor)
          fail(":sys.get_state on #{stage} exited: " <> Exception.format_exit(reason))
      end

    if function_exported?(spec, :invariant, 1) do
      verdict =
        try do
          spec.invariant(state)
        rescue
          e -> fail("the invariant raised on #{stage} #{inspect(state)}: " <> Exception.format(:error, e, __STACKTRACE__))
        end

      if verdict != true, do: fail("the invariant does not hold on #{stage}: #{inspect(state)}")
    end

    state
  end

  defp alive!(server, monitor) do
    receive do
      {:DOWN, ^monitor, :process, ^server, reason} -> fail("the server crashed: " <> Exception.format_exit(reason))
    after
      0 -> :ok
    end
  end

  defp fail(why), do: throw({:upgrade_fail, why})

  # a multi-line entry (a formatted exception) continues on lines marked "@@| "
  defp trace(entry) do
    [first | rest] = String.split(entry, "\n")
    IO.puts(Enum.join(["@@ " <> first | Enum.map(rest, &("@@| " <> &1))], "\n"))
  end
end
