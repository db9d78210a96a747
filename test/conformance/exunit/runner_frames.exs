# The frames of ExUnit's runner under the code a test runs: the test process (setup callbacks,
# the test), the setup_all process and the on_exit callbacks' process, as Process.info shows them
# and as failures report them (a failing setup's trace names __ex_unit__/2; `setup :name` has no
# wrapper's frame).
ExUnit.start(autorun: false, seed: 0)
:ets.new(:frames, [:named_table, :public, :ordered_set])

defmodule Frames do
  def record(label) do
    {:current_stacktrace, [_info | stack]} = Process.info(self(), :current_stacktrace)
    :ets.insert(:frames, {:erlang.unique_integer([:monotonic]), label, stack})
  end

  def print do
    for {_, label, stack} <- :ets.tab2list(:frames) do
      IO.puts(label)
      Enum.each(stack, &IO.puts("  " <> Exception.format_stacktrace_entry(&1)))
    end
  end
end

defmodule RunnerFramesTest do
  use ExUnit.Case

  setup_all do
    Frames.record("setup_all")
    on_exit(fn -> Frames.record("on_exit of setup_all") end)
    :ok
  end

  setup do
    Frames.record("setup")
    on_exit(fn -> Frames.record("on_exit") end)
    :ok
  end

  setup :named

  def named(_context) do
    Frames.record("setup :named")
    [named: true]
  end

  test "the test's own frames", %{named: true} do
    Frames.record("test")
  end

  test "a GenServer's caller" do
    test_pid = self()
    {:ok, agent} = Agent.start_link(fn -> nil end)

    stack = Agent.get(agent, fn _ -> Process.info(test_pid, :current_stacktrace) end)
    {:current_stacktrace, stack} = stack
    :ets.insert(:frames, {:erlang.unique_integer([:monotonic]), "caller of Agent.get", stack})
  end

  describe "a describe block" do
    setup do
      Frames.record("describe setup")
    end

    setup :named

    test "with its setup" do
      Frames.record("test in describe")
    end
  end
end

defmodule FailingCallbacksTest do
  use ExUnit.Case

  setup :check_config

  defp check_config(_context) do
    raise ArgumentError, "no config"
  end

  test "never runs" do
    flunk("not reached")
  end
end

defmodule FailingSetupTest do
  use ExUnit.Case

  setup do
    on_exit(fn -> raise "cleanup failed" end)
    :ok
  end

  setup context do
    config = Map.fetch!(context.registered, :config)
    {:ok, config: config}
  end

  test "setup fails" do
    :ok
  end
end

defmodule OnExitFailsTest do
  use ExUnit.Case

  test "cleanup fails" do
    on_exit(fn -> raise "cleanup failed" end)
    on_exit(:second, fn -> exit(:cleanup_exit) end)
    :ok
  end
end

ExUnit.run()
Frames.print()
