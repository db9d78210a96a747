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

    stream_start(enumerable, acc, reducer, fun_or_mfa, options, spawn)
  end

  ## A Task.async_stream's caller side (lib/otp/task_stream.ex builds the stream): it starts the
  ## monitor process (linked to and monitored by the caller; trapping exits when the caller does),
  ## asks it to spawn each task and gives the task its go; the task replies to the caller
  ## directly, while the monitor turns each task's end into a {:down | :timed_out, {mref,
  ## position}, reason} notice. A result is emitted once its task is down, in input order unless
  ## ordered: false. Closing the stream (done, halted, or a raise in the consumer) stops the
  ## monitor, which kills what still runs. The loop's frames are Elixir's: stream_reduce/7,
  ## stream_deliver/7 and deliver_now/4 at their lines in Elixir's file.

  defp stream_start(enumerable, acc, reducer, fun_or_mfa, options, spawn) do
    callers = [self() | List.wrap(Process.get(:"$callers"))]
    timeout = Keyword.get(options, :timeout, 5000)
    {:trap_exit, trap?} = Process.info(self(), :trap_exit)

    {monitor, mref} =
      :erlang.spawn_opt(fn -> Task.Supervised.stream_monitor(callers, fun_or_mfa, spawn, trap?, timeout) end, [:link, :monitor])

    send(monitor, {self(), mref})

    s = %{
      reducer: reducer,
      monitor: monitor,
      mref: mref,
      timeout: timeout,
      ordered: Keyword.get(options, :ordered, true),
      on_timeout: Keyword.get(options, :on_timeout, :exit),
      zip: Keyword.get(options, :zip_input_on_exit, false),
      # free slots, tasks spawned and results delivered so far, and each position's state:
      # {pid, input, :running | {:ok, reply}} or {:done, result}
      free: Keyword.get(options, :max_concurrency, System.schedulers_online()),
      spawned: 0,
      delivered: 0,
      tasks: %{},
      next: &Enumerable.reduce(enumerable, &1, fn x, acc -> {:suspend, [x | acc]} end)
    }

    stream_reduce(acc, s)
  end

  @file "lib/task/supervised.ex"
  @beamlet_shown_as {:stream_reduce, 7}
  defp stream_reduce({:halt, acc}, s) do
    stream_close(s)
    if is_function(s.next), do: s.next.({:halt, []})
    {:halted, acc}
  end

  defp stream_reduce({:suspend, acc}, s), do: {:suspended, acc, &stream_reduce(&1, s)}

  defp stream_reduce({:cont, acc}, %{next: :done, spawned: n, delivered: n} = s) do
    stream_close(s)
    {:done, acc}
  end

  defp stream_reduce({:cont, acc}, %{free: free, next: next} = s) when free == 0 or next == :done do
    %{mref: mref} = s

    receive do
      # a reply counts once its task is down (the monitor's notice follows)
      {{^mref, position}, reply} ->
        {pid, input, :running} = Map.fetch!(s.tasks, position)
        stream_reduce({:cont, acc}, put_in(s.tasks[position], {pid, input, {:ok, reply}}))

      {kind, {^mref, position}, reason} when kind in [:down, :timed_out] ->
        case stream_ended(kind, Map.fetch!(s.tasks, position), reason, s) do
          :exit_on_timeout ->
            stream_cleanup_inbox(s)
            __at_line__(298, exit({:timeout, {Task.Supervised, :stream, [s.timeout]}}))

          result ->
            s = %{s | free: s.free + 1}

            if s.ordered do
              stream_deliver({:cont, acc}, put_in(s.tasks[position], {:done, result}))
            else
              s = %{s | tasks: Map.delete(s.tasks, position), delivered: s.delivered + 1}
              stream_reduce(__at_line__(308, deliver_now(result, acc, s)), s)
            end
        end

      {:DOWN, ^mref, _, _, reason} ->
        stream_cleanup_inbox(s)
        exit({reason, {Task.Supervised, :stream, [s.timeout]}})
    end
  end

  defp stream_reduce({:cont, acc}, s) do
    pulled =
      try do
        __at_line__(323, s.next.({:cont, []}))
      catch
        kind, reason ->
          stream_close(s)
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    case pulled do
      {:suspended, [value], next} -> stream_reduce({:cont, acc}, stream_spawn(value, %{s | next: next}))
      {_, [value]} -> stream_reduce({:cont, acc}, stream_spawn(value, %{s | next: :done}))
      {_, []} -> stream_reduce({:cont, acc}, %{s | next: :done})
    end
  end

  # a task's end: its result, or :exit_on_timeout (on_timeout: :exit), which ends the stream
  defp stream_ended(_kind, {_pid, _input, {:ok, _} = ok}, _reason, _s), do: ok
  defp stream_ended(:down, {_pid, input, :running}, reason, s), do: {:exit, stream_zip(s, input, reason)}
  defp stream_ended(:timed_out, {_pid, _input, :running}, _reason, %{on_timeout: :exit}), do: :exit_on_timeout
  defp stream_ended(:timed_out, {_pid, input, :running}, _reason, s), do: {:exit, stream_zip(s, input, :timeout)}

  defp stream_zip(%{zip: true}, input, reason), do: {input, reason}
  defp stream_zip(_s, _input, reason), do: reason

  # ordered: hand on every result that is next in line
  @file "lib/task/supervised.ex"
  @beamlet_shown_as {:stream_deliver, 7}
  defp stream_deliver({:suspend, acc}, s), do: {:suspended, acc, &stream_deliver(&1, s)}
  defp stream_deliver({:halt, acc}, s), do: stream_reduce({:halt, acc}, s)

  defp stream_deliver({:cont, acc}, %{delivered: position} = s) do
    case s.tasks do
      %{^position => {:done, result}} ->
        s = %{s | tasks: Map.delete(s.tasks, position), delivered: position + 1}

        pair =
          try do
            __at_line__(370, s.reducer.(result, acc))
          catch
            kind, reason ->
              stream_consumer_failed(s)
              :erlang.raise(kind, reason, __STACKTRACE__)
          end

        stream_deliver(pair, s)

      _ ->
        stream_reduce({:cont, acc}, s)
    end
  end

  # unordered: a result handed on as soon as it is there
  @file "lib/task/supervised.ex"
  @beamlet_shown_as {:deliver_now, 4}
  defp deliver_now(result, acc, s) do
    __at_line__(346, s.reducer.(result, acc))
  catch
    kind, reason ->
      stream_consumer_failed(s)
      :erlang.raise(kind, reason, __STACKTRACE__)
  end

  # the consumer raised: the input is halted and the monitor stopped; the raise goes on from the
  # catch itself, as in Elixir, whose compiler then raises the raw stack trace again (a fn's
  # function_clause frame loses its location)
  defp stream_consumer_failed(s) do
    if is_function(s.next), do: s.next.({:halt, []})
    stream_close(s)
  end

  defp stream_spawn(value, s) do
    %{monitor: monitor, mref: mref, spawned: position} = s
    send(monitor, {:spawn, position, value})

    receive do
      {:spawned, {^mref, ^position}, pid} ->
        send(pid, {self(), {mref, position}})
        %{s | tasks: Map.put(s.tasks, position, {pid, value, :running}), spawned: position + 1, free: s.free - 1}

      {:max_children, ^mref} ->
        stream_close(s)

        raise "reached the maximum number of tasks for this task supervisor. The maximum number " <>
                "of tasks that are allowed to run at the same time under this supervisor can be " <>
                "configured with the :max_children option passed to Task.Supervisor.start_link/1. When " <>
                "using async_stream or async_stream_nolink, make sure to configure :max_concurrency to " <>
                "be lower or equal to :max_children and pay attention to whether other tasks are also " <>
                "spawned under the same task supervisor."

      {:DOWN, ^mref, _, _, reason} ->
        stream_cleanup_inbox(s)
        exit({reason, {Task.Supervised, :stream, [s.timeout]}})
    end
  end

  defp stream_close(%{monitor: monitor, mref: mref} = s) do
    send(monitor, {:stop, mref})

    receive do
      {:DOWN, ^mref, _, _, reason} ->
        stream_cleanup_inbox(s)
        if reason != :normal, do: exit({reason, {Task.Supervised, :stream, [s.timeout]}})
        :ok
    end
  end

  # what the monitor and the tasks may have left in the caller's mailbox
  defp stream_cleanup_inbox(%{monitor: monitor, mref: mref}) do
    receive do
      {:EXIT, ^monitor, _} -> :ok
    after
      0 -> :ok
    end

    drop_stream_notices(mref)
  end

  defp drop_stream_notices(mref) do
    receive do
      {{^mref, _}, _} -> drop_stream_notices(mref)
      {kind, {^mref, _}, _} when kind in [:down, :timed_out] -> drop_stream_notices(mref)
    after
      0 -> :ok
    end
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

  ## A Task.async_stream's monitor process (stream_start/6 starts it): it spawns the
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
