defmodule Task.Stream do
  @moduledoc false
  # Task.async_stream/3,5: a lazy stream that keeps at most max_concurrency tasks running, each
  # linked to the caller and monitored, and emits {:ok, value} or {:exit, reason} per element
  # (in input order unless ordered: false). Halting the stream kills the tasks still running.

  def build(enumerable, fun, options) do
    config = %{
      max: Keyword.get(options, :max_concurrency, System.schedulers_online()),
      ordered: Keyword.get(options, :ordered, true),
      timeout: Keyword.get(options, :timeout, 5000),
      on_timeout: Keyword.get(options, :on_timeout, :exit),
      zip: Keyword.get(options, :zip_input_on_exit, false)
    }

    validate(config)

    Stream.transform(
      enumerable,
      fn -> {:queue.new(), 0} end,
      fn x, {running, count} ->
        running = :queue.in({Task.async(:erlang, :apply, [fun, [x]]), x, deadline(config.timeout)}, running)

        if count + 1 >= config.max do
          {result, running} = next_result(running, config)
          {[result], {running, count}}
        else
          {[], {running, count + 1}}
        end
      end,
      fn {running, _count} = state -> {Stream.unfold(running, &drain(&1, config)), state} end,
      fn {running, _count} -> Enum.each(:queue.to_list(running), &kill/1) end
    )
  end

  defp validate(%{max: max}) when not (is_integer(max) and max > 0),
    do: raise(ArgumentError, ":max_concurrency must be an integer greater than zero")

  defp validate(_config), do: :ok

  defp deadline(:infinity), do: :infinity
  defp deadline(timeout), do: :erlang.monotonic_time(:millisecond) + timeout

  defp remaining(:infinity), do: :infinity
  defp remaining(deadline), do: max(deadline - :erlang.monotonic_time(:millisecond), 0)

  defp drain(running, config) do
    if :queue.is_empty(running), do: nil, else: next_result(running, config)
  end

  defp next_result(running, %{ordered: true} = config) do
    {{:value, {task, input, deadline} = entry}, rest} = :queue.out(running)
    ref = task.ref

    receive do
      {^ref, reply} -> {replied(task, reply), rest}
      {:DOWN, ^ref, _, pid, reason} -> {died(pid, reason, input, config), rest}
    after
      remaining(deadline) -> {timed_out(entry, running, config), rest}
    end
  end

  # unordered: whichever task answers first; the earliest deadline bounds the wait
  defp next_result(running, config) do
    entries = :queue.to_list(running)
    by_ref = Map.new(entries, fn {task, _, _} = entry -> {task.ref, entry} end)
    first = Enum.min_by(entries, fn {_, _, deadline} -> deadline end)
    without = fn ref -> :queue.filter(fn {task, _, _} -> task.ref != ref end, running) end

    receive do
      {ref, reply} when is_map_key(by_ref, ref) ->
        {task, _, _} = Map.fetch!(by_ref, ref)
        {replied(task, reply), without.(ref)}

      {:DOWN, ref, _, pid, reason} when is_map_key(by_ref, ref) ->
        {_, input, _} = Map.fetch!(by_ref, ref)
        {died(pid, reason, input, config), without.(ref)}
    after
      remaining(elem(first, 2)) ->
        {task, _, _} = first
        {timed_out(first, running, config), without.(task.ref)}
    end
  end

  defp replied(task, reply) do
    :erlang.demonitor(task.ref, [:flush])
    forget_exit(task.pid)
    {:ok, reply}
  end

  defp died(pid, reason, input, config) do
    forget_exit(pid)
    {:exit, if(config.zip, do: {input, reason}, else: reason)}
  end

  defp timed_out({task, input, _}, running, config) do
    kill({task, input, nil})

    case config.on_timeout do
      :kill_task ->
        {:exit, if(config.zip, do: {input, :timeout}, else: :timeout)}

      :exit ->
        Enum.each(:queue.to_list(running), &kill/1)
        exit({:timeout, {Task.Supervised, :stream, [config.timeout]}})
    end
  end

  # a caller trapping exits gets no {:EXIT, ...} from the stream's tasks, as with Elixir's
  # (whose tasks are linked through a monitor process)
  defp forget_exit(pid) do
    if Process.info(self(), :trap_exit) == {:trap_exit, true} do
      receive do
        {:EXIT, ^pid, _} -> :ok
      after
        5000 -> :ok
      end
    end
  end

  defp kill({task, _input, _deadline}) do
    Process.unlink(task.pid)
    Process.exit(task.pid, :kill)
    :erlang.demonitor(task.ref, [:flush])
    ref = task.ref

    receive do
      {^ref, _} -> :ok
    after
      0 -> :ok
    end
  end
end
