# what a formatter given to ExUnit.start(formatters: [...]) is told: the options it starts with,
# the events in order, the tests' tags as each event has them (a test's own once the filters let it
# run, the context it ran with once it is done; the excluded and skipped ones as defined), the
# tests a module has when it is done, and suite_finished's times (async nil when no module is async).
# The recorder prints at its end, after the CLI formatter (stopped before it), so the output holds.
defmodule Recorder do
  use GenServer

  def init(opts), do: {:ok, %{pid: self(), events: [], keys: opts |> Keyword.keys() |> Enum.sort()}}

  def handle_cast(event, state), do: {:noreply, %{state | events: [event | state.events]}}

  def terminate(reason, state) do
    IO.puts("recorder #{inspect(state.pid)} stopped: #{inspect(reason)}")
    IO.puts("options: #{inspect(state.keys)}")
    for event <- Enum.reverse(state.events), do: IO.puts(describe(event))
  end

  defp describe({:suite_started, opts}), do: "suite_started #{inspect(opts |> Keyword.keys() |> Enum.sort())}"

  defp describe({:suite_finished, times}) do
    "suite_finished #{inspect(Map.keys(times))}, async: #{if times.async, do: "a time", else: "nil"}"
  end

  defp describe({kind, %ExUnit.Test{} = test}), do: "#{kind} #{test(test)}"

  defp describe({kind, %{__struct__: struct, name: name, state: state, tests: tests}}) do
    "#{kind} #{inspect(struct)} #{inspect(name)} #{state(state)}" <> Enum.map_join(tests, &("\n    " <> test(&1)))
  end

  defp describe(event), do: inspect(event)

  defp test(test), do: "#{test.name} (#{state(test.state)}) #{inspect(test.tags |> Map.keys() |> Enum.sort())}"

  defp state(nil), do: "nil"
  defp state(state), do: inspect(elem(state, 0))
end

ExUnit.start(seed: 0, formatters: [ExUnit.CLIFormatter, Recorder], exclude: [:slow])

defmodule AsyncTagsTest do
  use ExUnit.Case, async: true

  test "async one", do: assert(true)
end

defmodule TagsTest do
  use ExUnit.Case

  setup_all do
    {:ok, all: 1}
  end

  setup context do
    if context[:bad_setup], do: raise("setup failed")
    {:ok, extra: 2}
  end

  test "passes", context do
    assert context.extra == 2
  end

  @tag :skip
  test "skipped", do: :ok

  @tag :slow
  test "excluded", do: :ok

  @tag :bad_setup
  test "setup fails", do: :ok

  test "fails", do: assert(1 == 2)
end

defmodule SetupAllFailsTest do
  use ExUnit.Case

  setup_all do
    raise "no setup_all"
  end

  test "invalid", do: :ok
end
