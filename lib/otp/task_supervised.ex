defmodule Task.Supervised do
  @moduledoc false
  # Elixir's Task.Supervised: what a task process runs from :proc_lib.init_p/5 (Task and
  # Task.Supervisor start it). reply/4 waits for its owner's go and sends the result back;
  # noreply/4 only runs the function. invoke_mfa/2 runs it; on failure it logs Elixir's task
  # report and exits with the reason. Their frames name Elixir's file and lines (@file,
  # @beamlet_frame_line: the line each clause calls from).

  # a Task.Supervisor's child (DynamicSupervisor's :start_task): Elixir's start_link/3 of a
  # start_child task ({node, name or pid, pid} of its owner, the callers, the mfa), and beamlet's
  # start_link/5 of an async or stream task (Task.__start_supervised__)
  def start_link({_node, _name, owner}, callers, mfa), do: Task.__start_supervised__(owner, callers, mfa, :run, false)
  def start_link(owner, callers, mfa, mode, link?), do: Task.__start_supervised__(owner, callers, mfa, mode, link?)

  # dict: what the task's dictionary holds (Task's lineage); link: :link_owner for a supervised
  # child linked to its owner too
  @file "lib/task/supervised.ex"
  @beamlet_frame_line 34
  def reply(owner, mfa, dict, link) do
    start(owner, dict, link)

    receive do
      # (Task.async and Task.Supervisor.async: {owner, alias, alias to reply to, callers, mfa})
      {^owner, ref, reply_to, _callers, _mfa} ->
        result = invoke_mfa(owner, mfa)
        # to the owner's alias (dropped if it gave up on the task)
        send(reply_to, {ref, result})
        :ok

      # a stream's task is tagged {monitor ref, position} and answers the owner itself
      {^owner, ref} ->
        result = invoke_mfa(owner, mfa)
        send(owner, {ref, result})
        :ok
    end
  end

  @doc false
  # a Task.async_stream being run (lib/otp/task_stream.ex): its options checked first, where
  # Elixir's stream/7 checks them
  def stream(enumerable, acc, reducer, _callers, fun_or_mfa, options, spawn) do
    max = Keyword.get(options, :max_concurrency, System.schedulers_online())

    if not is_integer(max) or max <= 0 do
      __at_line__(181, raise(ArgumentError, ":max_concurrency must be an integer greater than zero"))
    end

    Task.Stream.start(enumerable, acc, reducer, fun_or_mfa, options, spawn)
  end

  def noreply(owner, mfa, dict, link) do
    start(owner, dict, link)
    invoke_mfa(owner, mfa)
  end

  defp start(owner, dict, link) do
    if link == :link_owner, do: Process.link(owner)
    Enum.each(dict, fn {key, value} -> Process.put(key, value) end)
  end

  @file "lib/task/supervised.ex"
  @beamlet_frame_line 89
  def invoke_mfa(owner, {m, f, a}) do
    result =
      try do
        {:ok, apply(m, f, a)}
      catch
        kind, value -> {kind, value, __STACKTRACE__}
      end

    case result do
      {:ok, value} ->
        value

      {:exit, value, _} when value == :normal or value == :shutdown ->
        exit(value)

      {:exit, {:shutdown, _} = value, _} ->
        exit(value)

      {kind, value, stacktrace} ->
        {fun, args} =
          case {m, f, a} do
            # a fun given to Task (async(fun), start(fun)) reports as itself; any other MFA as &M.f/n
            {:erlang, :apply, [fun, []]} when is_function(fun, 0) -> {fun, []}
            _ -> {:erlang.make_fun(m, f, length(a)), a}
          end

        logged =
          case kind do
            :throw -> {:nocatch, value}
            _ -> value
          end

        starter =
          case :erlang.process_info(owner, :registered_name) do
            {:registered_name, name} when is_atom(name) and name != [] -> name
            _ -> owner
          end

        Logger.__task_terminated__(self(), starter, fun, args, {logged, stacktrace})

        case kind do
          :exit -> exit(value)
          :throw -> exit({{:nocatch, value}, stacktrace})
          :error -> exit({value, stacktrace})
        end
    end
  end

  ## A Task.async_stream's monitor process (lib/otp/task_stream.ex starts it): it spawns the
  ## tasks, times them out and reports their ends to the stream's caller; named as Elixir's, whose
  ## frames show Task.Supervised.stream_monitor_loop/2

  @doc false
  def stream_monitor([caller | _] = callers, fun_or_mfa, spawn, trap?, timeout) do
    Process.flag(:trap_exit, trap?)
    caller_ref = Process.monitor(caller)

    # the caller's monitor reference tags every message of this stream
    receive do
      {^caller, mref} ->
        m = %{callers: callers, caller_ref: caller_ref, fun: fun_or_mfa, spawn: spawn, mref: mref, timeout: timeout}
        stream_monitor_loop(%{}, m)

      {:DOWN, ^caller_ref, _, _, reason} ->
        exit(reason)
    end
  end

  # running: task monitor ref => %{position, type, pid, timer, timed_out?}
  @file "lib/task/supervised.ex"
  defp stream_monitor_loop(running, m) do
    %{callers: [caller | _] = callers, mref: mref} = m

    receive do
      {:spawn, position, value} ->
        case m.spawn.(callers, task_mfa(m.fun, value)) do
          {:ok, type, pid} ->
            ref = Process.monitor(pid)
            timer = if m.timeout != :infinity, do: __at_line__(505, :erlang.send_after(m.timeout, self(), {:timeout, {mref, ref}}))
            send(caller, {:spawned, {mref, position}, pid})
            task = %{position: position, type: type, pid: pid, timer: timer, timed_out?: false}
            stream_monitor_loop(Map.put(running, ref, task), m)

          {:error, :max_children} ->
            send(caller, {:max_children, mref})
            await_stop(running, m)
        end

      {:DOWN, ref, _, _, reason} when is_map_key(running, ref) ->
        {task, running} = Map.pop(running, ref)
        if task.timer, do: Process.cancel_timer(task.timer, async: true, info: false)
        send(caller, {if(task.timed_out?, do: :timed_out, else: :down), {mref, task.position}, reason})
        stream_monitor_loop(running, m)

      {:timeout, {^mref, ref}} ->
        case running do
          %{^ref => %{timed_out?: false, pid: pid} = task} ->
            unlink_and_kill(pid)
            stream_monitor_loop(Map.put(running, ref, %{task | timed_out?: true}), m)

          _ ->
            stream_monitor_loop(running, m)
        end

      {:EXIT, _, _} ->
        stream_monitor_loop(running, m)

      other ->
        stop_or_follow(other, running, m)
        stream_monitor_loop(running, m)
    end
  end

  defp await_stop(running, m) do
    receive do
      message -> stop_or_follow(message, running, m)
    end

    await_stop(running, m)
  end

  # {:stop, mref}: kill every task still running, wait for each, and end normally; the caller's
  # DOWN: take the linked tasks down with the caller's reason
  defp stop_or_follow({:stop, mref}, running, %{mref: mref}) do
    Process.flag(:trap_exit, true)
    Enum.each(running, fn {_ref, task} -> Process.exit(task.pid, :kill) end)
    Enum.each(running, fn {ref, _task} -> receive(do: ({:DOWN, ^ref, _, _, _} -> :ok)) end)
    exit(:normal)
  end

  defp stop_or_follow({:DOWN, ref, _, _, reason}, running, %{caller_ref: ref}) do
    for {_ref, %{type: :link, pid: pid}} <- running, do: Process.exit(pid, reason)
    exit(reason)
  end

  defp stop_or_follow(_message, _running, _m), do: :ok

  # unlinked before the kill so the monitor survives it; a helper kills the task anyway should the
  # monitor die between the two
  defp unlink_and_kill(pid) do
    monitor = self()
    done = make_ref()

    guard =
      spawn(fn ->
        watch = Process.monitor(monitor)

        receive do
          {^done} -> :ok
          {:DOWN, ^watch, _, _, _} -> Process.exit(pid, :kill)
        end
      end)

    Process.unlink(pid)
    Process.exit(pid, :kill)
    send(guard, {done})
  end

  defp task_mfa({m, f, a}, value), do: {m, f, [value | a]}
  defp task_mfa(fun, value), do: {:erlang, :apply, [fun, [value]]}
end
