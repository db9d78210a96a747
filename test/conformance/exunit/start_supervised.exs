# start_supervised/1,2, start_supervised!/1,2, start_link_supervised!/1,2, stop_supervised/1 and
# stop_supervised!/1: children of a per-test supervisor, stopped in reverse order when the test
# ends and before its on_exit callbacks run; the results and error texts of ExUnit 1.14.
ExUnit.start(seed: 0)

defmodule Stack do
  use GenServer

  def start_link(opts) do
    GenServer.start_link(__MODULE__, Keyword.get(opts, :init, []), Keyword.take(opts, [:name]))
  end

  @impl true
  def init(:fail), do: {:stop, :bad_init}
  def init(:ignore), do: :ignore
  def init({:trap, label}), do: (Process.flag(:trap_exit, true); {:ok, label})
  def init(list), do: {:ok, list}

  @impl true
  def handle_call(:pop, _from, [h | t]), do: {:reply, h, t}

  @impl true
  def terminate(reason, label), do: IO.puts("terminate #{inspect(label)}: #{inspect(reason)}")
end

defmodule StartSupervisedTest do
  use ExUnit.Case

  describe "with a child from setup" do
    setup do
      on_exit(fn -> IO.puts("on_exit of setup") end)
      {:ok, from_setup: start_supervised!(Supervisor.child_spec({Stack, init: {:trap, :setup}}, id: :from_setup))}
    end

    test "children and their results", %{from_setup: from_setup} do
      {:ok, pid} = start_supervised({Stack, init: [:a]})
      assert GenServer.call(pid, :pop) == :a
      pid2 = start_supervised!(%{id: :two, start: {Stack, :start_link, [[init: [:b]]]}})
      IO.inspect(start_supervised({Stack, init: [:c]}))
      IO.inspect(start_supervised({Stack, init: :fail}, id: :x))
      IO.inspect(start_supervised({Stack, init: :ignore}, id: :y))
      IO.inspect(stop_supervised(:two))
      IO.inspect(stop_supervised(:nope))
      IO.inspect(Process.alive?(pid2))
      IO.inspect(Process.alive?(from_setup))
      IO.inspect(start_supervised!({Stack, init: :ignore}, id: :z))
      linked = start_link_supervised!({Agent, fn -> 5 end}, id: :agent)
      IO.inspect({:links, Process.info(self(), :links) |> elem(1) |> Enum.member?(linked)})
      start_supervised!({Stack, init: {:trap, :first}}, id: :first)
      start_supervised!({Stack, init: {:trap, :second}}, id: :second)
      on_exit(fn -> IO.puts("on_exit of the test") end)
    end
  end

  test "a failing init" do
    start_supervised!({Stack, init: :fail})
  end

  test "the same id twice" do
    start_supervised!({Stack, init: []})
    start_supervised!({Stack, init: []})
  end

  test "a name already taken" do
    start_supervised!({Stack, name: :named, init: []})
    start_supervised!({Stack, name: :named, init: []}, id: :other)
  end

  test "stop_supervised! of an unknown child" do
    stop_supervised!(:unknown)
  end

  test "a module that does not exist" do
    start_supervised!(NotAModuleAtAll)
  end
end
