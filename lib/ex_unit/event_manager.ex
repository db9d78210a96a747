# ExUnit.EventManager: the formatters of ExUnit.start(formatters: [...]) besides the CLI one. Each
# is a GenServer started with the configuration (a keyword list) and told every event with a cast,
# as Elixir's event manager does: {:suite_started, opts}, {:module_started, test_module} (after
# {:case_started, test_case}, the event of older versions: the module as an ExUnit.TestCase),
# {:test_started, test}, {:test_finished, test}, {:module_finished, test_module} (after
# {:case_finished, test_case}; none once max_failures is reached),
# :max_failures_reached and {:suite_finished, times_us}. They are stopped (after the events they
# were sent) before the run returns. beamlet's own CLI formatter is driven by the runner; left out
# of the list, it still keeps the counts (which give the exit status) but prints nothing.
defmodule ExUnit.EventManager do
  @moduledoc false

  def start(config) do
    formatters = Map.get(config, :formatters, [ExUnit.CLIFormatter])
    opts = Map.to_list(config)

    pids =
      for formatter <- formatters, formatter != ExUnit.CLIFormatter do
        {:ok, pid} = GenServer.start_link(formatter, opts)
        pid
      end

    sink = if ExUnit.CLIFormatter in formatters, do: nil, else: spawn_link(&sink/0)
    %{pids: pids, sink: sink}
  end

  def notify(%{pids: pids}, event) do
    Enum.each(pids, &GenServer.cast(&1, event))
  end

  def module_started(em, test_module) do
    notify(em, {:case_started, Map.put(test_module, :__struct__, ExUnit.TestCase)})
    notify(em, {:module_started, test_module})
  end

  def module_finished(em, test_module) do
    notify(em, {:case_finished, Map.put(test_module, :__struct__, ExUnit.TestCase)})
    notify(em, {:module_finished, test_module})
  end

  @doc "runs one of the CLI formatter's callbacks: printing, unless the CLI is not a formatter"
  def cli(%{sink: nil}, fun), do: fun.()

  def cli(%{sink: sink}, fun) do
    leader = Process.group_leader()
    Process.group_leader(self(), sink)

    try do
      fun.()
    after
      Process.group_leader(self(), leader)
    end
  end

  def stop(%{pids: pids, sink: sink}) do
    Enum.each(pids, &GenServer.stop(&1, :normal, :infinity))
    if sink, do: send(sink, :stop)
    :ok
  end

  # an io device taking the CLI formatter's output and keeping none of it
  defp sink do
    receive do
      {:io_request, from, ref, _request} ->
        send(from, {:io_reply, ref, :ok})
        sink()

      :stop ->
        :ok
    end
  end
end
