# A test that times out fails with the test process's whole current stack trace, as the runner
# found it (not pruned at the runner's frames as a raised error's is): printed by a formatter of
# our own, since the CLI formatter's frames of ExUnit itself are masked in goldens
defmodule FrameFormatter do
  use GenServer
  def init(_opts), do: {:ok, nil}

  def handle_cast({:test_finished, %ExUnit.Test{state: {:failed, [{:error, error, stack}]}} = test}, s) do
    IO.puts("#{test.name}: #{Exception.message(error) |> String.split("\n") |> hd()}")
    Enum.each(stack, &IO.puts("frame: " <> Exception.format_stacktrace_entry(&1)))
    {:noreply, s}
  end

  def handle_cast({:test_finished, test}, s) do
    IO.puts("#{test.name}: #{inspect(test.state)}")
    {:noreply, s}
  end

  def handle_cast(_event, s), do: {:noreply, s}
end

ExUnit.start(seed: 0, formatters: [FrameFormatter])

defmodule TimeoutFramesTest do
  use ExUnit.Case

  @tag timeout: 50
  test "sleeps too long" do
    Process.sleep(2000)
  end

  @tag timeout: 50
  test "waits in receive" do
    receive do
      :never -> :ok
    end
  end

  test "raises" do
    raise "pruned at the runner"
  end
end
