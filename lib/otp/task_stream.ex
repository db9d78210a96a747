defmodule Task.Stream do
  @moduledoc false
  # Task.async_stream/3,5 and Task.Supervisor.async_stream(_nolink): a reduce function (an
  # Enumerable fun/2) with Elixir's process structure, so pids, links and lineage are Elixir's.
  # Reducing it runs Task.Supervised.stream/7 (lib/otp/task_supervised.ex): the caller's loop and
  # the monitor process that starts each task through `spawn` (so the task is linked to the
  # monitor, not the caller), monitors it and arms its timeout.

  # spawn: fn callers, mfa -> {:ok, :link | :nolink, pid} | {:error, :max_children} end, run in
  # the monitor process
  # (the options are checked when the stream is run, by Task.Supervised.stream/7, as in Elixir)
  def build(enumerable, fun_or_mfa, options, spawn) do
    fn acc, reducer -> Task.Supervised.stream(enumerable, acc, reducer, nil, fun_or_mfa, options, spawn) end
  end
end
