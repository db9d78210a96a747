defmodule Task.Stream do
  @moduledoc false
  # Task.async_stream/3,5 and Task.Supervisor.async_stream(_nolink): a reduce function (an
  # Enumerable fun/2) with Elixir's process structure, so pids, links and lineage are Elixir's.
  #
  # Reducing it starts a *monitor* process (linked to and monitored by the caller; trapping exits
  # when the caller does). The caller asks the monitor to spawn each task; the monitor starts it
  # through `spawn` (so the task is linked to the monitor, not the caller), monitors it and arms its
  # timeout. The caller then gives the task its go; the task replies to the caller directly, while
  # the monitor turns each task's end into a {:down | :timed_out, {mref, position}, reason} notice.
  # A result is emitted once its task is down, in input order unless ordered: false. Closing the
  # stream (done, halted, or a raise in the consumer) stops the monitor, which kills what still runs.

  # spawn: fn callers, mfa -> {:ok, :link | :nolink, pid} | {:error, :max_children} end, run in
  # the monitor process
  # (the options are checked when the stream is run, by Task.Supervised.stream/7, as in Elixir)
  def build(enumerable, fun_or_mfa, options, spawn) do
    fn acc, reducer -> Task.Supervised.stream(enumerable, acc, reducer, nil, fun_or_mfa, options, spawn) end
  end

  @doc false
  def start(enumerable, acc, reducer, fun_or_mfa, options, spawn) do
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

    reduce(acc, s)
  end

  ## The caller's side

  defp reduce({:halt, acc}, s) do
    close(s)
    if is_function(s.next), do: s.next.({:halt, []})
    {:halted, acc}
  end

  defp reduce({:suspend, acc}, s), do: {:suspended, acc, &reduce(&1, s)}

  defp reduce({:cont, acc}, %{next: :done, spawned: n, delivered: n} = s) do
    close(s)
    {:done, acc}
  end

  defp reduce({:cont, acc}, %{free: free, next: next} = s) when free == 0 or next == :done do
    %{mref: mref} = s

    receive do
      # a reply counts once its task is down (the monitor's notice follows)
      {{^mref, position}, reply} ->
        {pid, input, :running} = Map.fetch!(s.tasks, position)
        reduce({:cont, acc}, put_in(s.tasks[position], {pid, input, {:ok, reply}}))

      {kind, {^mref, position}, reason} when kind in [:down, :timed_out] ->
        result = ended(kind, Map.fetch!(s.tasks, position), reason, s)
        s = %{s | free: s.free + 1}

        if s.ordered do
          deliver({:cont, acc}, put_in(s.tasks[position], {:done, result}))
        else
          s = %{s | tasks: Map.delete(s.tasks, position), delivered: s.delivered + 1}
          reduce(consume(result, acc, s), s)
        end

      {:DOWN, ^mref, _, _, reason} ->
        cleanup_inbox(s)
        exit({reason, {Task.Supervised, :stream, [s.timeout]}})
    end
  end

  defp reduce({:cont, acc}, s) do
    pulled =
      try do
        s.next.({:cont, []})
      catch
        kind, reason ->
          close(s)
          :erlang.raise(kind, reason, __STACKTRACE__)
      end

    case pulled do
      {:suspended, [value], next} -> reduce({:cont, acc}, spawn_task(value, %{s | next: next}))
      {_, [value]} -> reduce({:cont, acc}, spawn_task(value, %{s | next: :done}))
      {_, []} -> reduce({:cont, acc}, %{s | next: :done})
    end
  end

  defp ended(_kind, {_pid, _input, {:ok, _} = ok}, _reason, _s), do: ok
  defp ended(:down, {_pid, input, :running}, reason, s), do: {:exit, zip(s, input, reason)}

  defp ended(:timed_out, {_pid, input, :running}, _reason, s) do
    if s.on_timeout == :exit do
      cleanup_inbox(s)
      exit({:timeout, {Task.Supervised, :stream, [s.timeout]}})
    else
      {:exit, zip(s, input, :timeout)}
    end
  end

  defp zip(%{zip: true}, input, reason), do: {input, reason}
  defp zip(_s, _input, reason), do: reason

  # ordered: hand on every result that is next in line
  defp deliver({:suspend, acc}, s), do: {:suspended, acc, &deliver(&1, s)}
  defp deliver({:halt, acc}, s), do: reduce({:halt, acc}, s)

  defp deliver({:cont, acc}, %{delivered: position} = s) do
    case s.tasks do
      %{^position => {:done, result}} ->
        s = %{s | tasks: Map.delete(s.tasks, position), delivered: position + 1}
        deliver(consume(result, acc, s), s)

      _ ->
        reduce({:cont, acc}, s)
    end
  end

  defp consume(result, acc, s) do
    s.reducer.(result, acc)
  catch
    kind, reason ->
      if is_function(s.next), do: s.next.({:halt, []})
      close(s)
      :erlang.raise(kind, reason, __STACKTRACE__)
  end

  defp spawn_task(value, s) do
    %{monitor: monitor, mref: mref, spawned: position} = s
    send(monitor, {:spawn, position, value})

    receive do
      {:spawned, {^mref, ^position}, pid} ->
        send(pid, {self(), {mref, position}})
        %{s | tasks: Map.put(s.tasks, position, {pid, value, :running}), spawned: position + 1, free: s.free - 1}

      {:max_children, ^mref} ->
        close(s)

        raise "reached the maximum number of tasks for this task supervisor. The maximum number " <>
                "of tasks that are allowed to run at the same time under this supervisor can be " <>
                "configured with the :max_children option passed to Task.Supervisor.start_link/1. When " <>
                "using async_stream or async_stream_nolink, make sure to configure :max_concurrency to " <>
                "be lower or equal to :max_children and pay attention to whether other tasks are also " <>
                "spawned under the same task supervisor."

      {:DOWN, ^mref, _, _, reason} ->
        cleanup_inbox(s)
        exit({reason, {Task.Supervised, :stream, [s.timeout]}})
    end
  end

  defp close(%{monitor: monitor, mref: mref} = s) do
    send(monitor, {:stop, mref})

    receive do
      {:DOWN, ^mref, _, _, reason} ->
        cleanup_inbox(s)
        if reason != :normal, do: exit({reason, {Task.Supervised, :stream, [s.timeout]}})
        :ok
    end
  end

  # what the monitor and the tasks may have left in the caller's mailbox
  defp cleanup_inbox(%{monitor: monitor, mref: mref}) do
    receive do
      {:EXIT, ^monitor, _} -> :ok
    after
      0 -> :ok
    end

    drop_notices(mref)
  end

  defp drop_notices(mref) do
    receive do
      {{^mref, _}, _} -> drop_notices(mref)
      {kind, {^mref, _}, _} when kind in [:down, :timed_out] -> drop_notices(mref)
    after
      0 -> :ok
    end
  end
end
