# Erlang's :proc_lib, the start of every OTP process (GenServer, Agent, Supervisor, Task): the
# process's initial call is :proc_lib.init_p/5, which records the processes above it and what it
# runs ($ancestors, $initial_call) and applies its function from init_p_do_apply/3, whose frame
# is at the bottom of the process's stack traces. initial_call/1 and translate_initial_call/1 read
# what it recorded.
defmodule :proc_lib do

  def init_p(parent, ancestors, m, f, a) do
    Process.put(:"$ancestors", [parent | ancestors])
    Process.put(:"$initial_call", {m, f, length(a)})
    init_p_do_apply(m, f, a)
  end

  # a caught failure ends the process as an exit ({reason, stacktrace} for an error), as OTP's
  # exit_p/3 does: the crash report it writes is in the SASL domain, which Elixir 1.14's Logger
  # does not print, so no "raised an exception" report either
  @file "proc_lib.erl"
  @beamlet_frame_line 240
  def init_p_do_apply(m, f, a) do
    try do
      apply(m, f, a)
    catch
      kind, reason -> exit_p(kind, reason, __STACKTRACE__)
    end
  end

  # proc_lib:hibernate/3: the process hibernates (its stack dropped) and wakes in wake_up/3,
  # whose frame is then at the bottom of its stack traces, catching as init_p_do_apply/3 does
  def hibernate(m, f, a), do: :erlang.hibernate(:proc_lib, :wake_up, [m, f, a])

  @file "proc_lib.erl"
  @beamlet_frame_line 250
  def wake_up(m, f, a) when is_atom(m) and is_atom(f) and is_list(a) do
    try do
      apply(m, f, a)
    catch
      kind, reason -> exit_p(kind, reason, __STACKTRACE__)
    end
  end

  # spawn/spawn_link of a fun or an {m, f, a}, started as OTP processes (ancestors, initial call)
  def spawn(fun), do: :erlang.spawn(:proc_lib, :init_p, [parent_name(), ancestors(), fun])
  def spawn(m, f, a), do: :erlang.spawn(:proc_lib, :init_p, [parent_name(), ancestors(), m, f, a])
  def spawn_link(fun), do: :erlang.spawn_link(:proc_lib, :init_p, [parent_name(), ancestors(), fun])
  def spawn_link(m, f, a), do: :erlang.spawn_link(:proc_lib, :init_p, [parent_name(), ancestors(), m, f, a])

  # the forms with a node: this node is the only one
  def spawn(node, fun) when node == node(), do: __MODULE__.spawn(fun)
  def spawn(node, m, f, a) when node == node(), do: __MODULE__.spawn(m, f, a)
  def spawn_link(node, fun) when node == node(), do: spawn_link(fun)
  def spawn_link(node, m, f, a) when node == node(), do: spawn_link(m, f, a)

  def spawn_opt(fun, opts) when is_function(fun) and is_list(opts),
    do: :erlang.spawn_opt(:proc_lib, :init_p, [parent_name(), ancestors(), fun], opts)

  def spawn_opt(node, fun, opts) when is_function(fun) and node == node(), do: spawn_opt(fun, opts)

  def spawn_opt(m, f, a, opts) when is_atom(m) and is_atom(f) and is_list(a) and is_list(opts),
    do: :erlang.spawn_opt(:proc_lib, :init_p, [parent_name(), ancestors(), m, f, a], opts)

  def spawn_opt(node, m, f, a, opts) when node == node(), do: spawn_opt(m, f, a, opts)

  # start/start_link/start_monitor: spawn the process, then wait for what it sends with
  # init_ack/1,2 ({:ack, pid, return} as on OTP 25): a link's :EXIT or a monitor's :DOWN
  # before that is {:error, reason}; a timeout kills it and is {:error, :timeout}
  def start(m, f, a), do: start(m, f, a, :infinity, [])
  def start(m, f, a, timeout), do: start(m, f, a, timeout, [])

  def start(m, f, a, timeout, spawn_opts) when is_atom(m) and is_atom(f) and is_list(a) do
    no_monitor_option!(spawn_opts, [m, f, a, timeout, spawn_opts])
    {pid, ref} = spawn_opt(m, f, a, [:monitor | spawn_opts])

    receive do
      {:ack, ^pid, return} ->
        :erlang.demonitor(ref, [:flush])
        return

      {:DOWN, ^ref, :process, ^pid, reason} ->
        {:error, reason}
    after
      timeout ->
        :erlang.demonitor(ref, [:flush])
        kill_flush(pid)
        {:error, :timeout}
    end
  end

  def start_link(m, f, a), do: start_link(m, f, a, :infinity, [])
  def start_link(m, f, a, timeout), do: start_link(m, f, a, timeout, [])

  def start_link(m, f, a, timeout, spawn_opts) when is_atom(m) and is_atom(f) and is_list(a) do
    no_monitor_option!(spawn_opts, [m, f, a, timeout, spawn_opts])
    pid = spawn_opt(m, f, a, [:link | spawn_opts])

    receive do
      {:ack, ^pid, return} -> return
      {:EXIT, ^pid, reason} -> {:error, reason}
    after
      timeout ->
        kill_flush(pid)
        {:error, :timeout}
    end
  end

  def start_monitor(m, f, a), do: start_monitor(m, f, a, :infinity, [])
  def start_monitor(m, f, a, timeout), do: start_monitor(m, f, a, timeout, [])

  def start_monitor(m, f, a, timeout, spawn_opts) when is_atom(m) and is_atom(f) and is_list(a) do
    no_monitor_option!(spawn_opts, [m, f, a, timeout, spawn_opts])
    {pid, ref} = spawn_opt(m, f, a, [:monitor | spawn_opts])

    receive do
      {:ack, ^pid, return} ->
        {return, ref}

      {:DOWN, ^ref, :process, ^pid, reason} = down ->
        # the caller's monitor sees the exit too
        send(self(), down)
        {{:error, reason}, ref}
    after
      timeout ->
        kill_flush(pid)
        {{:error, :timeout}, ref}
    end
  end

  defp no_monitor_option!(opts, args) do
    if Enum.any?(opts, &(&1 == :monitor or match?({:monitor, _}, &1))), do: :erlang.error(:badarg, args)
  end

  defp kill_flush(pid) do
    :erlang.unlink(pid)
    :erlang.exit(pid, :kill)

    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end
  end

  # what the started process says to its starter: the first of its ancestors, or the one given
  def init_ack(return) do
    [parent | _] = Process.get(:"$ancestors")
    init_ack(parent, return)
  end

  def init_ack(parent, return) do
    send(parent, {:ack, self(), return})
    :ok
  end

  # stop a process that handles system messages: :sys.terminate, then wait for its :DOWN (the
  # time sys.terminate took comes off the timeout): :ok when it exits with `reason`, its other
  # reason as an exit otherwise; exit(:noproc) / exit(:timeout) from sys.terminate as they are
  def stop(process), do: stop(process, :normal, :infinity)

  @file "proc_lib.erl"
  def stop(process, reason, timeout) do
    mref = __at_line__(1079, :erlang.monitor(:process, process))
    t0 = :erlang.monotonic_time(:millisecond)

    remaining =
      try do
        __at_line__(1082, :sys.terminate(process, reason, timeout))
      catch
        :exit, why ->
          :erlang.demonitor(mref, [:flush])

          case why do
            {:noproc, {:sys, :terminate, _}} -> __at_line__(1091, exit(:noproc))
            {:timeout, {:sys, :terminate, _}} -> __at_line__(1094, exit(:timeout))
            other -> __at_line__(1097, exit(other))
          end
      else
        :ok when timeout == :infinity -> :infinity
        :ok -> timeout - (div(:erlang.monotonic_time(:microsecond) + 999, 1000) - t0)
      end

    receive do
      {:DOWN, ^mref, _, _, ^reason} -> :ok
      {:DOWN, ^mref, _, _, other} -> __at_line__(1103, exit(other))
    after
      max(remaining, 0) ->
        :erlang.demonitor(mref, [:flush])
        __at_line__(1106, exit(:timeout))
    end
  end

  @file "proc_lib.erl"
  @beamlet_frame_line 225
  def init_p(parent, ancestors, fun) when is_function(fun) do
    Process.put(:"$ancestors", [parent | ancestors])
    Process.put(:"$initial_call", :erlang.fun_info_mfa(fun))

    try do
      fun.()
    catch
      kind, reason -> exit_p(kind, reason, __STACKTRACE__)
    end
  end

  defp exit_p(:error, reason, stacktrace), do: crashed(:exit, {reason, stacktrace}, stacktrace)
  defp exit_p(:throw, reason, stacktrace), do: crashed(:exit, {{:nocatch, reason}, stacktrace}, stacktrace)
  defp exit_p(:exit, reason, stacktrace), do: crashed(:exit, reason, stacktrace)

  # as OTP's crash_report/4: an abnormal end makes a crash report (in the SASL domain, which
  # Elixir 1.14's Logger drops) before the process ends, which takes it a while
  defp crashed(kind, reason, stacktrace) do
    case reason do
      :normal -> :ok
      :shutdown -> :ok
      {:shutdown, _} -> :ok
      _ -> :beamlet.crash_report()
    end
    :erlang.raise(kind, reason, stacktrace)
  end

  defp parent_name do
    case Process.info(self(), :registered_name) do
      {:registered_name, name} when is_atom(name) -> name
      _ -> self()
    end
  end

  defp ancestors, do: Process.get(:"$ancestors", [])

  # {m, f, [:Argument__1, ...]} of the recorded initial call, or false
  def initial_call(pid_or_dict) do
    case recorded(pid_or_dict, :"$initial_call") do
      {m, f, arity} -> {m, f, for(n <- 1..arity//1, do: :erlang.list_to_atom(~c"Argument__" ++ :erlang.integer_to_list(n)))}
      _ -> false
    end
  end

  # the recorded initial call, or proc_lib's own for a process that has none
  def translate_initial_call(pid_or_dict) do
    case recorded(pid_or_dict, :"$initial_call") do
      {_, _, _} = mfa -> mfa
      _ -> {:proc_lib, :init_p, 5}
    end
  end

  defp recorded(pid, key) when is_pid(pid) do
    case :erlang.process_info(pid, :dictionary) do
      {:dictionary, dict} -> in_dictionary(dict, key)
      _ -> false
    end
  end

  # a process's info list (what Process.info/1 gives)
  defp recorded(info, key) when is_list(info) do
    case :lists.keyfind(:dictionary, 1, info) do
      {:dictionary, dict} -> in_dictionary(dict, key)
      false -> false
    end
  end

  defp in_dictionary(dict, key) do
    case :lists.keyfind(key, 1, dict) do
      {^key, value} -> value
      false -> false
    end
  end
end
