# ExUnit.EventManager: the formatters of ExUnit.start(formatters: [...]) besides the CLI one. Each
# is a GenServer started with the configuration (a keyword list) and told every event with a cast,
# as Elixir's event manager does: {:suite_started, opts}, {:module_started, test_module} (after
# {:case_started, test_case}, the event of older versions: the module as an ExUnit.TestCase),
# {:test_started, test}, {:test_finished, test}, {:module_finished, test_module} (after
# {:case_finished, test_case}; none once max_failures is reached),
# :max_failures_reached and {:suite_finished, times_us}. They are stopped (after the events they
# were sent) before the run returns. beamlet's own CLI formatter is driven by the runner; left out
# of the list, it still keeps the counts (which give the exit status) but prints nothing.
#
# Elixir's CLI formatter is a process of its own that falls behind quick tests on a test's failure
# report (costly to format): the report comes out only once the tests wait (a sleep, a receive's
# timeout) or the suite ends, after the output of the tests run meanwhile, and so does what the
# formatter was given after it; Logger, slower still, writes its next entry after them. Dots,
# --trace lines and a module's report (its setup_all failed, slow enough itself) keep up with the
# tests. beamlet's runner holds the formatter's output back from a test's failure report on until
# the node is next idle (:beamlet.notify_when_idle/1), Logger writes an entry, or the suite ends.
defmodule ExUnit.EventManager do
  @moduledoc false

  @idle {:ex_unit_cli_idle}
  # the CLI formatter's output held back: {order, device, chardata}
  @held :ex_unit_cli_held

  def start(config) do
    if ExUnit.CLIFormatter in Map.get(config, :formatters, [ExUnit.CLIFormatter]) and :ets.whereis(@held) == :undefined do
      :ets.new(@held, [:ordered_set, :public, :named_table])
      Process.put(:ex_unit_cli_holds, true)
    end

    formatters = Map.get(config, :formatters, [ExUnit.CLIFormatter])
    opts = Map.to_list(config)

    # (each under a supervisor of the event manager's, as a temporary child: one that fails to
    # start, or crashes later, is left out, and the suite goes on)
    pids =
      for formatter <- formatters, formatter != ExUnit.CLIFormatter,
          {:ok, pid} when is_pid(pid) <- [GenServer.start(formatter, opts)],
          do: pid

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
    # (the CLI formatter has printed all by the end of the suite, before the others stop)
    release()
    if Process.delete(:ex_unit_cli_holds), do: :ets.delete(@held)
    for pid <- pids, Process.alive?(pid), do: GenServer.stop(pid, :normal, :infinity)
    if sink, do: send(sink, :stop)
    :ok
  end

  # ---- the CLI formatter's output, held back after a failure report ----------------------------
  # (the table holds the output, {order, device, chardata}, and the marks {:holding}: output is
  # held back; {:slow}: a slow report is; {:crash_logged}: Logger wrote a crash report in the test)

  defp holding?, do: Process.get(:ex_unit_cli_holds, false) and :ets.member(@held, :holding)

  @doc "the CLI formatter's output: written, or held back after a failure report"
  # (kept with the io server it goes to, or :standard_io for the console: a root group leader is
  # no io server, and the writer of held output may be another process, Logger)
  def write(chardata) do
    if holding?(),
      do: :ets.insert(@held, {System.unique_integer([:monotonic]), :beamlet.stdio_leader() || :standard_io, chardata}),
      else: IO.write(chardata)

    :ok
  end

  @doc "a test's failure report comes next: the output is held back until the node is idle"
  # (the report of a test during which Logger wrote a crash report is slower to come out than
  # Logger's next crash reports)
  def report_coming do
    if Process.get(:ex_unit_cli_holds, false) do
      if :ets.member(@held, :crash_logged), do: :ets.insert(@held, {:slow})

      if not :ets.member(@held, :holding) do
        :ets.insert(@held, {:holding})
        :beamlet.notify_when_idle(@idle)
      end
    end

    :ok
  end

  @doc "a test starts: the crash reports Logger wrote before it are not its own"
  def test_started do
    if Process.get(:ex_unit_cli_holds, false), do: :ets.delete(@held, :crash_logged)
    :ok
  end

  @doc false
  # Logger writes a crash report on the console: what the CLI formatter holds back comes out
  # before it, unless a slow report is held (see report_coming/0)
  def crash_logged do
    if :ets.whereis(@held) != :undefined do
      :ets.insert(@held, {:crash_logged})

      # (the formatter has caught up then: what it prints next comes out at once)
      unless :ets.member(@held, :slow) do
        :ets.delete(@held, :holding)
        write_held()
      end
    end

    :ok
  end

  @doc "the node was idle ({:ex_unit_cli_idle} came), or the suite ends: what was held back is written"
  def release do
    :beamlet.cancel_when_idle(@idle)
    receive(do: (@idle -> :ok), after: (0 -> :ok))
    if Process.get(:ex_unit_cli_holds, false), do: Enum.each([:holding, :slow], &:ets.delete(@held, &1))
    write_held()
  end

  @doc false
  # what ExUnit's CLI formatter holds back, written (by Logger before its next entry on the console:
  # Elixir's formatter, quicker than Logger, has printed it by then)
  def write_held do
    if :ets.whereis(@held) != :undefined do
      # (taken one by one: what is held meanwhile stays for the next time)
      for {key, _, _} <- :ets.tab2list(@held), [{_, device, chardata}] <- [:ets.take(@held, key)], do: IO.write(device, chardata)
    end

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
